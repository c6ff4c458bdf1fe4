#!/usr/bin/env bash
# The server benchmark (bench/README.md, "Server"): starts the Release build of Jixiao.Web on a fresh database with the
# demo organisation, seeds it through the API with a year's intake of declarations (Jixiao.Bench server-seed), signs
# in, and measures with wrk at 200 connections: GET /api/ping (anonymous constant: the baseline), GET /api/me (the
# cheapest signed-in call), GET /api/declarations/{id} and GET /api/reviews/queue, each next to the baseline of the
# same run. Prints a table of requests/s, p50, p99, the ratio to the baseline and the server's CPU time per request.
#
#   bench/server.sh [--declarations 5000] [--seconds 20] [--warmup 15] [--connections 200] [--threads 2]
#                   [--reviewer biz] [--postgres] [--port 5090] [--server DIR] [--keep]
#
# SQLite (a new file in a temporary folder) is the default; --postgres uses the private test cluster of
# scripts/prerequisites.sh with a new database of its own. --server DIR runs Jixiao.Web.dll from DIR (another build,
# to compare) instead of building src/Jixiao.Web. --keep keeps the folder (database, server log, wrk output).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source scripts/prerequisites.sh

declarations=5000 seconds=20 warmup=15 connections=200 threads=2 reviewer=biz postgres=0 port=5090 keep=0
server_dir="$root/src/Jixiao.Web/bin/Release/net10.0"
while [ $# -gt 0 ]; do
  case "$1" in
    --declarations) declarations=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --reviewer) reviewer=$2; shift 2 ;;
    --postgres) postgres=1; shift ;;
    --port) port=$2; shift 2 ;;
    --server) server_dir=$(cd "$2" && pwd); shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

apt_install wrk curl
echo "Building Jixiao.Web and Jixiao.Bench (Release) …" >&2
[ "$server_dir" = "$root/src/Jixiao.Web/bin/Release/net10.0" ] && dotnet build src/Jixiao.Web -c Release --nologo -v q -clp:ErrorsOnly >&2
dotnet build bench/Jixiao.Bench -c Release --nologo -v q -clp:ErrorsOnly >&2

work=$(mktemp -d /tmp/jixiao-bench-server.XXXXXX)
api="http://127.0.0.1:$port"
server_pid="" pg_db=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg_db" ]; then psql_pg -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; fi
  if [ "$keep" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

database_args=()
provider="SQLite (new file)"
if [ "$postgres" = 1 ]; then
  start_test_postgres
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  psql_pg() { "$pgbin/psql" -h 127.0.0.1 -p 55432 -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
  pg_db="jixiao_bench_$$"
  psql_pg -c "CREATE DATABASE $pg_db" >/dev/null
  database_args=(--Database:Provider=Postgres "--ConnectionStrings:Jixiao=Host=127.0.0.1;Port=55432;Username=postgres;Database=$pg_db")
  provider="PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (private test cluster, fsync off)"
fi

# The server runs from its dll in the work folder, where it keeps jixiao.db and jixiao.masterkey.
(cd "$work" && exec dotnet "$server_dir/Jixiao.Web.dll" --demo --urls "$api" "${database_args[@]}" \
  >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "$api/api/ping" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }
  sleep 0.5
done

echo "Seeding $declarations declarations through the API …" >&2
dotnet bench/Jixiao.Bench/bin/Release/net10.0/Jixiao.Bench.dll server-seed --url "$api" --declarations "$declarations" --out "$work" \
  | tee "$work/seed.txt"
queue_size=$(wc -l <"$work/queue-$reviewer.ids")
[ "$queue_size" -gt 0 ] || { echo "nothing waits for $reviewer: seed more declarations or pick another --reviewer" >&2; exit 1; }

# Sign in as the reviewer whose queue is measured; wrk sends the same cookie on every request.
curl -sf -c "$work/jar" -H 'Content-Type: application/json' -d "{\"userName\":\"$reviewer\",\"password\":\"Jixiao@2022\"}" \
  "$api/api/auth/login" >/dev/null
cookie="jixiao.auth=$(awk '$6 == "jixiao.auth" { print $7 }' "$work/jar")"

# GET /api/declarations/{id} walks through the declarations waiting for the reviewer, as they would open them.
cat >"$work/declarations.lua" <<LUA
offset = 0
local ids = {}
for line in io.lines("$work/queue-$reviewer.ids") do ids[#ids + 1] = line end
local n = 0
function setup(thread) thread:set("offset", math.random(#ids)) end   -- each thread starts elsewhere in the list
function request()
  n = n + 1
  return wrk.format("GET", "/api/declarations/" .. ids[(n + offset) % #ids + 1])
end
LUA

# The server's CPU time so far (user + system), in clock ticks: a figure that other work on the machine disturbs less
# than requests per second.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# wrk's latency as milliseconds: 812.00us, 1.23ms, 1.05s.
to_ms() { awk -v v="$1" 'BEGIN { ms = v ~ /us$/ ? v * 0.001 : v ~ /ms$/ ? v + 0 : v ~ /m$/ ? v * 60000 : v * 1000
  fmt = ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f"; printf fmt, ms }'; }

rows=()
measure() {   # measure NAME PATH [wrk options…]
  local name=$1 path=$2; shift 2
  # The warm-up also lets the JIT finish tiering up the endpoint's code, which takes a while on a busy machine.
  # wrk's default 2 s timeout would turn the slow tail into socket errors instead of latency figures.
  wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 30s "$@" "$api$path" >/dev/null
  local out="$work/wrk-${#rows[@]}.txt" before after
  before=$(server_ticks)
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s --latency "$@" "$api$path" >"$out"
  after=$(server_ticks)
  local rps p50 p99 errors requests cpu
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/[^0-9 ]/, " "); n += $1 + $2 + $3 + $4 } END { print n + 0 }' "$out")
  requests=$(awk '/requests in/ { print $1 }' "$out")
  cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  rows+=("$name|$rps|$p50|$p99|$cpu|$errors")
  echo "  $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, server CPU $cpu ms/request, errors $errors" >&2
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "Measuring (wrk -t$threads -c$connections, ${warmup} s warm-up + ${seconds} s each) …" >&2
measure "GET /api/ping (baseline)" /api/ping
measure "GET /api/me ($reviewer)" /api/me -H "Cookie: $cookie"
measure "GET /api/declarations/{id} ($reviewer)" /api/declarations/ -H "Cookie: $cookie" -s "$work/declarations.lua"
measure "GET /api/reviews/queue ($reviewer, $queue_size items)" /api/reviews/queue -H "Cookie: $cookie"
measure "GET /api/ping (baseline, again)" /api/ping
load_after=$(cut -d' ' -f1 /proc/loadavg)

queue_bytes=$(curl -sf -b "$work/jar" "$api/api/reviews/queue" | wc -c)
first_id=$(head -1 "$work/queue-$reviewer.ids")
declaration_bytes=$(curl -sf -b "$work/jar" "$api/api/declarations/$first_id" | wc -c)

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
echo
echo "Jixiao server benchmark — $(date -u '+%Y-%m-%d %H:%M') UTC"
echo "machine: $cpu, $(nproc) cores (shared by wrk, the server and other work), $os, .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "database: $provider; $(cat "$work/seed.txt" | head -1)"
echo "          $(sed -n 2p "$work/seed.txt")"
echo "load: wrk -t$threads -c$connections, ${warmup} s warm-up, ${seconds} s measured per row; load average $load_before before, $load_after after"
echo "answers: queue $queue_bytes bytes, a declaration $declaration_bytes bytes"
echo
baseline=$(echo "${rows[0]}" | cut -d'|' -f2)
printf '| %-48s | %8s | %8s | %8s | %12s | %14s | %6s |\n' "endpoint" "req/s" "p50 ms" "p99 ms" "vs. baseline" "CPU ms/request" "errors"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "---------:" "---------:" "---------:" "-------------:" "---------------:" "-------:"
for row in "${rows[@]}"; do
  IFS='|' read -r name rps p50 p99 cpu errors <<<"$row"
  ratio=$(awk -v r="$rps" -v b="$baseline" 'BEGIN { printf "%.4f×", r / b }')
  printf '| %-48s | %8s | %8s | %8s | %12s | %14s | %6s |\n' "$name" "$(printf "%.0f" "$rps")" "$p50" "$p99" "$ratio" "$cpu" "$errors"
done
