#!/usr/bin/env bash
# Fails when the project's documents point outside the repository or at files it does not have:
#   - no tracked file names the design folder beside the checkout (a clone of the project has none);
#   - every relative Markdown link in README.md, docs/ and deploy/ resolves to a tracked path;
#   - the README links the architecture document.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0

outside='\.\./'shared   # spelled in two parts so that this file does not name it itself
if hits=$(git grep -n -I -e "$outside" -- .); then
  echo "check-docs: these lines point at the folder beside the checkout, which a clone of the project does not have:"
  echo "$hits"
  fail=1
fi

while IFS= read -r md; do
  dir=$(dirname "$md")
  # [text](target) links; skip URLs and in-page anchors.
  while IFS= read -r target; do
    target=${target%%#*}
    [ -z "$target" ] && continue
    case "$target" in http://*|https://*|mailto:*) continue ;; esac
    if [ ! -e "$dir/$target" ]; then
      echo "check-docs: $md links to '$target', which does not exist"
      fail=1
    fi
  done < <(grep -o '\]([^)]*)' "$md" | sed 's/^](\(.*\))$/\1/' | sed 's/ .*//')
done < <(git ls-files 'README.md' 'docs/*.md' 'deploy/*.md')

if ! grep -q '](docs/architecture.md)' README.md; then
  echo "check-docs: README.md does not link docs/architecture.md"
  fail=1
fi

[ "$fail" = 0 ] && echo "check-docs: README and docs point only inside the repository"
exit "$fail"
