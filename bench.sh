#!/usr/bin/env bash
# The benchmark, separate from the tests: builds in Release, starts a local ClickHouse
# (.local/bench-clickhouse, stopped at the end) and the QTickets simulator, runs the loader as a child
# process per scenario and prints a table (wall time, orders/s, peak RSS, ClickHouse insert rate,
# concurrency 4 vs 1). See docs/performance.md.
#
#   ./bench.sh [--orders N] [--latency-ms L] [--quick] [--scenarios a,b,c,d] [--rss-orders N]
#   ./bench.sh --hot-paths [--hot-path-orders N]     # stopwatch timings of the per-order hot paths
#   ./bench.sh --micro [BenchmarkDotNet arguments]   # the same hot paths under BenchmarkDotNet
#   ./bench.sh --webhooks [--webhook-rate N] [--webhook-seconds S] [--orders N]  # API call to the daily facts through `listen`
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

echo "bench: building the command-line program and the benchmark (Release)..." >&2
build src/Qtickets.Cli/Qtickets.Cli.csproj .build/bench/cli
build bench/Qtickets.Benchmarks/Qtickets.Benchmarks.csproj .build/bench/app

exec dotnet .build/bench/app/qtickets-bench.dll --cli "$root/.build/bench/cli/qtickets.dll" "$@"
