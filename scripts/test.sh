#!/usr/bin/env bash
# The whole test suite: installs and starts RabbitMQ and PostgreSQL when needed (scripts/test-deps.sh), then runs
# every test project, unit to end-to-end, and after them, alone, the fault tests (tests/Newspipe.Faults.Tests: they
# stop PostgreSQL and restart RabbitMQ for the whole machine, so nothing else may run beside them).
# Ends with one line summing both runs: "tests: N passed, N failed, N skipped"; exits non-zero if either run failed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/test-deps.sh

log="$(mktemp)"; results="$(mktemp)"; reports="$(mktemp -d)"
trap 'rm -rf "$log" "$results" "$reports"' EXIT
# Tests that measure something (the hostile-input tables) write a report here; they are printed at the end.
export NEWSPIPE_REPORTS="$reports"
# The services and newspipe compile each method once, optimised (Directory.Build.props): that pays over a long run but
# costs every start about 1.8 s and makes the first articles after it dearer. The suite starts and kills some hundred
# of them (on a 2-core machine, a clean clone's run took 22.5 minutes without this and 20 with it; the end-to-end tests
# 5.5 and 3.7 minutes), so the processes it starts run with the runtime's default, tiered compilation; what they do is
# the same either way.
export DOTNET_TieredCompilation=1
# A filter that matches nothing in a project is not an error for `dotnet test` (VSTest): that project reports no tests.
set +e
dotnet test Newspipe.slnx -c Release --nologo --filter "Category!=Fault" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The first run built the fault project with the rest of the solution.
extra=()
for argument in "$@"; do [ "$argument" = "--no-build" ] || extra+=("$argument"); done
NEWSPIPE_FAULT_RESULTS="$results" \
  dotnet test tests/Newspipe.Faults.Tests -c Release --nologo --no-build --filter "Category=Fault" "${extra[@]}" 2>&1 | tee -a "$log"
fault_status=${PIPESTATUS[0]}
set -e

for report in "$reports"/*.txt; do
  [ -e "$report" ] || continue
  echo; cat "$report"
done
if [ -s "$results" ]; then
  echo
  printf '%-34s | %11s | %6s | %10s | %8s | %7s | %s\n' scenario "articles in" stored duplicates failures seconds result
  while IFS=$'\t' read -r scenario in stored duplicates failures seconds result; do
    printf '%-34s | %11s | %6s | %10s | %8s | %7s | %s\n' "$scenario" "$in" "$stored" "$duplicates" "$failures" "$seconds" "$result"
  done < "$results"
  echo
fi

count() {  # the sum of every "Passed: N" (or Failed, Skipped) the runs printed; plain bash, no awk
  local sum=0 n
  for n in $(grep -oE "(^|[ ,-])$1: +[0-9]+" "$log" | grep -oE '[0-9]+$'); do sum=$((sum + n)); done
  echo "$sum"
}
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
# A build or runner error is a failure too.
if [ "$status" -ne 0 ] || [ "$fault_status" -ne 0 ]; then
  [ "$failed" -gt 0 ] || failed=1
  [ "$status" -ne 0 ] || status="$fault_status"
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
