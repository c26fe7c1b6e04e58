#!/usr/bin/env bash
# Site audit benchmark: generates a site of Markdown pages (front matter, about 1,000 words each) into a temporary
# folder, audits it into a fresh SQLite store, then audits it again unchanged (every page reused), and reports wall
# time, CPU time and peak memory of each run. Not part of CI.
#
#   bench/audit-bench.sh [PAGES] [WORDS]     (defaults: 100000 1000)
#
# Needs the .NET SDK and GNU time (/usr/bin/time, Debian package "time"); KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-100000}
words=${2:-1000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time >/dev/null || { echo "audit-bench: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }

dotnet build src/Copywise.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/Copywise.AuditBench -c Release -v q -nologo >/dev/null
cli=src/Copywise.Cli/bin/Release/net10.0/Copywise.Cli.dll
gen=bench/Copywise.AuditBench/bin/Release/net10.0/Copywise.AuditBench.dll

work=$(mktemp -d "${TMPDIR:-/tmp}/copywise-audit-bench.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
dotnet "$gen" generate "$work/site" --pages "$pages" --words "$words" --seed 1
echo "site: $(du -sh "$work/site" | cut -f1) in $(find "$work/site" -type f | wc -l) files; $(nproc) cores"

run() {
  local label=$1
  echo "load average before the $label run: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$cli" audit "$work/site" --db "$work/audit.db" > "$work/summary-$label.txt" || true
  read -r wall user sys rss < "$work/time"
  printf '%-10s wall %6.1f s   cpu %6.1f s (user %.1f + sys %.1f)   peak RSS %5d MB   %s\n' \
    "$label" "$wall" "$(awk "BEGIN { print $user + $sys }")" "$user" "$sys" "$((rss / 1024))" "$(head -1 "$work/summary-$label.txt")"
}
run cold
run unchanged
echo "store: $(du -h "$work/audit.db" | cut -f1) ($(ls "$work"/audit.db* | wc -l) files)"
