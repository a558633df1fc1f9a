#!/usr/bin/env bash
# The five-resume check through the running suite's public API (bench/five_resume_check.py says what it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/five_resume_check.py "$@"
