#!/usr/bin/env bash
# Skill extraction evaluation: SkillSpan dev span P/R/F1 and ESCO-linking recall@5 (../shared/data/skill-extraction).
# EVAL_SENTENCES limits sentences per SkillSpan file (default 600). Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl ai-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=SkillExtractionEvaluation \
  | grep -E -A6 '^ESCO|^SkillSpan|^\(P/R|Tests run:|skipped' || true
