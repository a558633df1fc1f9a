#!/usr/bin/env python3
"""Precision of cited skill evidence, per match type, from a judged audit file (bench/evidence-audit.jsonl).

Each line is a record of bench/out/evidence-sample.jsonl plus "genuine": true|false and "why" (judging rule:
bench/evidence-audit.md). Prints, per match type and overall, the genuine share with a Wilson 95 % interval;
records without a boolean "genuine" are counted as unjudged and left out.

Usage: bench/evidence-precision.sh [audit.jsonl]
       bench/evidence-precision.sh before.jsonl after.jsonl   (both, and after minus before with a 95 % interval)
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


def precision_by_type(path):
    """{match type: (genuine, judged)} with EXACT+SYNONYM and all added, and the number of unjudged records."""
    counts, unjudged = {}, 0
    for line in open(path):
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
    groups = dict(sorted(counts.items()))
    direct = [counts[t] for t in ("EXACT", "SYNONYM") if t in counts]
    if direct and len(counts) > 1:
        groups["EXACT+SYNONYM"] = tuple(map(sum, zip(*direct)))
    groups["all"] = tuple(map(sum, zip(*counts.values()))) if counts else (0, 0)
    return groups, unjudged


def newcombe(k1, n1, k2, n2):
    """95 % interval of p1 - p2 for independent samples (Newcombe's hybrid score interval from two Wilson intervals)."""
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1)
    l2, u2 = wilson(k2, n2)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = sys.argv[1:] or [os.path.join(root, "bench", "evidence-audit.jsonl")]
    results = []
    for path in paths:
        if not os.path.exists(path):
            print(f"evidence-precision: {path} is absent: judge bench/out/evidence-sample.jsonl first (bench/evidence-audit.md)")
            return 0
        groups, unjudged = precision_by_type(path)
        results.append(groups)
        print(f"evidence precision ({os.path.basename(path)}; {unjudged} unjudged records left out)")
        print(f"{'match type':14} {'genuine':>8} {'judged':>7} {'precision':>10}  95 % Wilson interval")
        for kind, (k, n) in groups.items():
            lo, hi = wilson(k, n)
            share = k / n if n else float("nan")
            print(f"{kind:14} {k:8d} {n:7d} {share:10.3f}  [{lo:.3f}, {hi:.3f}]")
    if len(results) == 2:
        after, before = results[1], results[0]
        print(f"\ndifference, {os.path.basename(paths[1])} minus {os.path.basename(paths[0])} (Newcombe 95 % interval)")
        for kind in after:
            if kind in before and after[kind][1] and before[kind][1]:
                (k2, n2), (k1, n1) = after[kind], before[kind]
                lo, hi = newcombe(k2, n2, k1, n1)
                print(f"{kind:14} {k2 / n2 - k1 / n1:+.3f}  [{lo:+.3f}, {hi:+.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
