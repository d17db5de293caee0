#!/usr/bin/env bash
# Builds every Corridor image from deploy/docker/Dockerfile (needs a Docker engine):
#
#   bash deploy/docker/build.sh                 # corridor/<service>:latest and corridor/<service>-migrator:latest
#   IMAGE_PREFIX=registry.example.org/corridor TAG=1.4.0 bash deploy/docker/build.sh
#   PUSH=1 IMAGE_PREFIX=… TAG=… bash deploy/docker/build.sh   # also docker push each image
#
# Images: identity, lists, agreements, teams, directory, notifications, gateway (the services) and identity-migrator,
# lists-migrator, agreements-migrator, teams-migrator, directory-migrator, notifications-migrator (EF Core migration
# bundles for SQL Server; the gateway has no database). deploy/k8s expects these names.
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
readonly PREFIX="${IMAGE_PREFIX:-corridor}"
readonly TAG="${TAG:-latest}"
readonly DOCKERFILE="$ROOT/deploy/docker/Dockerfile"

# service → image target; the migrator target is built for each service with a database.
declare -A TARGET=([Identity]=rest-service [Lists]=grpc-service [Agreements]=grpc-service [Teams]=grpc-service [Directory]=grpc-service [Notifications]=grpc-service [Gateway]=grpc-service)
readonly ORDER=(Identity Lists Agreements Teams Directory Notifications Gateway)
readonly WITH_DATABASE=(Identity Lists Agreements Teams Directory Notifications)

built=()
image() {
  local service="$1" target="$2" name="$3"
  echo "== $name ($service, target $target)"
  docker build --file "$DOCKERFILE" --build-arg "SERVICE=$service" --target "$target" --tag "$name" "$ROOT"
  built+=("$name")
}

for service in "${ORDER[@]}"; do
  image "$service" "${TARGET[$service]}" "$PREFIX/${service,,}:$TAG"
done
for service in "${WITH_DATABASE[@]}"; do
  image "$service" migrator "$PREFIX/${service,,}-migrator:$TAG"
done

if [[ "${PUSH:-0}" == 1 ]]; then
  for name in "${built[@]}"; do
    docker push "$name"
  done
fi
printf 'built:\n'
printf '  %s\n' "${built[@]}"
