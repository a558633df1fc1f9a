#!/usr/bin/env bash
# Latency of "top 20 matches for a resume" on BENCH_JOBS (default 100,000) jobs built from the shared postings:
# p50/p95 of the service path (filtered HNSW with iterative scan + profile load + scoring) beside the raw pgvector
# KNN query (the floor) and an exact scan, and recall@20 of the filtered retrieval against exact search.
# Needs PostgreSQL (./suite db); writes into the test database (TEST_DB_NAME); skips cleanly without the data.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
# As in production, the catalogue's embedding centre is computed once and reused (tests recompute it on each use).
export _TEST_JOBMATCH_RANKING_RETRIEVAL_CENTRE_MAX_AGE=PT1H
# A fixed, pre-touched heap, as a service in a container with a memory limit runs: otherwise the kernel zeroing the
# pages of a still-growing heap is counted as query time (seen with async-profiler as clear_page_erms).
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=MatchLatencyBench \
  "-DargLine=-Xms2g -Xmx2g -XX:+AlwaysPreTouch" \
  | grep -E -A18 'centre stored|loaded [0-9]+ jobs|Tests run:|skipped' || true
