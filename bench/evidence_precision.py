#!/usr/bin/env python3
"""Precision of cited skill evidence, per match type, from a judged audit file (bench/evidence-audit.jsonl).

Each line is a record of bench/out/evidence-sample.jsonl plus "genuine": true|false and "why" (judging rule:
bench/evidence-audit.md). Prints, per match type and overall, the genuine share with a Wilson 95 % interval;
records without a boolean "genuine" are counted as unjudged and left out.

Usage: bench/evidence-precision.sh [audit.jsonl]
"""
import json
import math
import os
import sys

Z = 1.959964


def wilson(k, n):
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "bench", "evidence-audit.jsonl")
    if not os.path.exists(path):
        print(f"evidence-precision: {path} is absent: judge bench/out/evidence-sample.jsonl first (bench/evidence-audit.md)")
        return 0
    counts, unjudged = {}, 0
    for number, line in enumerate(open(path), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        genuine = record.get("genuine")
        if not isinstance(genuine, bool):
            unjudged += 1
            continue
        kind = record.get("match_type") or "?"
        k, n = counts.get(kind, (0, 0))
        counts[kind] = (k + genuine, n + 1)
    groups = sorted(counts.items())
    if {"EXACT", "SYNONYM"} & counts.keys() and len(counts) > 1:
        groups.append(("EXACT+SYNONYM", tuple(map(sum, zip(*(counts[t] for t in ("EXACT", "SYNONYM") if t in counts))))))
    groups.append(("all", tuple(map(sum, zip(*counts.values()))) if counts else (0, 0)))
    print(f"evidence precision ({os.path.basename(path)}; {unjudged} unjudged records left out)")
    print(f"{'match type':14} {'genuine':>8} {'judged':>7} {'precision':>10}  95 % Wilson interval")
    for kind, (k, n) in groups:
        lo, hi = wilson(k, n)
        share = k / n if n else float("nan")
        print(f"{kind:14} {k:8d} {n:7d} {share:10.3f}  [{lo:.3f}, {hi:.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
