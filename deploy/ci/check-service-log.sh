#!/usr/bin/env bash
# Checks deploy/local/service-log.sh (used by up.sh): restarting a service keeps the log of the process before
# it as <service>.log.1 instead of truncating it, and the new log starts with a UTC start marker. Run by .ci/run.
set -euo pipefail
readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
# shellcheck source=deploy/local/service-log.sh
source "$ROOT/deploy/local/service-log.sh"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail() { echo "check-service-log.sh: $*" >&2; exit 1; }

grep -q 'begin_service_log "$logfile" "$svc"' "$ROOT/deploy/local/up.sh" || fail "up.sh must start each service's log with begin_service_log"

log="$dir/Lists.log"
begin_service_log "$log" Lists
[[ ! -e "$log.1" ]] || fail "a first start must not make a .1"
printf 'Unhandled exception. System.InvalidOperationException: the crash\n' >>"$log"

begin_service_log "$log" Lists
grep -q 'the crash' "$log.1" || fail "the crashed process's log was not kept as Lists.log.1"
grep -q 'started by up.sh' "$log.1" || fail "Lists.log.1 lost its start marker"
[[ "$(wc -l <"$log")" == 1 ]] || fail "the new log must hold only its start marker"
grep -qE '^=== [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z: Lists started by up.sh' "$log" || fail "no UTC start marker: $(cat "$log")"
grep -q 'the crash' "$log" && fail "the new log must not repeat the old one"
echo "check-service-log.sh: a restart keeps the previous log as <service>.log.1"
