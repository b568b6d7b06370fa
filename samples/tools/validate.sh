#!/bin/sh
# Validates every demo article against the JATS 1.3 Journal Publishing DTD through the shared OASIS catalog,
# offline (--nonet). SHARED defaults to ../shared next to the repository (see /work/wt/COMMON.md).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
# Without SHARED, walk up from the repository looking for a sibling "shared" folder (worktrees sit deeper).
if [ -z "${SHARED:-}" ]; then
  dir=$(dirname "$samples")
  while [ "$dir" != "/" ] && [ ! -f "$dir/../shared/schemas/jats-dtd/catalog.xml" ]; do dir=$(dirname "$dir"); done
  SHARED="$dir/../shared"
fi
catalog="$SHARED/schemas/jats-dtd/catalog.xml"
[ -f "$catalog" ] || { echo "JATS catalog not found: $catalog (set SHARED=/path/to/shared)" >&2; exit 2; }

status=0
for f in "$samples/src/case-report/article.xml" "$samples/research-article.xml" "$samples/editorial.xml" "$samples/editorial-es.xml"; do
  if XML_CATALOG_FILES="$catalog" xmllint --catalogs --nonet --valid --noout "$f"; then
    echo "valid: ${f#"$samples"/}"
  else
    echo "INVALID: ${f#"$samples"/}" >&2
    status=1
  fi
done
exit $status
