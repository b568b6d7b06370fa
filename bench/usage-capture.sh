#!/usr/bin/env bash
# Article page throughput with usage capture on and off (issue 5, "Benchmarks"; target on/off >= 0.95).
# Two `revista serve` processes over the same data folder, one with Revista__Usage__Capture=true, one with false; wrk
# measures the same article page (output-cache hits, the common case) on each in turn, ROUNDS times, alternating which
# goes first, in one run; the ratio of the summed req/s is printed. The capture-on server stores every request as a
# usage event meanwhile, so the figure includes the background writer's cost.
# Usage: bench/usage-capture.sh
# Environment: DATA (a folder to serve; else the samples are imported into a fresh one), DURATION (10s), ROUNDS (3),
#              CONNECTIONS (32), THREADS (2). Installs Debian's wrk and sqlite3 when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port_on=$(free_port)
port_off=$(free_port)

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build src/Revista.Web -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
revista="dotnet src/Revista.Web/bin/Release/net10.0/revista.dll"

data=${DATA:-}
if [ -z "$data" ]; then
  data="$work/data"
  $revista import samples/*.xml samples/*.zip --data "$data" >/dev/null
fi

# The minute's COUNTER processing job is held off in both servers (they share the data folder, and each would reprocess
# the day's growing event table during the runs): this measures capture, the request path and the writer; processing's
# own rate is what `usage-seed` measures.
serve() { # capture port log
  Revista__Usage__ProcessingInterval=12:00:00 Revista__Usage__Capture=$1 $revista serve --data "$data" --urls "http://127.0.0.1:$2" >"$work/$3" 2>&1 &
  pids+=($!)
}
serve true "$port_on" on.log
serve false "$port_off" off.log
for port in "$port_on" "$port_off"; do
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
  curl -fs -o /dev/null "http://127.0.0.1:$port/" || { cat "$work"/*.log; exit 1; }
done

id=$(sqlite3 "$data/revista.db" "select min(Id) from Articles")
slug=$(sqlite3 "$data/revista.db" "select j.Slug from Articles a join Journals j on j.Id = a.JournalId where a.Id = $id")
path="/$slug/articles/$id"
events_before=$(sqlite3 "$data/revista.db" "select count(*) from UsageEvents")
rps() { wrk -t"$threads" -c"$connections" -d"$duration" "http://127.0.0.1:$1$path" | awk '/^Requests\/sec/ {print $2}'; }

# A fresh process's first usage write compiles EF Core's insert path: let it happen before the load, as on a running site.
curl -fs -o /dev/null "http://127.0.0.1:$port_on$path"
for _ in $(seq 1 60); do [ "$(sqlite3 "$data/revista.db" "select count(*) from UsageEvents")" != "$events_before" ] && break; sleep 1; done
events_before=$(sqlite3 "$data/revista.db" "select count(*) from UsageEvents")
# Warm both (JIT, cache entry, sockets).
rps "$port_on" >/dev/null
rps "$port_off" >/dev/null
sum_on=0
sum_off=0
ratios=()
for round in $(seq 1 "$rounds"); do
  # The capture-on server may still be storing the previous run's events: let it finish before the next measurement.
  sleep 2
  if [ $((round % 2)) = 1 ]; then on=$(rps "$port_on"); sleep 2; off=$(rps "$port_off")
  else off=$(rps "$port_off"); sleep 2; on=$(rps "$port_on"); fi
  echo "round $round: capture on $on req/s, off $off req/s"
  ratios+=("$(echo "scale=4; $on / $off" | bc)")
  sum_on=$(echo "$sum_on + $on" | bc)
  sum_off=$(echo "$sum_off + $off" | bc)
done
# The writer stores what is still queued within a second or so; wait until the count stops moving (30 s at most).
count() { sqlite3 "$data/revista.db" "select count(*) from UsageEvents"; }
last=-1
for _ in $(seq 1 15); do now=$(count); [ "$now" = "$last" ] && [ "$now" != "$events_before" ] && break; last=$now; sleep 2; done
events=$(( $(count) - events_before ))
echo "article page $path, wrk -t$threads -c$connections -d$duration, $rounds rounds"
echo "capture on $(echo "scale=0; $sum_on / $rounds" | bc) req/s, off $(echo "scale=0; $sum_off / $rounds" | bc) req/s: ratio $(echo "scale=3; $sum_on / $sum_off" | bc)"
# Other tenants' load comes and goes within seconds here; the median of the rounds' own ratios (each pair measured
# back to back) is the figure least moved by it, and is printed beside the ratio of the sums.
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}')
echo "median of the $rounds rounds' on/off ratios: $median"
echo "usage events stored by the capture-on server: $events; dropped (queue full) warnings: $(grep -c 'Usage queue full' "$work/on.log" || true)"
grep -iE 'fail|error' "$work/on.log" | head -5 || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
