#!/usr/bin/env bash
# The whole test suite: installs and starts RabbitMQ and PostgreSQL when needed (scripts/test-deps.sh), then runs
# every test project, unit to end-to-end. Ends with one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/test-deps.sh

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test Newspipe.slnx -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

count() { grep -oE "(^|[ ,-])$1: +[0-9]+" "$log" | grep -oE '[0-9]+$' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build or runner error is a failure too
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
