#!/usr/bin/env bash
# Stops what deploy/local/up.sh started: exactly the processes named by its pid files in
# .local/pids/ (SIGTERM, a bounded wait, then SIGKILL), then the private RabbitMQ node and the SMTP sink
# (the mail it kept stays in .local/smtp/maildir).
#
#   deploy/local/down.sh [--purge]
#
# --purge also deletes the services' databases (.local/data), so the next up.sh starts empty.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
readonly LOCAL="$ROOT/.local"
readonly PIDS="$LOCAL/pids"
readonly STOP_TIMEOUT="${CORRIDOR_STOP_TIMEOUT:-20}"

purge=0
for arg in "$@"; do
  case "$arg" in
    --purge) purge=1 ;;
    -h | --help)
      sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "down.sh: unknown argument '$arg' (usage: down.sh [--purge])" >&2
      exit 2
      ;;
  esac
done

alive() {
  kill -0 "$1" 2>/dev/null
}

# Stops the process of one pid file, if it is still the service that up.sh started.
stop_service() {
  local pidfile="$1" name pid
  name="$(basename "$pidfile" .pid)"
  pid="$(tr -dc '0-9' <"$pidfile")"
  if [[ -z "$pid" ]] || ! alive "$pid"; then
    echo "$name: not running"
    rm -f "$pidfile"
    return 0
  fi
  # Corridor.<S>.Host.dll for a service with a database, Corridor.<S>.dll for the gateway (and older builds).
  if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE "Corridor\.$name(\.Host)?\.dll"; then
    echo "$name: pid $pid is no longer $name (left alone)"
    rm -f "$pidfile"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if alive "$pid"; then
    echo "$name: still running after ${STOP_TIMEOUT}s; sending SIGKILL to $pid"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  if alive "$pid"; then
    echo "down.sh: could not stop $name (pid $pid)" >&2
    return 1
  fi
  echo "$name: stopped (pid $pid)"
  rm -f "$pidfile"
}

status=0
if [[ -d "$PIDS" ]]; then
  shopt -s nullglob
  for pidfile in "$PIDS"/*.pid; do
    stop_service "$pidfile" || status=1
  done
fi

rabbit_status=0
# stdin from /dev/null: rabbitmqctl runs under timeout(1) and a terminal on stdin would stop it.
rabbit="$("$ROOT/deploy/local/rabbitmq.sh" stop "$LOCAL/rabbitmq" </dev/null)" || rabbit_status=$?
case "$rabbit_status" in
  0) echo "RabbitMQ: ${rabbit##*$'\n'}" ;;
  69) echo "RabbitMQ: not installed, nothing to stop" ;;
  *)
    echo "down.sh: stopping RabbitMQ failed ($rabbit_status)" >&2
    status=1
    ;;
esac

smtp_status=0
smtp="$("$ROOT/deploy/local/smtp-sink.sh" stop "$LOCAL/smtp" </dev/null)" || smtp_status=$?
if ((smtp_status == 0)); then
  echo "SMTP sink: ${smtp##*$'\n'}"
else
  echo "down.sh: stopping the SMTP sink failed ($smtp_status)" >&2
  status=1
fi

if ((purge)); then
  rm -rf -- "$LOCAL/data"
  echo "deleted .local/data"
fi
exit "$status"
