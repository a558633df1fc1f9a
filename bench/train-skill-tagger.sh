#!/usr/bin/env bash
# Trains the skill-span tagger (CRFs over contextual token vectors) from SkillSpan TRAIN
# (../shared/data/skill-extraction/skillspan) and writes ai-service/src/main/resources/models/skill-spans-crf.bin (both
# columns merged), skill-spans-crf-skill.bin and skill-spans-crf-knowledge.bin (one column each).
# TAGGER_MODE=compare instead scores the settings on a held-out tenth of TRAIN (dev is not used);
# TAGGER_MODE=columns scores the merged model alone against the three united, for a grid of their outside weights;
# TAGGER_MODE=word-features rebuilds models/skill-spans.bin, the word features the CRF reads (run it first when those
# change, then retrain the CRF). Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl ai-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest='SkillTaggerTraining,WordFeatureTraining' \
  | grep -E -A8 '^Skill tagger|^Settings|^held-out|^rate|^epoch|^one model|^merged|-> \[|Tests run:|skipped' || true
