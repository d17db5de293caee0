#!/usr/bin/env bash
# Checks of the deployment files that run without a Docker engine or a cluster (CI runs it from
# .ci/run; run it by hand from anywhere: bash deploy/ci/validate.sh). Fails on the first problem.
#
#   1. docker-compose.yml: `docker-compose config -q` with .env.example (Debian's docker-compose,
#      installed with apt when missing): the file parses, matches the Compose schema, every variable
#      is set and every anchor/merge resolves; every service defaults to Production and connects to SQL
#      Server with its own login (deploy/sqlserver/create-logins.sh), not sa. The rendered RabbitMQ
#      definitions template is checked too.
#   2. deploy/k8s: `kubectl kustomize` of every overlay, then deploy/ci/validate-k8s.mjs on the
#      output: each object against the Kubernetes OpenAPI schema (npm kubernetes-models), plus the
#      wiring between objects (selectors, probe ports, ConfigMap/Secret references, probes, limits,
#      security context), and deploy/ci/k8s-unknown-fields.py: no field that the API types do not
#      define (Debian's python3-kubernetes models; the JSON schemas allow unknown fields).
#   3. Migrations of Identity, Lists, Agreements, Teams, Directory and Notifications (services/<S>.Migrations/{Sqlite,SqlServer}):
#      `dotnet ef migrations has-pending-model-changes` for both contexts (Sqlite*, SqlServer*), and
#      `dotnet ef migrations script --idempotent` for the SQL Server context into .local/migrations/<service>.sql.
#
# CORRIDOR_VALIDATE_SKIP_EF=1 skips part 3 (e.g. while iterating on the manifests).
set -euo pipefail

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
readonly OUT="$ROOT/.local/ci-validate"
readonly TOOLS="$ROOT/.local/ci-tools/k8s"
readonly KUBERNETES_MODELS_VERSION=5.1.0 YAML_VERSION=2.6.1
readonly SERVICES_WITH_DATABASE=(Identity Lists Agreements Teams Directory Notifications)
cd "$ROOT"
mkdir -p "$OUT"
started=$SECONDS

step() {
  printf '== [validate %3ds] %s\n' "$((SECONDS - started))" "$*"
}

die() {
  echo "validate.sh: $*" >&2
  exit 1
}

apt_install() {
  ((EUID == 0)) || die "$1 is missing; install it (apt-get install -y $2) or run as root"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086 # $2 may name several packages
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $2 >/dev/null
}

# --- 1. compose -------------------------------------------------------------------------------
step "docker-compose config (docker-compose.yml with .env.example)"
command -v docker-compose >/dev/null || apt_install docker-compose docker-compose
docker-compose -f docker-compose.yml --env-file .env.example config -q
docker-compose -f docker-compose.yml --env-file .env.example config >"$OUT/compose.yml"
for service in sqlserver rabbitmq jaeger identity lists agreements teams directory notifications gateway; do
  grep -q "^  $service:" "$OUT/compose.yml" || die "docker-compose.yml has no service $service"
done
grep -q '^\.env$' .gitignore || die ".gitignore must list .env"

step "compose defaults: Production unless asked, no service connects to SQL Server as sa"
# Rendered without CORRIDOR_ENVIRONMENT: what a fresh .env without that line gets.
grep -v '^CORRIDOR_ENVIRONMENT=' .env.example >"$OUT/env-without-environment"
docker-compose -f docker-compose.yml --env-file "$OUT/env-without-environment" config >"$OUT/compose-default.yml"
/usr/bin/python3 -c 'import yaml' 2>/dev/null || apt_install "python3-yaml (compose defaults check)" python3-yaml
/usr/bin/python3 - "$OUT/compose.yml" "$OUT/compose-default.yml" <<'PY' || die "docker-compose.yml: see above"
import re, sys, yaml
failures = []
for path in sys.argv[1:]:
    services = yaml.safe_load(open(path))["services"]
    for name, service in services.items():
        env = service.get("environment") or {}
        if "ASPNETCORE_ENVIRONMENT" in env and env["ASPNETCORE_ENVIRONMENT"] != "Production":
            failures.append(f"{path}: {name} runs as {env['ASPNETCORE_ENVIRONMENT']}, not Production (demo clients only when asked)")
        connection = env.get("Database__ConnectionString")
        if connection is not None and not re.search(rf"Database=corridor_{name};User Id=corridor_{name};", connection):
            failures.append(f"{path}: {name} must connect to corridor_{name} as its own login corridor_{name}, not: {re.sub('Password=[^;]*', 'Password=***', connection)}")
    if sum("Database__ConnectionString" in (s.get("environment") or {}) for s in services.values()) != 6:
        failures.append(f"{path}: expected six services with a database")
if failures:
    print("\n".join(failures), file=sys.stderr)
sys.exit(1 if failures else 0)
PY
grep -q 'for service in identity lists agreements teams directory notifications' deploy/sqlserver/create-logins.sh || die "deploy/sqlserver/create-logins.sh must create the six services' logins"
bash -n deploy/sqlserver/create-logins.sh

step "RabbitMQ definitions (deploy/rabbitmq): template renders to valid JSON"
rendered="$OUT/rabbitmq-definitions.json"
sed -e "s|/etc/rabbitmq/corridor-definitions.template.json|$ROOT/deploy/rabbitmq/definitions.json|" \
    -e "s|/var/lib/rabbitmq/corridor-definitions.json|$rendered|" \
    -e 's|^exec docker-entrypoint.sh .*|exit 0|' deploy/rabbitmq/entrypoint.sh >"$OUT/rabbitmq-render.sh"
RABBITMQ_USER='ci"user' RABBITMQ_PASSWORD='p&ss\word' bash "$OUT/rabbitmq-render.sh"
node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const vhost = d.vhosts.find((v) => v.name === "corridor");
  const fail = (m) => { console.error("definitions.json: " + m); process.exit(1); };
  if (!vhost || vhost.default_queue_type !== "quorum") fail("vhost corridor must have default_queue_type quorum");
  if (d.users[0].name !== "ci\"user" || d.users[0].password !== "p&ss\\word") fail("user/password were not substituted exactly");
  const dl = d.policies.find((p) => p.vhost === "corridor" && p.definition["dead-letter-exchange"]);
  if (!dl || !d.exchanges.some((e) => e.name === dl.definition["dead-letter-exchange"])) fail("no dead-letter policy to a defined exchange");
' "$rendered"

# --- 2. Kubernetes ----------------------------------------------------------------------------
step "Kubernetes: kustomize build of each overlay and schema validation"
command -v kubectl >/dev/null || apt_install kubectl kubectl  # its built-in kustomize renders deploy/k8s
command -v node >/dev/null || die "node is missing (the Kubernetes schema validator runs on it)"
if [[ ! -f "$TOOLS/node_modules/kubernetes-models/package.json" || ! -f "$TOOLS/node_modules/yaml/package.json" ]] ||
   ! grep -q "\"version\": \"$KUBERNETES_MODELS_VERSION\"" "$TOOLS/node_modules/kubernetes-models/package.json"; then
  mkdir -p "$TOOLS"
  [[ -f "$TOOLS/package.json" ]] || echo '{ "private": true }' >"$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund --silent "kubernetes-models@$KUBERNETES_MODELS_VERSION" "yaml@$YAML_VERSION")
fi
/usr/bin/python3 -c 'import kubernetes, yaml' 2>/dev/null || apt_install "python3-kubernetes (unknown-field check)" "python3-kubernetes python3-yaml"
# ES modules resolve packages next to the script, so the validator runs from the tools folder.
cp deploy/ci/validate-k8s.mjs "$TOOLS/validate-k8s.mjs"
overlays=(deploy/k8s/overlays/*/)
((${#overlays[@]} > 0)) || die "no overlays under deploy/k8s/overlays"
for overlay in "${overlays[@]}"; do
  name="$(basename "$overlay")"
  kubectl kustomize "$overlay" >"$OUT/k8s-$name.yaml"
  printf '   %-12s ' "$name"
  node "$TOOLS/validate-k8s.mjs" "$OUT/k8s-$name.yaml" deploy/k8s/base/secret.example.yaml
  printf '   %-12s ' "$name"
  /usr/bin/python3 deploy/ci/k8s-unknown-fields.py "$OUT/k8s-$name.yaml"
done

# --- 3. SQL Server migrations -----------------------------------------------------------------
if [[ "${CORRIDOR_VALIDATE_SKIP_EF:-0}" == 1 ]]; then
  step "EF migrations skipped (CORRIDOR_VALIDATE_SKIP_EF=1)"
else
  dotnet tool restore >/dev/null
  mkdir -p .local/migrations
  for service in "${SERVICES_WITH_DATABASE[@]}"; do
    # The host builds the service and both migrations projects; each migrations project is its own
    # startup project for dotnet ef (its design-time factory makes the context).
    host="services/$service.Host/Corridor.$service.Host.csproj"
    step "$service: build (Release), pending model changes (Sqlite, SqlServer), idempotent SQL Server script"
    dotnet build "$host" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || dotnet build "$host" -c Release -nologo -clp:ErrorsOnly
    for provider in Sqlite SqlServer; do
      project="services/$service.Migrations/$provider/Corridor.$service.Migrations.$provider.csproj"
      context="$provider${service}DbContext"
      if ! output="$(dotnet ef migrations has-pending-model-changes --project "$project" --context "$context" --configuration Release --no-build 2>&1)"; then
        echo "$output" >&2
        die "$service: $context has model changes without a migration (add one for both providers: dotnet ef migrations add <Name> --project services/$service.Migrations/<Provider>/Corridor.$service.Migrations.<Provider>.csproj --context <Provider>${service}DbContext)"
      fi
    done
    script=".local/migrations/$service.sql"
    dotnet ef migrations script --idempotent --project "services/$service.Migrations/SqlServer/Corridor.$service.Migrations.SqlServer.csproj" \
      --context "SqlServer${service}DbContext" --configuration Release --no-build --output "$script" >/dev/null
    grep -q "__EFMigrationsHistory" "$script" || die "$script does not look like an EF migration script"
    printf '   %s: %s migrations in the script (%s lines)\n' "$service" \
      "$(grep -c "INSERT INTO \[__EFMigrationsHistory\]" "$script")" "$(wc -l <"$script")"
  done
fi

step "all deployment checks passed"
