#!/usr/bin/env python3
"""What weighing occupation fit more would cost and buy, from two cached runs of the running suite's answers: the fit
pairs' (bench/api-fit-eval.sh, bench/out/answers.jsonl) and the own-occupation ranking's (bench/occupation-ranking.sh,
bench/out/occupation-ranking-answers.jsonl). Each pair's overall score is recombined from its sub-scores as the scorer
combines them (the job's collar weights, an unknown criterion at the neutral prior of 50, the semantic share 0.40),
with SHIFT of the collar weight moved onto the category criterion from the others in proportion. Prints, per shift, the
fit pairs' AUC, NDCG and macro-F1 against the shipped weights and the share of the 84 resumes' top 5 that are their own
occupation's jobs, each as a difference with a 95 % interval over resamples of the resumes.

The occupation-ranking labels are the resumes' headings, not judgements of fit, and only the fit pairs are labelled
for fit: the program measures the trade-off, it does not choose a weight.

Usage: python3 bench/category_tradeoff.py   (after bench/api-fit-eval.sh and bench/occupation-ranking.sh)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
import learn_semantic_metric as metric  # noqa: E402  (the structured part of an answer's score)
import learn_weights as lw  # noqa: E402
import occupation_ranking as ranking  # noqa: E402

# The scorer's semantic share (ScoringPolicy.DEFAULT_SEMANTIC_SHARE).
SEMANTIC_SHARE = 0.40
SHIFTS = [0.05, 0.10, 0.20]


def overall(sub, weights, shift):
    """The answer's overall score as MatchScorer.grade makes it, with {shift} of the weight moved onto category."""
    others = sum(weights[c] for c in lw.STRUCTURED if c != "category")
    moved = {c: weights[c] * (others - shift) / others for c in lw.STRUCTURED if c != "category"}
    moved["category"] = weights["category"] + shift
    structured = metric.structured_part({"weights": moved, "subScores": sub})
    if sub["semantic"] is None:
        return structured
    return (1 - SEMANTIC_SHARE) * structured + SEMANTIC_SHARE * sub["semantic"]


def own_shares(records, resumes, shift):
    by_file = {}
    for record in records:
        by_file.setdefault(record["file"], []).append(record)
    shares = []
    for file, own in resumes:
        mine = sorted(by_file.get(file, []), key=lambda r: -overall(r["subScores"], r["weights"], shift))
        ranked = [ranking.five.occupation_of(r["externalId"]) for r in mine if r["externalId"]]
        shares.append(ranking.own_share(ranked, own))
    return shares


def main():
    answers, pairs = api.labelled_answers("category-tradeoff")
    if not os.path.exists(ranking.ANSWERS):
        sys.exit("category-tradeoff: run bench/occupation-ranking.sh first (no " + ranking.ANSWERS + ")")
    records = [json.loads(line) for line in open(ranking.ANSWERS)]
    resumes = ranking.selection()
    labels, groups = [l for _, _, l in pairs], [r for r, _, _ in pairs]
    def recombined(shift):
        return [overall(answers[f"{r}|{j}"]["subScores"], answers[f"{r}|{j}"]["weights"], shift) for r, j, _ in pairs]

    methods = {"baseline: shipped weights": recombined(0)}
    for shift in SHIFTS:
        methods[f"category +{shift:.2f}"] = recombined(shift)
    print("fit pairs, the overall score recombined with more weight on occupation fit:")
    api.evaluate(methods, labels, groups, ranking.RESAMPLES)

    rng = random.Random(api.SEED)
    picks = [[rng.randrange(len(resumes)) for _ in resumes] for _ in range(ranking.RESAMPLES)]
    shipped = own_shares(records, resumes, 0)
    print(f"\nown-occupation share of the top {ranking.TOP} ({len(resumes)} resumes): shipped weights "
          f"{sum(shipped) / len(shipped):.3f}")
    for shift in SHIFTS:
        shares = own_shares(records, resumes, shift)
        difference = [s - b for s, b in zip(shares, shipped)]
        low, high = ranking.interval(difference, picks)
        print(f"  category +{shift:.2f}: {sum(shares) / len(shares):.3f}, minus shipped "
              f"{sum(difference) / len(difference):+.3f} [{low:+.3f}, {high:+.3f}]")


if __name__ == "__main__":
    main()
