#!/usr/bin/env bash
# Skill extraction evaluation: SkillSpan dev span P/R/F1 (before and with the tagger, before and after linking) and
# ESCO linking (span recall@5, sentence R-Precision@5, precision) on ../shared/data/skill-extraction.
# EVAL_SENTENCES limits sentences per SkillSpan file (default 600). Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl ai-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=SkillExtractionEvaluation \
  | grep -E -A22 '^ESCO|^SkillSpan|^Extraction time|^Linking held-out|^\(P/R|^\(recall|Tests run:|skipped' || true
