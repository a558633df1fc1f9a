#!/usr/bin/env bash
# Trains the skill-span tagger from SkillSpan TRAIN (../shared/data/skill-extraction/skillspan) and writes
# ai-service/src/main/resources/models/skill-spans.bin. TAGGER_MODE=compare instead scores the candidate variants
# on a held-out tenth of TRAIN (dev is not used). Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl ai-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=SkillTaggerTraining \
  | grep -E -A8 '^Skill tagger|^held-out|Tests run:|skipped' || true
