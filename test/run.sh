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
dotnet test "$@"
