#!/usr/bin/env bash
# Render newscli's HTML export in headless Chromium and save a screenshot, to check by eye
# what a reader's browser shows (glyph forms of the page's language, indents, the meta line):
#   bash tests/render_html.sh [OUT.png]      (needs chromium: apt-get install chromium)
# The page is the sample issue converted for Hong Kong readers (zh-Hant-HK).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/render_html.png}"
newscli="$here/.venv/bin/newscli"
[[ -x $newscli ]] || newscli="$(command -v newscli)"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z $browser ]]; then
  echo "render_html.sh: no chromium found (apt-get install chromium)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$newscli" split "$here/seeds/000_4b4ff49425def47a.txt" | head -3 \
  | "$newscli" convert-traditional --to hk | "$newscli" export --format html -o "$work/page.html"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --window-size=900,1200 --hide-scrollbars \
  --screenshot="$out" "file://$work/page.html" >/dev/null 2>&1
[[ -s $out ]] || { echo "render_html.sh: no screenshot written" >&2; exit 1; }
echo "wrote $out"
