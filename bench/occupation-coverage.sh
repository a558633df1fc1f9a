#!/usr/bin/env bash
# How the 280 fit-pairs postings (../shared/data/fit-pairs) get an occupation in matching-service: named, inferred
# from the labels their text uses, nearest by embedding (scoring.NearestOccupation) or none, before and after the
# nearest-by-embedding reading; the evidence for its threshold; and, on the 4,500 pairs, how often the scorer knows
# education (resume names a degree) and experience (resume has dated roles) before and after. Offline: postings are
# embedded in process as enrichment embeds them (cached in matching-service/target/fit-eval-embeddings.bin), resumes
# read with plain patterns, so the pair shares approximate bench/api-fit-eval.sh's. Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export SHARED_DATA="${SHARED_DATA:-$(pwd)/../shared/data}"
# READINGS_OUT=FILE also writes every posting's reading (id, how read, label, ISCO group, opening words) to FILE, so
# that two versions' readings can be compared.
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=OccupationCoverageBench \
  -DargLine="-Dreadings.out=${READINGS_OUT:-}" 2>&1 \
  | grep -E -A52 'fit-pairs postings:|skipped|readings of' | grep -E -v '^\[INFO\] *$|WARNING' || true
