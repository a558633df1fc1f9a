#!/usr/bin/env bash
# Embedding throughput: ai-service's batch path vs the raw in-process model, short and ~300-token texts.
# Needs PostgreSQL (./suite db) and ../shared/data (SHARED_DATA); skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl ai-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=EmbeddingThroughputBench \
  | grep -E -A4 '^texts|Tests run:|SKIPPED|skipped' || true
