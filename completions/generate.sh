#!/usr/bin/env bash
# Regenerate the completion scripts from the CLI itself (tests fail when these are stale):
#   bash completions/generate.sh [OUTDIR]
# Uses the project's own newscli (.venv/bin/newscli), else the one on PATH; without either it
# stops before touching a file. The scripts are written to a temporary folder first and moved
# into place only when all four were made.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"

if [[ -x "$here/../.venv/bin/newscli" ]]; then
  newscli="$here/../.venv/bin/newscli"
elif command -v newscli >/dev/null 2>&1; then
  newscli="$(command -v newscli)"
else
  echo "generate.sh: newscli not found: install the project first (python3 -m venv .venv && .venv/bin/pip install .)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

replace() {  # replace FILE OLD NEW: OLD must be in FILE (else Typer's template changed: update this script)
  local text
  text="$(cat "$1")"
  if [[ $text == *"$3"* ]]; then
    return 0  # the CLI already writes the fixed script
  fi
  if [[ $text != *"$2"* ]]; then
    echo "generate.sh: $1: expected text not found, Typer's template changed: $2" >&2
    exit 1
  fi
  printf '%s\n' "${text/"$2"/"$3"}" > "$1"
}

# zsh registers a file of $fpath only when its first line is #compdef; autoloaded, the file's
# body runs on the first TAB and must complete then, not just define the function.
ZSH_DISPATCH='# Autoloaded from $fpath by compinit, this file is the completion function: complete now
# (on the first TAB). Sourced, it registers the function for later.
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _newscli_completion "$@"
else
  compdef _newscli_completion newscli
fi'

# bash splits `--to=h` into `--to`, `=`, `h`; newscli must see the option word whole, or it
# completes `h` as a file name.
BASH_JOIN='local IFS=$'"'"'\n'"'"'
    local words=() cword=0 i
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        if (( ${#words[@]} )) && [[ ( ${COMP_WORDS[i]} == "=" && ${words[-1]} == -* ) || ( ${words[-1]} == -*= && ${COMP_WORDS[i-1]} == "=" ) ]]; then
            words[-1]+=${COMP_WORDS[i]}
        else
            words+=("${COMP_WORDS[i]}")
        fi
        if (( i == COMP_CWORD )); then cword=$(( ${#words[@]} - 1 )); fi
    done'

for shell in bash zsh fish powershell; do
  case $shell in
    bash) file=newscli.bash ;; zsh) file=_newscli ;; fish) file=newscli.fish ;; powershell) file=newscli.ps1 ;;
  esac
  # $(...) drops the leading and trailing blank lines; the file ends with one newline.
  script="$(_NEWSCLI_COMPLETE=source_$shell "$newscli")"
  script="${script#"${script%%[![:space:]]*}"}"
  if [[ -z $script ]]; then
    echo "generate.sh: $newscli printed no $shell script" >&2
    exit 1
  fi
  printf '%s\n' "$script" > "$work/$file"
done

replace "$work/_newscli" 'compdef _newscli_completion newscli' "$ZSH_DISPATCH"
replace "$work/newscli.bash" "local IFS=\$'"$'\n'"'" "$BASH_JOIN"  # Typer writes a raw line break there
replace "$work/newscli.bash" 'COMP_WORDS="${COMP_WORDS[*]}"' 'COMP_WORDS="${words[*]}"'
replace "$work/newscli.bash" 'COMP_CWORD=$COMP_CWORD' 'COMP_CWORD=$cword'

mkdir -p "$out"
for file in newscli.bash _newscli newscli.fish newscli.ps1; do
  mv "$work/$file" "$out/$file"
  echo "wrote $out/$file"
done
