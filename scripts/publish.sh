#!/usr/bin/env bash
# The one publish command: used by deploy/Dockerfile, by `verify`'s build step, by ./bench.sh and by the test that
# proves it works here. ReadyToRun (ahead-of-time code for this machine's runtime, still framework-dependent) saves
# the JIT's start-up work on every run: about 0.3 s of CPU per loader run and a third of `--help` (docs/performance.md).
set -euo pipefail
out="${1:?usage: scripts/publish.sh OUTPUT_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet publish "$root/src/Qtickets.Cli/Qtickets.Cli.csproj" -c Release -o "$out" --nologo -v quiet -p:UseAppHost=false \
  --use-current-runtime --self-contained false -p:PublishReadyToRun=true
