#!/usr/bin/env bash
# Side-by-side speed of the reference (yoastseo 3.6.0 on Node.js) and copywise on the same papers, both warm.
#   bench/side-by-side.sh [PAPERS.jsonl] [--repeat N] [--our-repeat M] [--markdown FILE] [--keep DIR]
# PAPERS defaults to ../shared/corpus/yoast-fulltext.jsonl. The oracle analyses each paper 3 times to warm up
# (1 + its own 2) and reports the mean of N more runs (default 1: one warm run takes 0.2-8 s). copywise reads the papers
# twice in one process and only the second pass counts: the first lets .NET's tiered compiler reach its optimised code
# for every language, then each paper is analysed once more to warm up and timed over M runs (default: the larger of
# N and 200, since one run takes about a millisecond). Both run one paper at a time on one thread, one after the other.
# --markdown FILE also writes the report there; --keep DIR keeps both engines' output lines there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
papers="" repeat=1 our_repeat="" markdown="" keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=${2:?--repeat needs a value}; shift 2 ;;
    --repeat=*) repeat=${1#*=}; shift ;;
    --our-repeat) our_repeat=${2:?--our-repeat needs a value}; shift 2 ;;
    --markdown) markdown=${2:?--markdown needs a value}; shift 2 ;;
    --keep) keep=${2:?--keep needs a value}; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | cut -c3-; exit 0 ;;
    -*) echo "side-by-side: unknown option $1" >&2; exit 2 ;;
    *) papers=$1; shift ;;
  esac
done
case "$repeat" in ''|*[!0-9]*|0) echo "side-by-side: --repeat takes a whole number of at least 1" >&2; exit 2 ;; esac
[ -z "$our_repeat" ] && our_repeat=$(( repeat > 200 ? repeat : 200 ))
case "$our_repeat" in ''|*[!0-9]*|0) echo "side-by-side: --our-repeat takes a whole number of at least 1" >&2; exit 2 ;; esac

[ -d "$shared/oracle" ] || { echo "side-by-side: ../shared (the oracle and the corpus) is missing beside the repository" >&2; exit 1; }
command -v node >/dev/null || { echo "side-by-side: node is missing; the oracle runs on Node.js (apt-get install nodejs npm)" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "side-by-side: dotnet is missing; the .NET 10 SDK is required" >&2; exit 1; }
papers=${papers:-$shared/corpus/yoast-fulltext.jsonl}
[ -f "$papers" ] || { echo "side-by-side: $papers: no such file" >&2; exit 1; }
papers=$(realpath "$papers")
[ -n "$markdown" ] && markdown=$(realpath -m "$markdown")
count=$(grep -c . "$papers" || true)

[ -n "$keep" ] && keep=$(realpath -m "$keep")
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "building copywise (Release)" >&2
dotnet build src/Copywise.Cli -c Release -nologo -v q >/dev/null
dotnet build bench/Copywise.Conformance -c Release -nologo -v q >/dev/null

if [ -n "$keep" ]; then mkdir -p "$keep"; tmp=$(realpath "$keep"); rm -f "$tmp/oracle.jsonl"; else tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; fi

echo "copywise: $count papers, a warm-up pass, then 1 warm-up + $our_repeat timed runs each" >&2
{ cat "$papers"; echo; cat "$papers"; } > "$tmp/twice.jsonl"
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'; }
ours_load=$(load)
# The speed command keeps the last line per id, that is the second pass.
dotnet run --project src/Copywise.Cli -c Release --no-build -- batch "$tmp/twice.jsonl" --repeat "$our_repeat" --no-word-forms -o "$tmp/ours.jsonl"
ours_load="$ours_load to $(load)"

echo "oracle: $count papers, 3 warm-up + $repeat timed runs each (this takes a few minutes)" >&2
oracle_load=$(load)
n=0
"$shared/oracle/yoast-oracle" "$papers" --repeat="$repeat" | while IFS= read -r line; do
  printf '%s\n' "$line" >> "$tmp/oracle.jsonl"
  n=$((n + 1))
  printf '\roracle: %d/%d' "$n" "$count" >&2
done
echo >&2
oracle_load="$oracle_load to $(load)"
[ -s "$tmp/oracle.jsonl" ] || { echo "side-by-side: the oracle printed nothing" >&2; exit 1; }

echo >&2
args=(speed --ours "$tmp/ours.jsonl" --oracle "$tmp/oracle.jsonl" --corpus "$papers")
[ -n "$markdown" ] && args+=(--markdown "$markdown")
dotnet run --project bench/Copywise.Conformance -c Release --no-build -- "${args[@]}"
# Timings are only comparable when nothing else competed for the cores: say how busy the machine was.
note="Load average (1 min) on $(nproc) cores: $ours_load while copywise ran, $oracle_load while the reference ran."
echo; echo "$note"
[ -n "$markdown" ] && printf '\n%s\n' "$note" >> "$markdown"
exit 0
