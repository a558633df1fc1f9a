#!/usr/bin/env python3
"""Two runs of bench/api-fit-eval.sh compared on the same fit pairs: the overall score and each sub-score of the second
run (NEW) minus the first (OLD), AUC, NDCG per resume and macro-F1, each difference with a 95 % interval over
resamples of the resumes (the way api-fit-eval.sh compares the service with its baselines). Use it to say what a change
did, beside each run's own figures against tf-idf. A sub-score is compared on the pairs where both runs know it.

Usage: python3 bench/compare_answers.py OLD/answers.jsonl NEW/answers.jsonl [--resamples 1000]
  (keep a run's bench/out before the next run overwrites it)
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402

CRITERIA = ["overallScore", "category", "experience", "qualification", "skills", "semantic"]


def value(answer, criterion):
    return answer["overallScore"] if criterion == "overallScore" else (answer.get("subScores") or {}).get(criterion)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    old, new = api.answered(args.old), api.answered(args.new)
    _, _, pairs = api.read_data()
    kept = [(r, j, l) for r, j, l in pairs if f"{r}|{j}" in old and f"{r}|{j}" in new]
    labels = [l for _, _, l in kept]
    groups = [r for r, _, _ in kept]
    print(f"{len(kept)} pairs answered in both runs: {args.old} (old), {args.new} (new)")
    for criterion in CRITERIA:
        before = [value(old[f"{r}|{j}"], criterion) for r, j, _ in kept]
        after = [value(new[f"{r}|{j}"], criterion) for r, j, _ in kept]
        both = [b is not None and a is not None for b, a in zip(before, after)]
        print(f"\n== {criterion}")
        api.evaluate({f"new: {criterion}": [a if k else None for a, k in zip(after, both)],
                      f"baseline: old {criterion}": [b if k else None for b, k in zip(before, both)]},
                     labels, groups, args.resamples)


if __name__ == "__main__":
    main()
