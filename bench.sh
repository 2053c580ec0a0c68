#!/usr/bin/env bash
# The benchmark of the performance goals (docs/performance.md), separate from the tests: builds in Release,
# starts a local ClickHouse (.local/bench-clickhouse, stopped at the end) and the QTickets simulator, runs the loader as a child
# process per scenario and prints a table (wall time, orders/s, peak RSS, ClickHouse insert rate,
# concurrency 4 vs 1). See docs/performance.md.
#
#   ./bench.sh [--orders N] [--latency-ms L] [--quick] [--scenarios a,b,c,d] [--rss-orders N]
#   ./bench.sh --hot-paths [--hot-path-orders N]     # stopwatch timings of the per-order hot paths
#   ./bench.sh --micro [BenchmarkDotNet arguments]   # the same hot paths under BenchmarkDotNet
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "bench: the .NET SDK (dotnet) is not on PATH; install .NET 10 first." >&2
  exit 2
fi

build() {
  dotnet build "$1" -c Release -o "$2" --nologo -v quiet -tl:off -clp:"ErrorsOnly;NoSummary" >&2
}

echo "bench: publishing the loader as the Dockerfile does, building the benchmark (Release)..." >&2
# The loader measured is the one that ships: the output of the Dockerfile's publish command.
scripts/publish.sh .build/bench/cli >&2
build bench/Qtickets.Benchmarks/Qtickets.Benchmarks.csproj .build/bench/app

exec dotnet .build/bench/app/qtickets-bench.dll --cli "$root/.build/bench/cli/qtickets.dll" "$@"
