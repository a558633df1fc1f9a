#!/usr/bin/env bash
# Imports the real LinkedIn 2018 / Glassdoor 2019 CSVs (../shared/data/jobs) into matching-service's test
# database and prints rows, new, rejected and timings (first import vs. idempotent re-import).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
cd "$ROOT"
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=RealJobsImportBench \
  -Dsurefire.failIfNoSpecifiedTests=false
