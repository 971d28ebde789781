#!/usr/bin/env bash
# Regenerate the completion scripts from the CLI itself (tests fail when these are stale):
#   bash completions/generate.sh
set -euo pipefail
cd "$(dirname "$0")"
for shell in bash zsh fish powershell; do
  case $shell in
    bash) file=newscli.bash ;; zsh) file=_newscli ;; fish) file=newscli.fish ;; powershell) file=newscli.ps1 ;;
  esac
  _NEWSCLI_COMPLETE=source_$shell newscli > "$file"
  echo "wrote completions/$file"
done
