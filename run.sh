#!/usr/bin/env bash
# Runs Jixiao's main job: the server on http://127.0.0.1:5080 (override with --urls URL) with the demo organisation,
# on an embedded SQLite file (jixiao.db in this folder). The database and the master key file are created on first run.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/Jixiao.Web --nologo -v q -clp:ErrorsOnly
exec dotnet src/Jixiao.Web/bin/Debug/net10.0/Jixiao.Web.dll --demo "$@"
