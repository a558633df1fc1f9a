#!/usr/bin/env bash
# Own-occupation ranking of 84 real resumes through the running suite's public API (bench/occupation_ranking.py says
# what it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/occupation_ranking.py "$@"
