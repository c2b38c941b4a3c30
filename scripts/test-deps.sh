#!/usr/bin/env bash
# Installs (Debian packages) and starts what the tests need: RabbitMQ and PostgreSQL 15, on this machine's loopback,
# and Chromium for the browser tests.
# Idempotent: what is already installed or running is left as it is. Needs root (apt-get) on a fresh machine.
set -euo pipefail

log() { echo "test-deps: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# RabbitMQ: Debian's package, started detached.
if ! command -v rabbitmq-server >/dev/null 2>&1; then
  log "installing rabbitmq-server"
  apt_install rabbitmq-server
fi
if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
  log "starting rabbitmq-server"
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
fi
for _ in $(seq 1 90); do
  if as_root rabbitmqctl -q await_startup >/dev/null 2>&1; then break; fi
  sleep 1
done
as_root rabbitmqctl -q await_startup >/dev/null
# The management API: the pipeline view reads the age of each queue's oldest message from it.
as_root rabbitmq-plugins -q enable rabbitmq_management >/dev/null
for _ in $(seq 1 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/15672) 2>/dev/null; then break; fi
  sleep 1
done
(exec 3<>/dev/tcp/127.0.0.1/15672) 2>/dev/null || { log "the RabbitMQ management API did not open port 15672"; exit 1; }
log "rabbitmq is up on 127.0.0.1:5672 (guest/guest), management API on http://127.0.0.1:15672/"

# Chromium: Debian's package, for the browser tests (headless).
if [ ! -x /usr/bin/chromium ]; then
  log "installing chromium"
  apt_install chromium
fi

# PostgreSQL: the machine's PostgreSQL 15 (installed from Debian's packages when missing).
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  apt_install postgresql
fi
if command -v pg_lsclusters >/dev/null 2>&1; then
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    as_root pg_createcluster "$version" main >/dev/null
  fi
  read -r version cluster _ status _ < <(pg_lsclusters -h | head -1)
  if [ "$status" != "online" ]; then
    log "starting postgresql $version/$cluster"
    as_root pg_ctlcluster "$version" "$cluster" start
  fi
fi
for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then break; fi
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p 5432
# A login the tests and the distributed scripts use; each test run creates its own databases. pg_signal_backend lets
# it drop a test database WITH (FORCE) while an autovacuum worker is in it (PostgreSQL 15 refuses that otherwise).
as_root su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newspipe') THEN CREATE ROLE newspipe LOGIN CREATEDB PASSWORD 'newspipe'; END IF;
  IF NOT pg_has_role('newspipe', 'pg_signal_backend', 'MEMBER') THEN GRANT pg_signal_backend TO newspipe; END IF;
END \\\$\\\$;\"" >/dev/null
log "postgresql is up on 127.0.0.1:5432 (newspipe/newspipe, CREATEDB)"
