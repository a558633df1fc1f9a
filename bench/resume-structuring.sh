#!/usr/bin/env bash
# Resume structuring evaluation: field P/R/F1 (company, title, degree, college, graduation year) on the gold resumes
# of ../shared/data/resumes/entities, new parser vs the parser before the structuring work in the same run; the
# calibration of per-field confidence (5-fold cross-validated reliability table); coverage on the 453 flattened
# pasted resumes of ../shared/data/fit-pairs. Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl resume-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=ResumeStructuringEvaluation \
  | grep -E -v '^\[INFO\] (Download|---|Building|Compiling|Nothing|Using|Copying|skip|$)|WARNING|^\[WARN' || true
