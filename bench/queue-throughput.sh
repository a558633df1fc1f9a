#!/usr/bin/env bash
# Queue throughput and fairness through the running suite (bench/queue_throughput.py says what it prints).
# Needs the suite up (./suite up); it does not start it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/queue_throughput.py "$@"
