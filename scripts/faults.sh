#!/usr/bin/env bash
# Every fault scenario (tests/Newspipe.Faults.Tests) at 1,000 articles each — PostgreSQL stopped for 60 s, RabbitMQ
# restarted, each service SIGKILLed, each service SIGTERMed, the embedded host SIGKILLed three times under CPU load —
# then one table:
#   scenario | articles in | stored | duplicates | failures | seconds | result
# Stops PostgreSQL and restarts RabbitMQ for the whole machine (or the node and cluster that NEWSPIPE_RABBITMQ_NODE,
# NEWSPIPE_RABBITMQ_PORT, NEWSPIPE_POSTGRES_CLUSTER and NEWSPIPE_TEST_POSTGRES name). Exits non-zero when a scenario fails.
#
#   scripts/faults.sh [ARTICLES] [-- extra dotnet test arguments]     ARTICLES defaults to 1000
#   NEWSPIPE_FAULT_ONLY=ServiceCrashTests scripts/faults.sh             only the scenarios whose test name contains it
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

articles=1000
if [ $# -gt 0 ] && [ "$1" != "--" ]; then articles="$1"; shift; fi
[ "${1:-}" = "--" ] && shift

filter="Category=Fault"
[ -z "${NEWSPIPE_FAULT_ONLY:-}" ] || filter="$filter&FullyQualifiedName~$NEWSPIPE_FAULT_ONLY"

scripts/test-deps.sh

results="$(mktemp)"; log="$(mktemp)"
trap 'rm -f "$results" "$log"' EXIT
set +e
NEWSPIPE_FAULT_ARTICLES="$articles" NEWSPIPE_FAULT_RESULTS="$results" \
  dotnet test tests/Newspipe.Faults.Tests -c Release --nologo --filter "$filter" \
  --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

echo
printf '%-34s | %11s | %6s | %10s | %8s | %7s | %s\n' scenario "articles in" stored duplicates failures seconds result
while IFS=$'\t' read -r scenario in stored duplicates failures seconds result; do
  printf '%-34s | %11s | %6s | %10s | %8s | %7s | %s\n' "$scenario" "$in" "$stored" "$duplicates" "$failures" "$seconds" "$result"
done < "$results"
if [ ! -s "$results" ]; then echo "(no scenario reported a result: see the test output above)"; [ "$status" -ne 0 ] || status=1; fi
exit "$status"
