#!/usr/bin/env bash
# Runs the whole Corridor backend on this machine, with demo data, in one command:
#
#   deploy/local/up.sh
#
# 1. installs rabbitmq-server from Debian when it is missing (apt-get; needs root),
# 2. starts a private RabbitMQ node (state in .local/rabbitmq, AMQP 5682, management 15682) and an SMTP
#    sink that keeps every mail the services send (python3-aiosmtpd, installed from Debian when missing;
#    SMTP 127.0.0.1:2525, mail in the maildir .local/smtp/maildir, one file per mail in its new/),
# 3. builds the Identity service, the three services, the gateway and Corridor.DevTools (Release),
# 4. starts Identity (5401) and waits until it answers GET /health/ready with 200,
# 5. starts Agreements (5201/5202), Lists (5101/5102), Teams (5301/5302), Directory (5501/5502),
#    Notifications (5601/5602) and the gateway in front of
#    them (5001 REST / 5002 gRPC), all trusting only Identity's tokens (Auth:Authority; the development
#    signing key is switched off), in the background (SQLite databases in .local/data, logs in
#    .local/logs/<service>.log with UTC timestamps, the previous run's log kept as <service>.log.1,
#    pids in .local/pids/), and waits until each is ready,
# 6. loads the demo data (Corridor.DevTools seed, with real tokens from Identity: the regions' sync
#    clients, their demo staff and coordinators, the secretariat; does nothing when already loaded),
# 7. prints the URLs, the demo clients and people, live tokens and an example curl (Corridor.DevTools endpoints).
#
# Running it again while everything runs starts nothing twice. Stop with deploy/local/down.sh.
# CORRIDOR_READY_TIMEOUT (seconds, default 90) bounds the wait for readiness.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
# shellcheck source=deploy/local/service-log.sh
source "$ROOT/deploy/local/service-log.sh"
readonly LOCAL="$ROOT/.local"
readonly PIDS="$LOCAL/pids"
readonly LOGS="$LOCAL/logs"
readonly DATA="$LOCAL/data"
readonly CONFIGURATION=Release
# Identity first: the others fetch its signing keys (discovery) to check every token.
readonly SERVICES=(Identity Agreements Lists Teams Directory Notifications Gateway)
declare -A REST_PORT=([Identity]=5401 [Agreements]=5201 [Lists]=5101 [Teams]=5301 [Directory]=5501 [Notifications]=5601 [Gateway]=5001)
declare -A GRPC_PORT=([Identity]="" [Agreements]=5202 [Lists]=5102 [Teams]=5302 [Directory]=5502 [Notifications]=5602 [Gateway]=5002)
readonly AUTHORITY="http://127.0.0.1:${REST_PORT[Identity]}"
readonly AMQP_PORT=5682 MGMT_PORT=15682 NODE_NAME=corridor-local
readonly SMTP_PORT=2525
readonly READY_TIMEOUT="${CORRIDOR_READY_TIMEOUT:-90}"
readonly DEVTOOLS="$ROOT/deploy/local/Corridor.DevTools/bin/$CONFIGURATION/net10.0/Corridor.DevTools.dll"

STARTED_AT=$SECONDS

log() {
  printf '[up %3ds] %s\n' "$((SECONDS - STARTED_AT))" "$*"
}

die() {
  echo "up.sh: $*" >&2
  exit 1
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The executable of a service: services/<S>.Host for a service with a database (it carries the
# migrations projects), services/<S> otherwise (the gateway).
host_name() {
  if [[ -d "$ROOT/services/$1.Host" ]]; then
    echo "$1.Host"
  else
    echo "$1"
  fi
}

service_dll() {
  echo "Corridor.$(host_name "$1").dll"
}

# The pid of the running service started by up.sh, if any (the pid file must name a live
# process whose command line is that service's dll: a recycled pid does not count).
running_pid() {
  local pidfile="$PIDS/$1.pid" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(tr -dc '0-9' <"$pidfile")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$(service_dll "$1")" || return 1
  echo "$pid"
}

install_rabbitmq() {
  if [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]]; then
    return 0
  fi
  ((EUID == 0)) || die "rabbitmq-server is not installed; run as root (or: sudo apt-get install -y rabbitmq-server)"
  log "installing rabbitmq-server (apt-get)"
  # The Debian package would start a system-wide node; only the private node below is wanted.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    created_policy=1
  fi
  local status=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rabbitmq-server
  } || status=$?
  if ((created_policy)); then
    rm -f "$policy"
  fi
  ((status == 0)) || die "apt-get install rabbitmq-server failed ($status)"
}

install_smtp_sink() {
  if "$ROOT/deploy/local/smtp-sink.sh" installed >/dev/null 2>&1; then
    return 0
  fi
  ((EUID == 0)) || die "python3-aiosmtpd (the local SMTP sink) is not installed; run as root (or: sudo apt-get install -y python3-aiosmtpd)"
  log "installing python3-aiosmtpd (apt-get)"
  {
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-aiosmtpd
  } || die "apt-get install python3-aiosmtpd failed ($?)"
}

# dotnet build, retried once when a concurrent build holds a file.
build() {
  local target="$1" output
  if output="$(dotnet build "$target" -c "$CONFIGURATION" -nologo -v q 2>&1)"; then
    return 0
  fi
  if grep -q "being used by another process" <<<"$output"; then
    log "build of ${target#"$ROOT"/} hit a file lock (a concurrent build?); retrying in 20 s"
    sleep 20
    if output="$(dotnet build "$target" -c "$CONFIGURATION" -nologo -v q 2>&1)"; then
      return 0
    fi
  fi
  echo "$output" >&2
  die "build of ${target#"$ROOT"/} failed"
}

# Builds the three services and the dev tools in one parallel build, through a solution filter
# over Corridor.sln (the test projects are not built); one project at a time when the solution
# does not list them all.
build_all() {
  local projects=() svc project
  for svc in "${SERVICES[@]}"; do
    local host
    host="$(host_name "$svc")"
    projects+=("services/$host/Corridor.$host.csproj")
  done
  projects+=("deploy/local/Corridor.DevTools/Corridor.DevTools.csproj")

  local listed=1
  for project in "${projects[@]}"; do
    grep -qF "${project//\//\\}" "$ROOT/Corridor.sln" 2>/dev/null || listed=0
  done
  if ((listed)); then
    local filter="$LOCAL/build.slnf" json=""
    for project in "${projects[@]}"; do
      json+="${json:+,}\"$project\""
    done
    printf '{ "solution": { "path": "../Corridor.sln", "projects": [%s] } }\n' "$json" >"$filter"
    build "$filter"
  else
    for project in "${projects[@]}"; do
      build "$ROOT/$project"
    done
  fi
}

start_service() {
  local svc="$1" pid
  if pid="$(running_pid "$svc")"; then
    log "$svc is already running (pid $pid)"
    return 0
  fi
  local port
  for port in ${REST_PORT[$svc]} ${GRPC_PORT[$svc]}; do
    if port_open "$port"; then
      die "port $port (for $svc) is in use by a process that up.sh did not start"
    fi
  done

  local dir="$ROOT/services/$(host_name "$svc")"
  local dll="bin/$CONFIGURATION/net10.0/$(service_dll "$svc")"
  [[ -f "$dir/$dll" ]] || die "$dir/$dll is missing after the build"
  local logfile="$LOGS/$svc.log"
  begin_service_log "$logfile" "$svc"
  # The working directory is the project directory, so appsettings.json is found; setsid lets
  # the service outlive this shell and keeps it out of the terminal's Ctrl-C.
  (
    cd "$dir"
    export ASPNETCORE_ENVIRONMENT=Development
    export Database__DataDirectory="$DATA"
    export RabbitMq__Uri="$AMQP_URI"
    export Kestrel__Endpoints__Rest__Url="http://127.0.0.1:${REST_PORT[$svc]}"
    if [[ -n "${GRPC_PORT[$svc]}" ]]; then
      export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:${GRPC_PORT[$svc]}"
    fi
    if [[ "$svc" != Identity ]]; then
      # Tokens from Identity only: an empty development key turns that key off.
      export Auth__Authority="$AUTHORITY"
      export Auth__DevelopmentSigningKey=""
    fi
    exec setsid nohup dotnet "$dll" </dev/null >>"$logfile" 2>&1
  ) &
  echo "$!" >"$PIDS/$svc.pid"
  log "$svc started (pid $!, log .local/logs/$svc.log)"
}

fail_service() {
  local svc="$1" reason="$2"
  echo "up.sh: $svc $reason" >&2
  echo "--- last lines of $LOGS/$svc.log ---" >&2
  tail -n 40 "$LOGS/$svc.log" >&2 || true
  # A .local/ database made by another build (e.g. before the migrations were squashed) cannot be migrated.
  if grep -q "UnknownMigrationsException" "$LOGS/$svc.log" 2>/dev/null; then
    echo "up.sh: $svc's database in .local/data was made by another version of the services (its migrations are unknown to this build)." >&2
    echo "       Delete the development databases and start again: bash deploy/local/down.sh --purge && bash deploy/local/up.sh" >&2
  fi
  echo "(stop what was started with: deploy/local/down.sh)" >&2
  exit 1
}

# Waits until each named service answers GET /health/ready with 200.
wait_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT)) svc code
  local pending=("$@")
  while ((${#pending[@]} > 0)); do
    local still=()
    for svc in "${pending[@]}"; do
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:${REST_PORT[$svc]}/health/ready" || true)"
      if [[ "$code" == 200 ]]; then
        log "$svc is ready"
      elif ! kill -0 "$(tr -dc '0-9' <"$PIDS/$svc.pid")" 2>/dev/null; then
        fail_service "$svc" "exited before it was ready"
      else
        still+=("$svc")
      fi
    done
    pending=("${still[@]}")
    if ((${#pending[@]} > 0)); then
      if ((SECONDS >= deadline)); then
        svc="${pending[0]}"
        local body
        body="$(curl -s --max-time 3 "http://127.0.0.1:${REST_PORT[$svc]}/health/ready" || true)"
        fail_service "$svc" "was not ready within ${READY_TIMEOUT}s (last /health/ready answer: ${body:-none})"
      fi
      sleep 0.5
    fi
  done
}

command -v dotnet >/dev/null || die "dotnet (the .NET 10 SDK) is not on PATH"
command -v curl >/dev/null || die "curl is not installed"
mkdir -p "$PIDS" "$LOGS" "$DATA"

install_rabbitmq
log "starting RabbitMQ (node $NODE_NAME, AMQP $AMQP_PORT, management $MGMT_PORT)"
# stdin from /dev/null: rabbitmq.sh runs rabbitmqctl under timeout(1), in a background process
# group, which a terminal on stdin would stop (SIGTTIN) until the readiness wait times out.
AMQP_URI="$("$ROOT/deploy/local/rabbitmq.sh" start "$LOCAL/rabbitmq" "$AMQP_PORT" "$MGMT_PORT" "$NODE_NAME" </dev/null | tail -n 1)"
readonly AMQP_URI
log "RabbitMQ is ready at $AMQP_URI"

install_smtp_sink
"$ROOT/deploy/local/smtp-sink.sh" start "$LOCAL/smtp" "$SMTP_PORT" </dev/null >/dev/null
log "SMTP sink is ready at 127.0.0.1:$SMTP_PORT"

# A build must not overwrite the files of a running service: with any of them running, the
# existing build output is used (run down.sh first to pick up code changes).
any_running=0
for svc in "${SERVICES[@]}"; do
  if running_pid "$svc" >/dev/null; then
    any_running=1
  fi
done
if ((any_running)) && [[ -f "$DEVTOOLS" ]]; then
  log "services are already running: not rebuilding (run deploy/local/down.sh first to pick up code changes)"
else
  log "building ($CONFIGURATION)"
  build_all
  log "built"
fi

start_service Identity
wait_ready Identity
for svc in "${SERVICES[@]:1}"; do
  start_service "$svc"
done
wait_ready "${SERVICES[@]:1}"

urls=(--agreements "http://127.0.0.1:${REST_PORT[Agreements]}" --lists "http://127.0.0.1:${REST_PORT[Lists]}" --teams "http://127.0.0.1:${REST_PORT[Teams]}" --identity "$AUTHORITY")
log "loading the demo data (tokens from Identity at $AUTHORITY)"
dotnet "$DEVTOOLS" seed "${urls[@]}"
echo
dotnet "$DEVTOOLS" endpoints "${urls[@]}" --gateway "http://127.0.0.1:${REST_PORT[Gateway]}"
echo
log "gateway (one entry point, per-client rate limits): REST http://127.0.0.1:${REST_PORT[Gateway]}/api/v1/…, gRPC h2c http://127.0.0.1:${GRPC_PORT[Gateway]}, whole API at http://127.0.0.1:${REST_PORT[Gateway]}/openapi/v1.json"
log "directory (member regions, organs, contacts): REST http://127.0.0.1:${REST_PORT[Directory]}/api/v1/regions/members, /api/v1/organs, gRPC h2c http://127.0.0.1:${GRPC_PORT[Directory]}"
log "notifications (each person's inbox): REST http://127.0.0.1:${REST_PORT[Notifications]}/api/v1/notifications (live: /api/v1/notifications/stream, server-sent events), gRPC h2c http://127.0.0.1:${GRPC_PORT[Notifications]}"
log "Mail: .local/smtp/maildir (SMTP 127.0.0.1:$SMTP_PORT)"
log "RabbitMQ management: http://127.0.0.1:$MGMT_PORT/ (guest/guest); stop everything with deploy/local/down.sh"
log "total time: $((SECONDS - STARTED_AT)) s"
