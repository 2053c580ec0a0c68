#!/usr/bin/env bash
# The one build-and-test command (README and CI): restore, build with warnings as errors,
# start a local ClickHouse for the integration tests, run every test, stop what it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

scripts/ensure-clickhouse.sh
dotnet restore qtickets.slnx --nologo
dotnet build qtickets.slnx -c Release --no-restore --nologo -warnaserror

state_dir="$root/.local/test-clickhouse"
export QTICKETS_TEST_CLICKHOUSE_ENV="$state_dir.env"
stop_clickhouse() { ./qtickets clickhouse stop --state-dir "$state_dir" >/dev/null 2>&1 || true; }
trap stop_clickhouse EXIT
./qtickets clickhouse start --state-dir "$state_dir"

dotnet test qtickets.slnx -c Release --no-build --nologo "$@"
