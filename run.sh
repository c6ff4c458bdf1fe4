#!/usr/bin/env bash
# Runs Jixiao's main job. Until the server exists: check the sample form and print every finding.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/Jixiao.Cli --nologo -v q -clp:ErrorsOnly
exec dotnet src/Jixiao.Cli/bin/Debug/net10.0/jixiao.dll check samples/nanchang-2022-big-data-fund.txt "$@"
