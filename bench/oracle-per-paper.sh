#!/usr/bin/env bash
# The reference's output for a corpus with each paper analysed in a process of its own:
#   bench/oracle-per-paper.sh CORPUS.jsonl OUTPUT.jsonl
#   bench/oracle-per-paper.sh            (regenerates every reference output kept in bench/data, listed below)
# Why one process per paper: the reference caches the function words of the first paper it analyses for the rest of
# its process (docs/deviations.md#function-words-of-the-first-paper), so one run over a whole corpus scores every
# paper after the first with the first paper's function words.
# bench/oracle-research.cjs is preloaded so that the reference computes keyphrase distribution with its own research
# (docs/conformance.md#reference-output).
# Needs ../shared/oracle/yoast-oracle (it installs yoastseo 3.6.0 on first use) and Node.js. Runs at low priority.
set -euo pipefail
cd "$(dirname "$0")/.."
oracle=../shared/oracle/yoast-oracle
[ -x "$oracle" ] || { echo "oracle-per-paper: $oracle is missing" >&2; exit 1; }
if [ $# -eq 0 ]; then
  "$0" ../shared/corpus/yoast-fulltext.jsonl bench/data/yoast-3.6.0.fulltext.per-paper.jsonl
  # The reference reads HTML only; the seed's plain-text form is ours alone to analyse.
  seed=$(mktemp)
  grep -E '"format": *"html"' ../shared/corpus/seed.jsonl > "$seed"
  "$0" "$seed" bench/data/yoast-3.6.0.seed.per-paper.jsonl
  rm -f "$seed"
  # Every other set kept in bench/data with its output beside it: the articles per language and the generated English
  # articles of the differential test.
  for oracle in bench/data/*.oracle.jsonl; do "$0" "${oracle%.oracle.jsonl}.jsonl" "$oracle"; done
  exit 0
fi
[ $# -eq 2 ] || { echo "usage: bench/oracle-per-paper.sh [CORPUS.jsonl OUTPUT.jsonl]" >&2; exit 2; }
corpus=$1 output=$2
preload=$(realpath bench/oracle-research.cjs)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/all.jsonl"
n=0
while IFS= read -r line || [ -n "$line" ]; do
  [ -n "${line//[[:space:]]/}" ] || continue
  n=$((n + 1))
  printf '%s\n' "$line" > "$tmp/paper.jsonl"
  NODE_OPTIONS="--require=$preload" nice -n 19 "$oracle" "$tmp/paper.jsonl" > "$tmp/out.jsonl"
  [ "$(wc -l < "$tmp/out.jsonl")" -eq 1 ] || { echo "oracle-per-paper: $corpus paper $n gave no single result" >&2; exit 1; }
  # The time of one cold run says nothing about speed (bench/side-by-side.sh measures that); without it a
  # regenerated file differs only where the reference's results do.
  node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); delete d.ms; console.log(JSON.stringify(d));' \
    < "$tmp/out.jsonl" >> "$tmp/all.jsonl"
done < "$corpus"
mv "$tmp/all.jsonl" "$output"
echo "oracle-per-paper: $corpus: $n papers → $output" >&2
