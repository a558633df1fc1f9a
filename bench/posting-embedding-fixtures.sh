#!/usr/bin/env bash
# Writes matching-service/src/test/resources/fixtures/posting-embeddings.tsv: the embeddings of the postings tests
# judge by meaning (matching-service bench.PostingEmbeddingFixtures lists them), by the in-process model ai-service
# embeds with. Run after changing such a posting's text; the tests say so when a text has no stored embedding.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=PostingEmbeddingFixtures \
  | grep -E 'wrote|Tests run:|ERROR' || true
