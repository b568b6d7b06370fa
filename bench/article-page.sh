#!/usr/bin/env bash
# The reader site under load, with wrk on loopback (issue 3, "Benchmarks"). One script, one run, three figures:
#   hit   article page from the output cache, req/s of `revista serve` against nginx serving the same HTML bytes
#         as a static file, same wrk settings, one after the other in the same run (ratio; target >= 0.8)
#   miss  cache-miss latency p50/p95 with ARTICLES articles in the database (target p95 <= 10 ms): a wrk script walks
#         distinct article pages (id x language), so the output cache never answers
#   toc   an issue table of contents of ISSUE_SIZE articles (target <= 50 ms)
# Usage: bench/article-page.sh [hit|miss|toc|all]    (default all)
# Environment: ARTICLES (10000), ISSUE_SIZE (1000), DATA (reuse a seeded folder; else a fresh one is seeded and timed),
#              DURATION (10s), CONNECTIONS (32, for hit), THREADS (2).
# Installs Debian's wrk and nginx when missing. Prints the machine's load average: on a shared machine only the
# ratios of one run compare.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
articles=${ARTICLES:-10000}
issue_size=${ISSUE_SIZE:-1000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
# Free ports chosen by the kernel: other servers may share this machine.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=${PORT:-$(free_port)}
nginx_port=${NGINX_PORT:-$(free_port)}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build src/Revista.Web -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build bench/Revista.Bench -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
revista="dotnet src/Revista.Web/bin/Release/net10.0/revista.dll"

data=${DATA:-}
if [ -z "$data" ]; then
  data="$work/data"
  echo "seeding $articles synthetic articles (issues of $issue_size) through the import path…"
  dotnet bench/Revista.Bench/bin/Release/net10.0/Revista.Bench.dll seed "$data" "$articles" "$issue_size" | tail -1
fi

$revista serve --data "$data" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/" || { cat "$work/serve.log"; exit 1; }

slug=bench
first=$(sqlite3 "$data/revista.db" "select min(Id) from Articles" 2>/dev/null || echo 1)
last=$(sqlite3 "$data/revista.db" "select max(Id) from Articles" 2>/dev/null || echo "$articles")
issue=$(sqlite3 "$data/revista.db" "select Id from Issues order by Id limit 1" 2>/dev/null || echo 1)
run_wrk() { wrk --latency -t"$1" -c"$2" -d"$duration" "${@:3}"; }
# CPU seconds (user + system) the server process has used: divided by the requests of a run, the cost of one request
# whatever else the machine is doing (wall-clock latency on a shared machine includes waiting for a core).
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$server_pid/stat"; }
cpu_per_request() { echo "scale=2; ($2 - $1) * 1000 / $3" | bc; }
rps() { awk '/^Requests\/sec/ {print $2}'; }

if [ "$mode" = hit ] || [ "$mode" = all ]; then
  path="/$slug/articles/$first"
  mkdir -p "$work/www/$slug/articles"
  curl -fs "http://127.0.0.1:$port$path" -o "$work/www$path"
  bytes=$(stat -c %s "$work/www$path")
  cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
NGINX
  mkdir -p "$work/tmp"
  # nginx workers started by root run as nobody: they must be able to read the page.
  chmod -R a+rX "$work"
  "$nginx_bin" -c "$work/nginx.conf" -p "$work"
  curl -fs -o /dev/null "http://127.0.0.1:$nginx_port$path"
  # Warm both (JIT, cache entry, sockets), then measure each with the same settings.
  run_wrk "$threads" "$connections" "http://127.0.0.1:$port$path" >/dev/null
  run_wrk "$threads" "$connections" "http://127.0.0.1:$nginx_port$path" >/dev/null
  revista_rps=$(run_wrk "$threads" "$connections" "http://127.0.0.1:$port$path" | rps)
  nginx_rps=$(run_wrk "$threads" "$connections" "http://127.0.0.1:$nginx_port$path" | rps)
  echo "hit: $path ($bytes bytes), wrk -t$threads -c$connections -d$duration"
  echo "hit: revista $revista_rps req/s, nginx $nginx_rps req/s, ratio $(echo "scale=2; $revista_rps / $nginx_rps" | bc)"
  kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"
fi

if [ "$mode" = miss ] || [ "$mode" = all ]; then
  echo "miss: $((last - first + 1)) articles in the database; every request a different page (wrk -t1 -c1 -d$duration)"
  # Warm the JIT (tiered compilation) on pages the walk does not reach: the last ids.
  warm=$(( (last - first) / 4 < 100 ? (last - first) / 4 : 100 ))
  for id in $(seq $((last - warm)) "$last"); do curl -fs -o /dev/null "http://127.0.0.1:$port/$slug/articles/$id"; curl -fs -o /dev/null "http://127.0.0.1:$port/es/$slug/articles/$id"; done
  before=$(cpu_seconds)
  FIRST=$first LAST=$((last - warm - 1)) SLUG=$slug THREADS=1 wrk -t1 -c1 -d"$duration" -s bench/walk-articles.lua "http://127.0.0.1:$port" >"$work/miss.txt"
  grep -E '^(requests|latency|Requests/sec)' "$work/miss.txt"
  requests=$(awk '/^requests/ {print $2}' "$work/miss.txt")
  echo "miss: server CPU per request $(cpu_per_request "$before" "$(cpu_seconds)" "$requests") ms"
fi

if [ "$mode" = toc ] || [ "$mode" = all ]; then
  count=$(sqlite3 "$data/revista.db" "select count(*) from Articles where IssueId = $issue" 2>/dev/null || echo "$issue_size")
  echo "toc: /$slug/issues/$issue with $count articles (wrk -t1 -c1 -d$duration)"
  # Listing pages are output-cached once rendered, until an import evicts them. The English page warms the code up;
  # the Spanish one (its own cache entry) is then a render of the whole page by warm code.
  curl -fs -o "$work/toc.html" "http://127.0.0.1:$port/$slug/issues/$issue"
  first=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/es/$slug/issues/$issue")
  echo "toc: uncached render (es, warm process) $(awk -v t="$first" 'BEGIN { printf "%.1f", t * 1000 }') ms"
  echo "toc: $(stat -c %s "$work/toc.html") bytes, $(grep -o 'class="article-item"' "$work/toc.html" | wc -l) articles listed"
  for _ in 1 2 3 4 5 6 7 8 9 10; do curl -fs -o /dev/null "http://127.0.0.1:$port/$slug/issues/$issue"; done
  before=$(cpu_seconds)
  run_wrk 1 1 -s bench/percentiles.lua "http://127.0.0.1:$port/$slug/issues/$issue" >"$work/toc.txt"
  grep -E '^(requests|latency|Requests/sec)' "$work/toc.txt"
  requests=$(awk '/^requests/ {print $2}' "$work/toc.txt" | tr -d ,)
  echo "toc: server CPU per request $(cpu_per_request "$before" "$(cpu_seconds)" "$requests") ms"
  before=$(cpu_seconds)
  run_wrk 1 1 -s bench/toc-uncached.lua "http://127.0.0.1:$port/$slug/issues/$issue" >"$work/toc-uncached.txt"
  echo "toc uncached (every request rendered):"
  grep -E '^(requests|latency)' "$work/toc-uncached.txt"
  requests=$(awk '/^requests/ {print $2}' "$work/toc-uncached.txt" | tr -d ,)
  echo "toc uncached: server CPU per request $(cpu_per_request "$before" "$(cpu_seconds)" "$requests") ms"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
