#!/usr/bin/env bash
# Match quality through the real pipeline: the fit-pairs resumes uploaded as text to resume-service, the job
# descriptions imported into matching-service, every labelled pair scored by GET /api/matches/{resume}/jobs/{job}
# of the running suite (started with DEMO_SHARED_JOBS=0 ./suite up when nothing answers). Answers are cached in
# bench/out/ (gitignored); --rescore scores again, --metrics-only recomputes the figures from the cache.
# Reads ${SHARED_DATA:-../shared/data}/fit-pairs; exits cleanly when it is absent. Python 3 stdlib only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHARED_DATA="${SHARED_DATA:-$ROOT/../shared/data}"
exec python3 "$ROOT/bench/api_fit_eval.py" "$@"
