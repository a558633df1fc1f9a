#!/usr/bin/env bash
# Match quality on ../shared/data/fit-pairs (4,500 labelled resume-job pairs): AUC (Good vs No), mean per-resume NDCG
# and 3-class macro-F1 of matching-service's own scorer, beside keyword overlap and plain embedding cosine computed in
# the same run. Profiles come from the pairs' text (taxonomy look-up); semantic similarity goes the service's way
# (statement centroids from in-process all-MiniLM-L6-v2-q, measured from the catalogue's centre). Embeddings are
# cached in matching-service/target/fit-eval-embeddings.bin, so a re-run after a scoring change takes seconds.
# Needs PostgreSQL (./suite db); skips cleanly without the data. TEST_DB_NAME picks the database (default: the test one).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=FitEvaluationBench \
  | grep -E -A24 'fit-pairs:|Tests run:|skipped' || true
