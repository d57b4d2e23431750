#!/usr/bin/env bash
# timed.sh STEP COMMAND...: runs COMMAND and records STEP's wall time, peak
# memory and exit status as one line of $CI_TIMINGS_FILE, so a slow or
# memory-hungry step shows up in `make ci-timings` instead of being guessed at.
# Peak memory is GNU time's "maximum resident set size": the largest single
# process in the step (the compiler, the linker, one pytest worker), not the sum.
# Without /usr/bin/time the step still runs and records its wall time only.
set -uo pipefail

step=$1
shift
timings="${CI_TIMINGS_FILE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.timings/steps.tsv}"
mkdir -p "$(dirname "$timings")"

rss_file="$(mktemp)"
trap 'rm -f "$rss_file"' EXIT
start=$(date +%s.%N)
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f '%M' -o "$rss_file" "$@"
else
  "$@"
fi
status=$?
end=$(date +%s.%N)

rss_kib="$(tail -n 1 "$rss_file" 2>/dev/null | grep -Eo '^[0-9]+$' || echo 0)"
printf '%s\t%s\t%d\t%d\n' "$step" "$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')" "$((rss_kib / 1024))" "$status" >>"$timings"
exit "$status"
