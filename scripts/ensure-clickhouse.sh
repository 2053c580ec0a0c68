#!/usr/bin/env bash
# Installs Debian's clickhouse-server when it is missing (a fresh machine has nothing).
set -euo pipefail
if command -v clickhouse-server >/dev/null 2>&1 || [ -x /usr/bin/clickhouse ]; then
  exit 0
fi
echo "installing Debian's clickhouse-server and clickhouse-client..." >&2
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null
