#!/usr/bin/env bash
# The test command: starts what the tests need (test/components.sh: a one-node Slurm cluster, chromium and PostgreSQL,
# from Debian's packages), then runs `dotnet test` with any arguments given. .ci/run calls this same script.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=test/components.sh
source test/components.sh
westphalia_slurm_up
westphalia_chromium_up
westphalia_postgres_up
# A test still running after ten minutes is taken as hung (the longest takes about half a minute): the blame collector
# stops its test host and names it, so a hang fails the run at once instead of holding it until CI's time runs out.
dotnet test --blame-hang-timeout 10m --blame-hang-dump-type none "$@"
