#!/usr/bin/env bash
# The distributed form without Docker: each stage a separate process on this machine's RabbitMQ and PostgreSQL
# (installed and started by scripts/test-deps.sh). The same services docker-compose.yml runs in containers.
#
#   scripts/distributed.sh up [--inbox DIR] [--enrich N] [--database NAME]   start (Store, Enrich ×N, Clean, Ingest)
#   scripts/distributed.sh status                                            what runs, with PIDs and ports
#   scripts/distributed.sh down                                              stop them all
#
# Logs go to .run/<service>.log; the Store service serves the dashboard on http://127.0.0.1:5280.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$root/.run"
mkdir -p "$run"

cmd="${1:-}"; shift || true
inbox="$root/inbox"; enrich=1; database="newspipe"
while [ $# -gt 0 ]; do
  case "$1" in
    --inbox) inbox="$(realpath -m "$2")"; shift 2 ;;
    --enrich) enrich="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

down() {
  for pidfile in "$run"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; echo "stopped $(basename "$pidfile" .pid) ($pid)"; fi
    rm -f "$pidfile"
  done
}

start() {  # name stage port
  local name="$1" stage="$2" port="$3"
  local dll="$root/services/$stage/bin/Release/net10.0/Newspipe.$stage.dll"
  ( cd "$root" && \
    Bus__Transport=RabbitMq \
    ConnectionStrings__rabbitmq="${ConnectionStrings__rabbitmq:-amqp://guest:guest@127.0.0.1:5672/}" \
    Store__Provider=Postgres \
    ConnectionStrings__postgres="${ConnectionStrings__postgres:-Host=127.0.0.1;Port=5432;Username=newspipe;Password=newspipe;Database=$database}" \
    Inbox__Path="$inbox" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    OTEL_SERVICE_NAME="newspipe-${stage,,}" \
    nohup dotnet "$dll" >"$run/$name.log" 2>&1 & echo $! >"$run/$name.pid" )
  echo "started $name (pid $(cat "$run/$name.pid"), http://127.0.0.1:$port/health, log .run/$name.log)"
}

wait_bus() {  # name
  for _ in $(seq 1 120); do
    grep -q "Bus started" "$run/$1.log" 2>/dev/null && return 0
    if ! kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; then echo "$1 exited; see .run/$1.log" >&2; tail -20 "$run/$1.log" >&2; return 1; fi
    sleep 0.5
  done
  echo "$1 did not connect to RabbitMQ in time; see .run/$1.log" >&2; return 1
}

case "$cmd" in
  up)
    down >/dev/null
    "$root/scripts/test-deps.sh"
    dotnet build "$root/Newspipe.slnx" -c Release --nologo -v q -clp:ErrorsOnly
    mkdir -p "$inbox"
    # Consumers first, so their queues exist before anything is published.
    start store Store 5280; wait_bus store
    for i in $(seq 1 "$enrich"); do start "enrich-$i" Enrich $((5290 + i)); done
    for i in $(seq 1 "$enrich"); do wait_bus "enrich-$i"; done
    start clean Clean 5282; wait_bus clean
    start ingest Ingest 5281; wait_bus ingest
    echo "Newspipe (distributed) is running. Drop files into $inbox; dashboard http://127.0.0.1:5280;"
    echo "  Store__Provider=Postgres ConnectionStrings__postgres='Host=127.0.0.1;Username=newspipe;Password=newspipe;Database=$database' ./newspipe articles list"
    ;;
  down) down ;;
  status)
    for pidfile in "$run"/*.pid; do
      [ -e "$pidfile" ] || { echo "nothing running"; break; }
      pid=$(cat "$pidfile"); state=dead; kill -0 "$pid" 2>/dev/null && state=running
      echo "$(basename "$pidfile" .pid) $pid $state"
    done ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
