#!/usr/bin/env bash
# Runs a private RabbitMQ node from the locally installed rabbitmq-server, with all of its state
# (database, logs, Erlang cookie, pid file, config, plugins file) under one directory.
# No Docker, no system service, no root-owned state: several nodes can run side by side.
#
#   rabbitmq.sh start  <dir> <amqp-port> <mgmt-port> [nodename] [dist-port]
#   rabbitmq.sh stop   <dir>
#   rabbitmq.sh status <dir>
#   rabbitmq.sh kill   <dir>
#   rabbitmq.sh installed
#
# start   starts the node in the background (it outlives the calling shell), waits until it
#         accepts AMQP connections and has finished booting (at most RABBITMQ_SH_START_TIMEOUT
#         seconds, default 60) and prints its AMQP URI. When the node of <dir> is already
#         running, it prints the URI and returns 0. Data survives stop/start, so durable queues
#         and persistent messages survive a restart. The node listens on 127.0.0.1 only;
#         the management API is at http://127.0.0.1:<mgmt-port>/ (guest/guest).
#         nodename defaults to a name derived from <dir>; dist-port (the Erlang distribution
#         port) defaults to amqp-port + 20000 and must be given when that exceeds 65535.
#         When CORRIDOR_RABBITMQ_OWNER_PID is set, a watchdog stops the node once that process
#         has exited, and with CORRIDOR_RABBITMQ_OWNER_CLEANUP=1 it also deletes <dir>; it lives
#         until then (across stop and kill), and the next start replaces it.
# stop    stops exactly the node of <dir> (graceful stop, then SIGTERM/SIGKILL after a bounded wait).
# status  prints "running <amqp-uri> pid <pid> ..." (exit 0) or "stopped" (exit 3).
# kill    ends the node of <dir> at once with SIGKILL, for throwaway nodes whose data is about
#         to be deleted (a graceful stop takes ~8 s; this may lose unflushed data).
# installed  exits 0 when rabbitmq-server can be run from here, 69 (with the reason) otherwise.
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 not running (status), 69 RabbitMQ is not installed.
# This script never installs anything: install the Debian package rabbitmq-server first.
set -euo pipefail

readonly EX_NOT_RUNNING=3
readonly EX_UNAVAILABLE=69

usage() {
  sed -n '6,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

die() {
  echo "rabbitmq.sh: $*" >&2
  exit 1
}

# Finds the RabbitMQ scripts that run a node directly (not the Debian wrapper in /usr/sbin,
# which switches to the rabbitmq user). RABBITMQ_BIN_DIR overrides the search.
find_bin_dir() {
  local candidates=()
  if [[ -n "${RABBITMQ_BIN_DIR:-}" ]]; then
    candidates+=("$RABBITMQ_BIN_DIR")
  fi
  candidates+=(/usr/lib/rabbitmq/bin)
  local server
  if server="$(command -v rabbitmq-server 2>/dev/null)"; then
    server="$(readlink -f "$server")"
    if [[ "$server" != /usr/sbin/* ]]; then
      candidates+=("$(dirname "$server")")
    fi
  fi
  local dir
  for dir in "${candidates[@]}"; do
    if [[ -x "$dir/rabbitmq-server" && -x "$dir/rabbitmqctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

require_installed() {
  if ! BIN_DIR="$(find_bin_dir)"; then
    echo "rabbitmq.sh: RabbitMQ is not installed (no rabbitmq-server in /usr/lib/rabbitmq/bin, \$RABBITMQ_BIN_DIR or PATH); install it with: apt-get install -y rabbitmq-server" >&2
    exit "$EX_UNAVAILABLE"
  fi
  if ! command -v erl >/dev/null 2>&1; then
    echo "rabbitmq.sh: RabbitMQ is not usable: Erlang (erl) is not on PATH; install it with: apt-get install -y rabbitmq-server" >&2
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

# Loads the node settings recorded by start. Returns 1 when <dir> holds no node.
load_state() {
  local state="$DIR/node.env"
  [[ -f "$state" ]] || return 1
  NODENAME="" AMQP_PORT="" MGMT_PORT="" DIST_PORT=""
  local key value
  while IFS='=' read -r key value; do
    case "$key" in
      NODENAME) NODENAME="$value" ;;
      AMQP_PORT) AMQP_PORT="$value" ;;
      MGMT_PORT) MGMT_PORT="$value" ;;
      DIST_PORT) DIST_PORT="$value" ;;
    esac
  done <"$state"
  [[ -n "$NODENAME" && -n "$AMQP_PORT" && -n "$MGMT_PORT" && -n "$DIST_PORT" ]] ||
    die "$state is incomplete"
}

save_state() {
  local tmp="$DIR/node.env.tmp"
  printf 'NODENAME=%s\nAMQP_PORT=%s\nMGMT_PORT=%s\nDIST_PORT=%s\n' \
    "$NODENAME" "$AMQP_PORT" "$MGMT_PORT" "$DIST_PORT" >"$tmp"
  mv -f "$tmp" "$DIR/node.env"
}

# Everything RabbitMQ reads or writes is pointed into $DIR.
node_env() {
  export HOME="$DIR/home"
  export RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$DIR/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$DIR/mnesia"
  export RABBITMQ_LOG_BASE="$DIR/log"
  export RABBITMQ_PID_FILE="$DIR/rabbitmq.pid"
  export RABBITMQ_NODENAME="$NODENAME"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$AMQP_PORT"
  export RABBITMQ_DIST_PORT="$DIST_PORT"
  # Keep the Erlang distribution listener on loopback too.
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}

# rabbitmqctl against this node, bounded in time.
ctl() {
  (
    node_env
    exec timeout --foreground --kill-after=5 15 "$BIN_DIR/rabbitmqctl" -n "$NODENAME" "$@" </dev/null
  )
}

node_pid() {
  local pid
  [[ -f "$DIR/rabbitmq.pid" ]] || return 1
  pid="$(tr -dc '0-9' <"$DIR/rabbitmq.pid")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

pid_alive() {
  kill -0 "$1" 2>/dev/null
}

# True when the pid file names a live beam process (guards against a recycled pid).
node_alive() {
  local pid
  pid="$(node_pid)" || return 1
  pid_alive "$pid" || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q beam || return 1
  fi
  return 0
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

amqp_uri() {
  echo "amqp://guest:guest@127.0.0.1:$AMQP_PORT/"
}

stop_watchdog() {
  local pid
  [[ -f "$DIR/watchdog.pid" ]] || return 0
  pid="$(tr -dc '0-9' <"$DIR/watchdog.pid")"
  rm -f "$DIR/watchdog.pid"
  if [[ -n "$pid" && "${CORRIDOR_RABBITMQ_IN_WATCHDOG:-}" != "1" ]] && pid_alive "$pid"; then
    kill "$pid" 2>/dev/null || true
  fi
}

start_watchdog() {
  local owner="${CORRIDOR_RABBITMQ_OWNER_PID:-}"
  [[ -n "$owner" ]] || return 0
  [[ "$owner" =~ ^[0-9]+$ ]] || die "CORRIDOR_RABBITMQ_OWNER_PID must be a process id"
  local cleanup="${CORRIDOR_RABBITMQ_OWNER_CLEANUP:-0}"
  local script
  script="$(readlink -f "$0")"
  CORRIDOR_RABBITMQ_IN_WATCHDOG=1 setsid nohup bash -c '
    owner="$1" script="$2" dir="$3" cleanup="$4"
    while kill -0 "$owner" 2>/dev/null; do sleep 1; done
    "$script" stop "$dir" || true
    if [ "$cleanup" = "1" ]; then rm -rf -- "$dir"; fi
  ' watchdog "$owner" "$script" "$DIR" "$cleanup" </dev/null >/dev/null 2>&1 &
  echo $! >"$DIR/watchdog.pid"
}

print_log_tail() {
  local f
  for f in "$DIR/stdout.log" "$DIR/log/$NODENAME.log"; do
    if [[ -f "$f" ]]; then
      echo "--- last lines of $f ---" >&2
      tail -n 30 "$f" >&2
    fi
  done
}

cmd_start() {
  (($# >= 3 && $# <= 5)) || usage
  require_installed
  DIR="$(abs_dir "$1")"
  local amqp="$2" mgmt="$3" name="${4:-}" dist="${5:-}"
  is_port "$amqp" || die "invalid AMQP port: $amqp"
  is_port "$mgmt" || die "invalid management port: $mgmt"
  if [[ -z "$dist" ]]; then
    dist=$((10#$amqp + 20000))
    ((dist <= 65535)) || die "AMQP port $amqp + 20000 is not a valid distribution port: pass [dist-port]"
  fi
  is_port "$dist" || die "invalid distribution port: $dist"

  if load_state && node_alive; then
    if [[ "$AMQP_PORT" != "$amqp" || "$MGMT_PORT" != "$mgmt" ]]; then
      die "the node of $DIR is already running on AMQP port $AMQP_PORT and management port $MGMT_PORT"
    fi
    amqp_uri
    return 0
  fi

  if [[ -z "$name" ]]; then
    # One directory, one node name: the database directory is named after the node.
    if [[ -n "${NODENAME:-}" ]]; then
      name="$NODENAME"
    else
      name="corridor-$(printf '%s' "$DIR" | cksum | cut -d' ' -f1)"
    fi
  fi
  [[ "$name" == *@* ]] || name="$name@localhost"
  NODENAME="$name" AMQP_PORT="$amqp" MGMT_PORT="$mgmt" DIST_PORT="$dist"

  local port
  for port in "$AMQP_PORT" "$MGMT_PORT" "$DIST_PORT"; do
    if port_open "$port"; then
      die "port $port on 127.0.0.1 is already in use"
    fi
  done

  mkdir -p "$DIR/home" "$DIR/mnesia" "$DIR/log"
  : >"$DIR/rabbitmq-env.conf"
  echo '[rabbitmq_management].' >"$DIR/enabled_plugins"
  cat >"$DIR/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
EOF
  save_state
  rm -f "$DIR/rabbitmq.pid"
  stop_watchdog

  local launcher
  (
    node_env
    cd "$DIR"
    exec setsid nohup "$BIN_DIR/rabbitmq-server" </dev/null >>"$DIR/stdout.log" 2>&1
  ) &
  launcher=$!
  start_watchdog

  local timeout="${RABBITMQ_SH_START_TIMEOUT:-60}"
  local deadline=$((SECONDS + timeout))
  local ready=0
  while ((SECONDS < deadline)); do
    if ! node_alive && ! pid_alive "$launcher"; then
      echo "rabbitmq.sh: the node $NODENAME exited while starting" >&2
      print_log_tail
      exit 1
    fi
    if port_open "$AMQP_PORT" && port_open "$MGMT_PORT"; then
      # The listeners open at the end of the boot; confirm the application is fully running.
      if ctl -q eval 'rabbit:is_running().' 2>/dev/null | grep -q '^true$'; then
        ready=1
        break
      fi
    fi
    sleep 0.2
  done
  if ((ready == 0)); then
    echo "rabbitmq.sh: the node $NODENAME did not become ready within ${timeout}s; stopping it" >&2
    print_log_tail
    cmd_stop "$DIR" >/dev/null 2>&1 || true
    exit 1
  fi
  amqp_uri
}

cmd_stop() {
  (($# == 1)) || usage
  require_installed
  [[ -d "$1" ]] || {
    echo "stopped"
    return 0
  }
  DIR="$(abs_dir "$1")"
  if ! load_state; then
    echo "stopped"
    return 0
  fi
  # The owner's watchdog (if any) stays: it still cleans up should the owner die while stopped.
  local pid
  if ! node_alive; then
    rm -f "$DIR/rabbitmq.pid"
    echo "stopped"
    return 0
  fi
  pid="$(node_pid)"
  local timeout="${RABBITMQ_SH_STOP_TIMEOUT:-30}"
  # rabbitmqctl stop <pidfile> returns once the process is gone.
  (
    node_env
    exec timeout --foreground --kill-after=5 "$timeout" "$BIN_DIR/rabbitmqctl" -n "$NODENAME" -q stop "$DIR/rabbitmq.pid" </dev/null
  ) >/dev/null 2>&1 || true
  local deadline=$((SECONDS + 10))
  while pid_alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if pid_alive "$pid"; then
    echo "rabbitmq.sh: $NODENAME did not stop in time; sending SIGTERM to $pid" >&2
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while pid_alive "$pid" && ((SECONDS < deadline)); do
      sleep 0.2
    done
  fi
  if pid_alive "$pid"; then
    echo "rabbitmq.sh: $NODENAME still alive; sending SIGKILL to $pid" >&2
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  if pid_alive "$pid"; then
    die "could not stop $NODENAME (pid $pid)"
  fi
  rm -f "$DIR/rabbitmq.pid"
  echo "stopped"
}

cmd_kill() {
  (($# == 1)) || usage
  [[ -d "$1" ]] || {
    echo "stopped"
    return 0
  }
  DIR="$(abs_dir "$1")"
  local pid
  if node_alive; then
    pid="$(node_pid)"
    kill -KILL "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 10))
    while pid_alive "$pid" && ((SECONDS < deadline)); do
      sleep 0.1
    done
    if pid_alive "$pid"; then
      die "could not kill pid $pid"
    fi
  fi
  rm -f "$DIR/rabbitmq.pid"
  echo "stopped"
}

cmd_status() {
  (($# == 1)) || usage
  require_installed
  if [[ -d "$1" ]]; then
    DIR="$(abs_dir "$1")"
    if load_state && node_alive; then
      echo "running $(amqp_uri) pid $(node_pid) node $NODENAME management http://127.0.0.1:$MGMT_PORT/"
      return 0
    fi
  fi
  echo "stopped"
  exit "$EX_NOT_RUNNING"
}

cmd_installed() {
  (($# == 0)) || usage
  require_installed
  echo "$BIN_DIR"
}

(($# >= 1)) || usage
command="$1"
shift
case "$command" in
  start) cmd_start "$@" ;;
  stop) cmd_stop "$@" ;;
  status) cmd_status "$@" ;;
  kill) cmd_kill "$@" ;;
  installed) cmd_installed "$@" ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
