#!/usr/bin/env bash
# The distributed form without Docker: each stage a separate process on this machine's RabbitMQ and PostgreSQL
# (installed and started by scripts/test-deps.sh). The same services docker-compose.yml runs in containers.
#
#   scripts/distributed.sh up [--inbox DIR] [--enrich N] [--database NAME]   start (Store, Enrich ×N, Clean, Ingest)
#   scripts/distributed.sh status                                            what runs, with PIDs and ports
#   scripts/distributed.sh down                                              stop them all (SIGTERM, SIGKILL after 30 s)
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

# Every service started here carries this marker in its environment, so down finds it even when its pid file is gone.
marker="NEWSPIPE_DISTRIBUTED_ROOT=$root"

strays() {  # pids of dotnet processes running one of this repository's service builds, or carrying the marker
  local pid cmdline
  for pid in $(pgrep -x dotnet 2>/dev/null || true); do
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || continue
    if [[ "$cmdline" == *"$root/services/"*"/bin/"*"/Newspipe."*".dll"* ]] \
      || tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "$marker"; then
      echo "$pid"
    fi
  done
}

down() {
  local pids=() pidfile pid name
  for pidfile in "$run"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile"); name=$(basename "$pidfile" .pid)
    # Only a process that still runs a Newspipe service: a pid file left from a reboot may name someone else now.
    if kill -0 "$pid" 2>/dev/null && grep -q 'Newspipe\.' "/proc/$pid/cmdline" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; pids+=("$pid"); echo "stopping $name ($pid)"; fi
    rm -f "$pidfile"
  done
  for pid in $(strays); do
    if [[ " ${pids[*]} " != *" $pid "* ]]; then kill -TERM "$pid" 2>/dev/null || true; pids+=("$pid"); echo "stopping stray service ($pid)"; fi
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  # A graceful stop lets MassTransit hand unfinished messages back to RabbitMQ; give it up to 30 s, then kill.
  for _ in $(seq 1 60); do
    local alive=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    [ ${#alive[@]} -eq 0 ] && { echo "stopped ${#pids[@]} service(s)"; return 0; }
    sleep 0.5
  done
  for pid in "${pids[@]}" $(strays); do
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; echo "killed $pid (did not stop within 30 s)"; fi
  done
}

start() {  # name stage port
  local name="$1" stage="$2" port="$3"
  rm -f "$run/$name.pid"
  local dll="$root/services/$stage/bin/Release/net10.0/Newspipe.$stage.dll"
  # setsid + exec: the pid recorded is the dotnet process itself (no wrapper shell), in a session of its own, and
  # with no hold on the caller's terminal or pipes (`up | cat` returns).
  (
    cd "$root"
    export NEWSPIPE_DISTRIBUTED_ROOT="$root" \
      Bus__Transport=RabbitMq \
      ConnectionStrings__rabbitmq="${ConnectionStrings__rabbitmq:-amqp://guest:guest@127.0.0.1:5672/}" \
      Bus__RabbitMqManagementUrl="${Bus__RabbitMqManagementUrl:-http://127.0.0.1:15672/}" \
      Store__Provider=Postgres \
      ConnectionStrings__postgres="${ConnectionStrings__postgres:-Host=127.0.0.1;Port=5432;Username=newspipe;Password=newspipe;Database=$database}" \
      Inbox__Path="$inbox" \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      OTEL_SERVICE_NAME="newspipe-${stage,,}"
    setsid bash -c 'echo $$ >"$1"; exec dotnet "$2"' _ "$run/$name.pid" "$dll" </dev/null >"$run/$name.log" 2>&1 &
    for _ in $(seq 1 50); do [ -s "$run/$name.pid" ] && break; sleep 0.1; done
  )
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
