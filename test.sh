#!/usr/bin/env bash
# Runs every test of Jixiao, as a new user or CI would: installs and starts what the tests need when it is missing,
# builds, runs all test projects and ends with one line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

ensure_dotnet_tools
apt_install fonts-wqy-microhei poppler-utils   # the PDF's Chinese font; pdftotext/pdffonts/pdftoppm read PDFs back
apt_install chromium fonts-noto-cjk            # the browser tests' Chromium (Playwright drives /usr/bin/chromium); CJK glyphs in screenshots
start_test_postgres       # exports JIXIAO_TEST_POSTGRES (a private cluster on loopback)

mkdir -p test-output
log=test-output/test.log
dotnet restore Jixiao.slnx --nologo -v q
dotnet build Jixiao.slnx --no-restore --nologo -v q -clp:ErrorsOnly
set +e
dotnet test Jixiao.slnx --no-build --nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f+=$2; p+=$4; s+=$6; n++ }
  END { if (n == 0) { print "no test summary found"; exit 1 } printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$rc"
