#!/usr/bin/env bash
# The one publish command: used by deploy/Dockerfile and by the test that proves it works here.
set -euo pipefail
out="${1:?usage: scripts/publish.sh OUTPUT_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet publish "$root/src/Qtickets.Cli/Qtickets.Cli.csproj" -c Release -o "$out" --nologo -v quiet -p:UseAppHost=false
