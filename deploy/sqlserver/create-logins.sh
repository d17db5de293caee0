#!/usr/bin/env bash
# Creates, as sa, each service's database and its own SQL login (deploy/sqlserver/service-login.sql), so that
# no service connects as sa. docker-compose.yml runs it once in the sqlserver-init service before the services
# start; against another server: MSSQL_HOST=host MSSQL_SA_PASSWORD=… CORRIDOR_<SERVICE>_DB_PASSWORD=… bash create-logins.sh
#
#   service        database                 login
#   identity       corridor_identity        corridor_identity      (password CORRIDOR_IDENTITY_DB_PASSWORD)
#   lists          corridor_lists           corridor_lists         (CORRIDOR_LISTS_DB_PASSWORD)
#   agreements     corridor_agreements      corridor_agreements    (CORRIDOR_AGREEMENTS_DB_PASSWORD)
#   teams          corridor_teams           corridor_teams         (CORRIDOR_TEAMS_DB_PASSWORD)
#   directory      corridor_directory       corridor_directory     (CORRIDOR_DIRECTORY_DB_PASSWORD)
#   notifications  corridor_notifications   corridor_notifications (CORRIDOR_NOTIFICATIONS_DB_PASSWORD)
set -euo pipefail

readonly HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SQLCMD="${SQLCMD:-/opt/mssql-tools18/bin/sqlcmd}"
readonly HOST="${MSSQL_HOST:-sqlserver}"
: "${MSSQL_SA_PASSWORD:?MSSQL_SA_PASSWORD is required}"

for service in identity lists agreements teams directory notifications; do
  variable="CORRIDOR_${service^^}_DB_PASSWORD"
  password="${!variable:-}"
  [[ -n "$password" ]] || { echo "create-logins.sh: $variable is required" >&2; exit 1; }
  [[ "$password" != *"'"* && "$password" != *"]"* ]] || { echo "create-logins.sh: $variable must not contain ' or ]" >&2; exit 1; }
  # Passwords reach sqlcmd through its environment, not its command line: SQLCMDPASSWORD for sa, and the
  # login's as the scripting variable $(Password) (sqlcmd reads environment variables as scripting variables).
  SQLCMDPASSWORD="$MSSQL_SA_PASSWORD" Password="$password" "$SQLCMD" -C -b -S "$HOST" -U sa -i "$HERE/service-login.sql" \
    -v Database="corridor_$service" Login="corridor_$service"
  echo "create-logins.sh: corridor_$service (database and login) ready"
done
