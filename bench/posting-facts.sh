#!/usr/bin/env bash
# Posting terms read from free text (matching-service PostingFacts): employment type against LinkedIn's structured
# field on the 1,950 LinkedIn postings of ../shared/data/jobs, beside the all-full-time baseline, with Wilson 95 %
# intervals; coverage of work arrangement and pay on the LinkedIn, Glassdoor and fit-pairs postings. Skips cleanly
# without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export SHARED_DATA="${SHARED_DATA:-$(pwd)/../shared/data}"
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=PostingFactsEvaluation \
  | grep -E -v '^\[INFO\] (Download|---|Building|Compiling|Nothing|Using|Copying|skip|$)|WARNING|^\[WARN' || true
