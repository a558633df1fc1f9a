#!/usr/bin/env bash
# Resume parsing evaluation: field precision/recall on ../shared/data/resumes/entities (gold spans) and the share of
# real PDFs (../shared/data/resumes/pdf, all 2,406, or every PDF_SAMPLE_EVERY-th) parsed without error with median time,
# each next to a baseline measured in the same run. Skips cleanly without the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl resume-service -Dsurefire.excludedGroups=none -Dgroups=bench -Dtest=ResumeParsingEvaluation \
  | grep -E -A9 '^Resume fields|^Real PDFs|^failed:|Tests run:|skipped' || true
