#!/usr/bin/env bash
# docker-compose.yml runs this in the rabbitmq:3.13-management image before the image's own
# entrypoint: it fills the user and password from RABBITMQ_USER / RABBITMQ_PASSWORD into the
# definitions template (RabbitMQ's definitions file cannot read the environment) and then starts
# the broker, which imports the definitions at boot (load_definitions in 20-corridor.conf).
set -euo pipefail

: "${RABBITMQ_USER:?set RABBITMQ_USER (see .env.example)}"
: "${RABBITMQ_PASSWORD:?set RABBITMQ_PASSWORD (see .env.example)}"

# JSON string escaping of the two values (backslash first, then the double quote).
json_escape() {
  local value="${1//\\/\\\\}"
  printf '%s' "${value//\"/\\\"}"
}

template="$(</etc/rabbitmq/corridor-definitions.template.json)"
user="$(json_escape "$RABBITMQ_USER")"
password="$(json_escape "$RABBITMQ_PASSWORD")"
# Quoted replacements: bash 5.2's patsub_replacement would otherwise expand "&" in them.
rendered="${template//__RABBITMQ_USER__/"$user"}"
rendered="${rendered//__RABBITMQ_PASSWORD__/"$password"}"

target=/var/lib/rabbitmq/corridor-definitions.json
umask 077
printf '%s\n' "$rendered" >"$target"
chown rabbitmq:rabbitmq "$target" 2>/dev/null || true

exec docker-entrypoint.sh rabbitmq-server
