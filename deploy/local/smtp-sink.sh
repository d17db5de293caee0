#!/usr/bin/env bash
# Runs a private SMTP server that accepts every mail and keeps it in a maildir, so the mail the
# services send on this machine can be read instead of leaving it. It is Debian's python3-aiosmtpd
# with its own Mailbox handler (aiosmtpd.handlers.Mailbox); all of its state lives under one directory.
#
#   smtp-sink.sh start  <dir> <port>
#   smtp-sink.sh stop   <dir>
#   smtp-sink.sh status <dir>
#   smtp-sink.sh installed
#
# start   starts the server in the background (it outlives the calling shell), listening on
#         127.0.0.1:<port> without authentication or TLS, waits until the port answers (at most
#         SMTP_SINK_START_TIMEOUT seconds, default 20) and prints "smtp://127.0.0.1:<port> <dir>/maildir".
#         Every mail received is one file in <dir>/maildir/new (with X-MailFrom and X-RcptTo headers
#         added by the handler). When the server of <dir> is already running, it prints the same and
#         returns 0. When CORRIDOR_SMTP_OWNER_PID is set, a watchdog stops the server once that
#         process has exited, and with CORRIDOR_SMTP_OWNER_CLEANUP=1 it also deletes <dir>.
# stop    stops exactly the server of <dir> (SIGTERM to its process group, SIGKILL after a bounded wait).
# status  prints "running smtp://127.0.0.1:<port> pid <pid> maildir <dir>/maildir" (exit 0) or "stopped" (exit 3).
# installed  exits 0 when aiosmtpd can be run from here (prints the python that has it), 69 otherwise.
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 not running (status), 69 aiosmtpd is not installed.
# This script never installs anything: install the Debian package python3-aiosmtpd first (up.sh does).
set -euo pipefail

readonly EX_NOT_RUNNING=3
readonly EX_UNAVAILABLE=69

usage() {
  sed -n '6,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

die() {
  echo "smtp-sink.sh: $*" >&2
  exit 1
}

# The Debian package installs into the system python, which a python3 earlier on PATH (pyenv, a
# virtualenv) does not see: the first python that can import aiosmtpd is used. SMTP_SINK_PYTHON overrides.
find_python() {
  local candidates=()
  if [[ -n "${SMTP_SINK_PYTHON:-}" ]]; then
    candidates+=("$SMTP_SINK_PYTHON")
  fi
  candidates+=(/usr/bin/python3)
  local on_path
  if on_path="$(command -v python3 2>/dev/null)"; then
    candidates+=("$on_path")
  fi
  local python
  for python in "${candidates[@]}"; do
    if [[ -x "$python" ]] && "$python" -c 'import aiosmtpd.handlers' >/dev/null 2>&1; then
      echo "$python"
      return 0
    fi
  done
  return 1
}

require_installed() {
  if ! PYTHON="$(find_python)"; then
    echo "smtp-sink.sh: aiosmtpd is not installed (no python3 on /usr/bin, \$SMTP_SINK_PYTHON or PATH can import it); install it with: apt-get install -y python3-aiosmtpd" >&2
    exit "$EX_UNAVAILABLE"
  fi
}

is_port() {
  [[ "$1" =~ ^[0-9]+$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535))
}

# Absolute path of a directory, created if missing.
abs_dir() {
  mkdir -p "$1"
  (cd "$1" && pwd -P)
}

load_port() {
  [[ -f "$DIR/sink.env" ]] || return 1
  PORT="$(sed -n 's/^PORT=//p' "$DIR/sink.env")"
  is_port "$PORT" || die "$DIR/sink.env is incomplete"
}

server_pid() {
  local pid
  [[ -f "$DIR/smtp-sink.pid" ]] || return 1
  pid="$(tr -dc '0-9' <"$DIR/smtp-sink.pid")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

pid_alive() {
  kill -0 "$1" 2>/dev/null
}

# True when the pid file names a live aiosmtpd process (guards against a recycled pid).
server_alive() {
  local pid
  pid="$(server_pid)" || return 1
  pid_alive "$pid" || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q aiosmtpd || return 1
  fi
  return 0
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

describe() {
  echo "smtp://127.0.0.1:$PORT $DIR/maildir"
}

stop_watchdog() {
  local pid
  [[ -f "$DIR/watchdog.pid" ]] || return 0
  pid="$(tr -dc '0-9' <"$DIR/watchdog.pid")"
  rm -f "$DIR/watchdog.pid"
  if [[ -n "$pid" && "${CORRIDOR_SMTP_IN_WATCHDOG:-}" != "1" ]] && pid_alive "$pid"; then
    kill "$pid" 2>/dev/null || true
  fi
}

start_watchdog() {
  local owner="${CORRIDOR_SMTP_OWNER_PID:-}"
  [[ -n "$owner" ]] || return 0
  [[ "$owner" =~ ^[0-9]+$ ]] || die "CORRIDOR_SMTP_OWNER_PID must be a process id"
  local cleanup="${CORRIDOR_SMTP_OWNER_CLEANUP:-0}"
  local script
  script="$(readlink -f "$0")"
  CORRIDOR_SMTP_IN_WATCHDOG=1 setsid nohup bash -c '
    owner="$1" script="$2" dir="$3" cleanup="$4"
    while kill -0 "$owner" 2>/dev/null; do sleep 1; done
    "$script" stop "$dir" || true
    if [ "$cleanup" = "1" ]; then rm -rf -- "$dir"; fi
  ' watchdog "$owner" "$script" "$DIR" "$cleanup" </dev/null >/dev/null 2>&1 &
  echo $! >"$DIR/watchdog.pid"
}

print_log_tail() {
  if [[ -f "$DIR/smtp-sink.log" ]]; then
    echo "--- last lines of $DIR/smtp-sink.log ---" >&2
    tail -n 30 "$DIR/smtp-sink.log" >&2
  fi
}

cmd_start() {
  (($# == 2)) || usage
  require_installed
  DIR="$(abs_dir "$1")"
  local port="$2"
  is_port "$port" || die "invalid port: $port"

  if load_port && server_alive; then
    [[ "$PORT" == "$port" ]] || die "the SMTP sink of $DIR is already running on port $PORT"
    describe
    return 0
  fi
  PORT="$port"
  if port_open "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use"
  fi

  # A maildir is its three subdirectories (aiosmtpd creates them only when the maildir itself is new).
  mkdir -p "$DIR/maildir/tmp" "$DIR/maildir/new" "$DIR/maildir/cur"
  printf 'PORT=%s\n' "$PORT" >"$DIR/sink.env"
  rm -f "$DIR/smtp-sink.pid"
  stop_watchdog

  # setsid: the server leads its own process group (stop signals the group) and ignores the
  # terminal's Ctrl-C; -n: stay the calling user instead of switching to nobody.
  (
    cd "$DIR"
    exec setsid nohup "$PYTHON" -m aiosmtpd -n -l "127.0.0.1:$PORT" \
      -c aiosmtpd.handlers.Mailbox "$DIR/maildir" </dev/null >>"$DIR/smtp-sink.log" 2>&1
  ) &
  local launcher=$!
  echo "$launcher" >"$DIR/smtp-sink.pid"
  start_watchdog

  local timeout="${SMTP_SINK_START_TIMEOUT:-20}"
  local deadline=$((SECONDS + timeout))
  while ! port_open "$PORT"; do
    # The launcher pid becomes the server's once it has exec'd, so it is alive exactly while the server is.
    if ! pid_alive "$launcher"; then
      echo "smtp-sink.sh: the SMTP sink exited while starting" >&2
      print_log_tail
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "smtp-sink.sh: the SMTP sink did not listen on port $PORT within ${timeout}s; stopping it" >&2
      print_log_tail
      cmd_stop "$DIR" >/dev/null 2>&1 || true
      exit 1
    fi
    sleep 0.2
  done
  describe
}

cmd_stop() {
  (($# == 1)) || usage
  [[ -d "$1" ]] || {
    echo "stopped"
    return 0
  }
  DIR="$(abs_dir "$1")"
  # The owner's watchdog (if any) stays: it still cleans up should the owner die while stopped.
  if ! server_alive; then
    rm -f "$DIR/smtp-sink.pid"
    echo "stopped"
    return 0
  fi
  local pid
  pid="$(server_pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + ${SMTP_SINK_STOP_TIMEOUT:-10}))
  while pid_alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if pid_alive "$pid"; then
    echo "smtp-sink.sh: the SMTP sink did not stop in time; sending SIGKILL to its process group $pid" >&2
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 5))
    while pid_alive "$pid" && ((SECONDS < deadline)); do
      sleep 0.1
    done
  fi
  if pid_alive "$pid"; then
    die "could not stop the SMTP sink (pid $pid)"
  fi
  rm -f "$DIR/smtp-sink.pid"
  echo "stopped"
}

cmd_status() {
  (($# == 1)) || usage
  if [[ -d "$1" ]]; then
    DIR="$(abs_dir "$1")"
    if load_port && server_alive; then
      echo "running smtp://127.0.0.1:$PORT pid $(server_pid) maildir $DIR/maildir"
      return 0
    fi
  fi
  echo "stopped"
  exit "$EX_NOT_RUNNING"
}

cmd_installed() {
  (($# == 0)) || usage
  require_installed
  echo "$PYTHON"
}

(($# >= 1)) || usage
command="$1"
shift
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  installed) cmd_installed "$@" ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
