# Sourced by up.sh: the log file of a service it (re)starts. The previous log is kept as <service>.log.1
# (one generation), so the output of a process that crashed survives the restart that follows it.
#
#   begin_service_log <log file> <service>   # rotates, then writes the start marker
begin_service_log() {
  local logfile="$1" svc="$2"
  if [[ -s "$logfile" ]]; then
    mv -f "$logfile" "$logfile.1"
  fi
  printf '=== %s: %s started by up.sh (previous log: %s.1)\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$svc" "$(basename "$logfile")" >"$logfile"
}
