#!/usr/bin/env bash
# Load benchmark of the HTTP service: `copywise serve` on 127.0.0.1, wrk posting a ~1,000-word article to
# POST /api/v1/analyze for a while, the server's resident memory sampled every 10 s.
#
#   bench/load.sh [--duration 5m] [--threads 1] [--connections 2] [--port 5090] [--paper FILE]
#
# Needs wrk (Debian: apt-get install wrk). The per-client rate limit is turned off for the run: all the load
# comes from one address. Everything runs on this machine, so wrk takes part of the cores it measures.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=5m threads=1 connections=2 port=5090 paper=bench/data/load-paper.json
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --paper) paper=$2; shift 2 ;;
    *) echo "load.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load.sh: wrk is required (apt-get install wrk)" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "load.sh: the .NET SDK is required" >&2; exit 1; }
[ -f "$paper" ] || { echo "load.sh: no paper at $paper" >&2; exit 1; }

dotnet build src/Copywise.Cli -c Release -v q -nologo >/dev/null
url="http://127.0.0.1:$port"
log=$(mktemp)
dotnet src/Copywise.Cli/bin/Release/net10.0/Copywise.Cli.dll serve --urls "$url" \
  --Copywise:RateLimitPerSecond=0 --Logging:LogLevel:Copywise.Server.Requests=Warning > "$log" 2>&1 &
server=$!
sampler=""
trap 'kill $server ${sampler:+$sampler} 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  curl -sf "$url/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$url/healthz" >/dev/null || { echo "load.sh: the service did not start:" >&2; cat "$log" >&2; exit 1; }

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status"; }
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), .NET $(dotnet --version)"
echo "== paper: $paper ($(wc -c < "$paper") bytes)"
echo "== warm-up: 15 s"
wrk -t"$threads" -c"$connections" -d15s -s bench/load.lua "$url/api/v1/analyze" -- "$paper" > /dev/null
echo "== run: wrk -t$threads -c$connections -d$duration --latency -s bench/load.lua $url/api/v1/analyze -- $paper"
samples=$(mktemp)
( while kill -0 $server 2>/dev/null; do echo "$(date +%s) $(rss)" >> "$samples"; sleep 10; done ) &
sampler=$!
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load.lua "$url/api/v1/analyze" -- "$paper"
kill $sampler 2>/dev/null || true
echo "== server resident memory (MB), every 10 s:"
awk '{printf "%s ", $2} END {print ""}' "$samples"
awk 'NR==1 {first=$2; min=$2; max=$2} {if ($2<min) min=$2; if ($2>max) max=$2; last=$2}
     END {printf "first %d, last %d, min %d, max %d MB\n", first, last, min, max}' "$samples"
rm -f "$samples"
