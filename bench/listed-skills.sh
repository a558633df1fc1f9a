#!/usr/bin/env bash
# How much of the skills postings list the running suite reads, against the taxonomy's names and synonyms alone
# (bench/listed_skills.py says what it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/listed_skills.py "$@"
