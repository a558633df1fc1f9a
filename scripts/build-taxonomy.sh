#!/usr/bin/env bash
# Rebuilds matching-service/src/main/resources/taxonomy/skills-taxonomy.tsv.gz from ../shared/data/taxonomy
# (ESCO, O*NET, Stack Overflow tag synonyms) and ESCO's skill URIs shipped as a test resource of matching-service
# (src/test/resources/taxonomy/esco-skill-uris.tsv.gz). SHARED_DATA overrides the data folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
cd "$ROOT"
./mvnw -B -o test -pl matching-service -Dsurefire.excludedGroups=none -Dgroups=tool -Dtest=TaxonomyBuilder \
  -Dsurefire.failIfNoSpecifiedTests=false
