#!/usr/bin/env bash
# Whole-corpus import (parse, render, store in SQLite) against NCBI's JATS Preview stylesheet run by xsltproc
# (HTML rendering only), on the same files, in one run.
#   bench/import-vs-xsltproc.sh /path/to/JATSPreviewStylesheets
# The stylesheet is public (ncbi/JATSPreviewStylesheets); it is read from where you checked it out, never committed here.
# Run it on a quiet machine: both sides are timed in the same run, twice each, and the better run counts.
set -euo pipefail
cd "$(dirname "$0")/.."
style_root=${1:?give the folder of a JATSPreviewStylesheets checkout}
corpus=${CORPUS:-../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find "$corpus" -name '*.xml' | sort)
bytes=$(cat "${files[@]}" | wc -c)
echo "corpus: ${#files[@]} files, $((bytes / 1024)) KiB"

dotnet build src/Revista.Web -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
revista="dotnet src/Revista.Web/bin/Release/net10.0/revista.dll"

now() { date +%s.%N; }

# Each side twice; the better run counts, so a cold disk cache does not decide.
best_import=999999
for run in 1 2; do
  rm -rf "$work/data"
  start=$(now)
  $revista import "$corpus" --data "$work/data" >"$work/import.log" || { tail -5 "$work/import.log"; exit 1; }
  t=$(echo "$(now) - $start" | bc)
  best_import=$(echo "if ($t < $best_import) $t else $best_import" | bc)
done
tail -1 "$work/import.log"

catalog="$(realpath ../shared/schemas/jats-dtd/catalog.xml)"
best_xslt=999999
mkdir -p "$work/html"
for run in 1 2; do
  start=$(now)
  # One process per article, as a site that renders on demand would run it; DTDs come from the local catalog.
  i=0
  for f in "${files[@]}"; do
    i=$((i + 1))
    XML_CATALOG_FILES="$catalog" xsltproc --nonet --catalogs -o "$work/html/$i.html" "$style_root/xslt/main/jats-html.xsl" "$f" 2>>"$work/xslt.err" || true
  done
  t=$(echo "$(now) - $start" | bc)
  best_xslt=$(echo "if ($t < $best_xslt) $t else $best_xslt" | bc)
done
rendered=$(find "$work/html" -type f | wc -l)

printf 'revista import (parse+render+store): %.2f s, %.1f articles/s, %.2f MB/s\n' "$best_import" \
  "$(echo "${#files[@]} / $best_import" | bc -l)" "$(echo "$bytes / 1048576 / $best_import" | bc -l)"
printf 'xsltproc jats-html.xsl (HTML only):   %.2f s, %.1f articles/s (%s HTML files written)\n' "$best_xslt" \
  "$(echo "${#files[@]} / $best_xslt" | bc -l)" "$rendered"
printf 'ratio import/xsltproc: %.2f (target <= 1)\n' "$(echo "$best_import / $best_xslt" | bc -l)"
