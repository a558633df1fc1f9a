#!/usr/bin/env bash
# Precision of cited skill evidence per match type (EXACT/SYNONYM/SIMILAR) with Wilson 95 % intervals, from the
# judged audit file bench/evidence-audit.jsonl (or the file given); the judging rule is bench/evidence-audit.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 "$ROOT/bench/evidence_precision.py" "$@"
