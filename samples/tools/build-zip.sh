#!/bin/sh
# Rebuilds samples/case-report.zip from samples/src/case-report/ so that the same sources always give
# the same bytes: fixed file order, fixed timestamps and permissions, no extra fields (-X), no
# directory entries (-D). The layout is flat, like a PMC package: article.xml with its figures beside it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
samples=$(dirname "$here")
src="$samples/src/case-report"
out="$samples/case-report.zip"
files="article.xml fig1.png fig2.svg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

for f in $files; do
  cp "$src/$f" "$stage/$f"
  chmod 0644 "$stage/$f"
  # zip stores local DOS time; pin both the clock and the zone so the bytes do not vary.
  TZ=UTC touch -t 202609010000 "$stage/$f"
done

rm -f "$out"
(cd "$stage" && TZ=UTC zip -q -X -D -9 "$out" $files)
echo "wrote $out"
