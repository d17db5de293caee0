#!/usr/bin/env bash
# The test command: builds the solution and runs every test against real infrastructure.
# RabbitMQ: CORRIDOR_RABBITMQ_URI when set; otherwise one private node (from Debian's
# rabbitmq-server, installed here when missing and running as root) shared by the whole run
# and stopped at the end. SQLite: a fresh file per test. SQL Server / Docker-only tests
# report themselves as skipped, with the reason, when no engine answers. With CI=true (.ci/run) a test
# that needs RabbitMQ fails instead of skipping when no broker can be had.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$(date +%s)

if ! bash deploy/local/rabbitmq.sh installed >/dev/null 2>&1; then
  if [[ $EUID -eq 0 ]]; then
    echo "== installing rabbitmq-server (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  elif [[ "${CI:-}" == true && -z "${CORRIDOR_RABBITMQ_URI:-}" ]]; then
    echo "rabbitmq-server is not installed and CORRIDOR_RABBITMQ_URI is not set: in CI the RabbitMQ tests must run, not skip" >&2
    exit 1
  else
    echo "rabbitmq-server is not installed; RabbitMQ tests will be skipped (run as root to install it)" >&2
  fi
fi

if [[ -z "${CORRIDOR_RABBITMQ_URI:-}" ]] && bash deploy/local/rabbitmq.sh installed >/dev/null 2>&1; then
  node_dir="$ROOT/.local/test-rabbitmq"
  echo "== starting a private RabbitMQ node for the test run"
  # The node stops itself if this script dies without reaching its trap.
  CORRIDOR_RABBITMQ_OWNER_PID=$$ RABBITMQ_SH_START_TIMEOUT=180 bash deploy/local/rabbitmq.sh start "$node_dir" 5692 15692 corridor-tests >/dev/null
  trap 'bash deploy/local/rabbitmq.sh stop "$node_dir" >/dev/null 2>&1 || true' EXIT
  export CORRIDOR_RABBITMQ_URI="amqp://guest:guest@127.0.0.1:5692/"
  export CORRIDOR_RABBITMQ_MANAGEMENT_URI="http://guest:guest@127.0.0.1:15692/"
fi

echo "== building"
dotnet build Corridor.sln -c Release -nologo -clp:ErrorsOnly

echo "== testing"
log="$ROOT/.local/test-output.log"
mkdir -p "$ROOT/.local"
set +e
dotnet test Corridor.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# In CI no test may skip for want of a broker (the test kit fails them there; this names any that slipped through).
readonly broker_skip='No RabbitMQ broker for integration tests|Cannot start a private RabbitMQ node'
if [[ "${CI:-}" == true ]] && grep -qE "$broker_skip" "$log"; then
  echo "CI: tests that need RabbitMQ were skipped:" >&2
  grep -B1 -E "$broker_skip" "$log" >&2
  status=1
fi

# The benchmark's smoke run (issue 16): every path with tiny counts against the services as processes and the
# broker the tests used. It keeps the benchmark working and asserts no speed.
if [[ -n "${CORRIDOR_RABBITMQ_URI:-}" ]]; then
  echo "== benchmark smoke"
  bench_started=$(date +%s)
  if ! dotnet run -c Release --project tests/Corridor.Benchmarks --no-build -- smoke >"$ROOT/.local/bench-smoke.log" 2>&1; then
    tail -n 40 "$ROOT/.local/bench-smoke.log" >&2
    echo "the benchmark smoke run failed (log: .local/bench-smoke.log)" >&2
    status=1
  fi
  echo "benchmark smoke took $(( $(date +%s) - bench_started )) s"
fi

# The micro benchmarks' smoke run (issue 16): every BenchmarkDotNet benchmark once, in process (Dry job), failing on a
# benchmark that throws or measures nothing; it asserts no speed (docs/operations/micro-benchmarks.md).
echo "== micro benchmark smoke"
micro_started=$(date +%s)
if ! dotnet run -c Release --project tests/Corridor.MicroBenchmarks --no-build -- --filter '*' --job Dry >"$ROOT/.local/micro-smoke.log" 2>&1; then
  tail -n 40 "$ROOT/.local/micro-smoke.log" >&2
  echo "the micro benchmark smoke run failed (log: .local/micro-smoke.log)" >&2
  status=1
fi
echo "micro benchmark smoke took $(( $(date +%s) - micro_started )) s"

# Every command's help renders (a description is Spectre markup: a stray [ once made --help throw).
bench_dll="$ROOT/tests/Corridor.Benchmarks/bin/Release/net10.0/Corridor.Benchmarks.dll"
bench_commands=$(dotnet "$bench_dll" --help | awk '/^COMMANDS:/ { listing = 1; next } listing && NF { print $1 }')
for command in "" $bench_commands; do
  if ! dotnet "$bench_dll" $command --help >/dev/null 2>"$ROOT/.local/bench-help.log"; then
    tail -n 5 "$ROOT/.local/bench-help.log" >&2
    echo "the benchmark's help for '${command:-(root)}' failed" >&2
    status=1
  fi
done

# One closing line for the whole run, summed over the test assemblies.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
echo "test command took $(( $(date +%s) - started )) s"
exit "$status"
