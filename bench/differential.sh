#!/usr/bin/env bash
# Differential test against the reference on fresh synthetic English articles.
#   bench/differential.sh [--seed S] [--count N] [--keep DIR]
# Generates N papers (default 40) from seed S (default: a new one each run, printed so that a run can be repeated)
# with the conformance app's generator, runs the reference oracle (yoastseo 3.6.0 on Node.js, a second or so per
# paper) on them one paper per process with its keyphrase distribution research (bench/oracle-per-paper.sh), and prints
# the conformance report of copywise against its output. --keep DIR keeps the papers and the oracle's output there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
seed="" count=40 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=${2:?--seed needs a value}; shift 2 ;;
    --count) count=${2:?--count needs a value}; shift 2 ;;
    --keep) keep=${2:?--keep needs a value}; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | cut -c3-; exit 0 ;;
    *) echo "differential: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -z "$seed" ] && seed=$(( (RANDOM << 15 | RANDOM) % 100000 + 2 ))
case "$seed" in ''|*[!0-9]*) echo "differential: --seed takes a whole number" >&2; exit 2 ;; esac
case "$count" in ''|*[!0-9]*|0) echo "differential: --count takes a whole number of at least 1" >&2; exit 2 ;; esac

[ -d "$shared/oracle" ] || { echo "differential: ../shared (the oracle) is missing beside the repository" >&2; exit 1; }
command -v node >/dev/null || { echo "differential: node is missing; the oracle runs on Node.js (apt-get install nodejs npm)" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "differential: dotnet is missing; the .NET 10 SDK is required" >&2; exit 1; }

if [ -n "$keep" ]; then mkdir -p "$keep"; dir=$(realpath "$keep"); else dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT; fi
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/Copywise.Conformance -c Release -nologo -v q >/dev/null
run() { dotnet run --project bench/Copywise.Conformance -c Release --no-build -- "$@"; }

echo "differential: seed $seed, $count papers (repeat with: bench/differential.sh --seed $seed --count $count)" >&2
run generate --seed "$seed" --count "$count" -o "$dir/papers.jsonl"
# One process per paper: in one process the reference keeps the first paper's function words for the rest, and it
# computes keyphrase distribution only with its research registered (docs/conformance.md#reference-output).
bash "$root/bench/oracle-per-paper.sh" "$dir/papers.jsonl" "$dir/oracle.jsonl"
[ -s "$dir/oracle.jsonl" ] || { echo "differential: the oracle printed nothing" >&2; exit 1; }
run --corpus "$dir/papers.jsonl" --oracle "$dir/oracle.jsonl"
