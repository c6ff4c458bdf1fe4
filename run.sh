#!/usr/bin/env bash
# Runs Jixiao's main job: the server on http://127.0.0.1:5080 (override with --urls URL) with the demo organisation,
# on an embedded SQLite file (jixiao.db in this folder). The database and the master key file are created on first run.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
# PDF export needs the Chinese font; the server runs without it, so a failed install is a warning, not a stop
apt_install fonts-wqy-microhei || echo "warning: could not install fonts-wqy-microhei; PDF export will answer an error until it is installed" >&2
dotnet build src/Jixiao.Web --nologo -v q -clp:ErrorsOnly
exec dotnet src/Jixiao.Web/bin/Debug/net10.0/Jixiao.Web.dll --demo "$@"
