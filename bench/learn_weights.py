#!/usr/bin/env python3
"""Learns the combination of matching-service's criteria from the fit pairs, as the scorer combines them: an additive,
monotone model (each criterion's sub-score times a non-negative weight, the semantic score among them, an unknown
sub-score at the scorer's neutral prior of 50; personalization, never known for a bench user, keeps a fixed 0.05), fitted by logistic regression on the labels (No Fit 0, Potential 0.5,
Good 1) with the weights kept non-negative. Reads the answers bench/api-fit-eval.sh cached from the running suite, so it
learns from the sub-scores users get.

Prints, for the service's own score and the learnt combination scored out of fold (5 folds grouped by resume: a
resume's pairs are never in the fold that scores them), AUC, NDCG and macro-F1 beside the tf-idf and keyword baselines,
with 95 % intervals; then the weights fitted on all pairs as the scorer's collar weights and semantic share, and a
calibration table of the learnt score (a score of s means a Good-or-Potential share of about s %). The semantic
sub-score in the answers comes from the learnt semantic metric, itself fitted on these pairs: for figures where the
metric too is out of fold, run bench/learn_semantic_metric.py.

Usage: python3 bench/learn_weights.py [--resamples 1000]   (after bench/api-fit-eval.sh)
"""
import argparse
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402

# Personalization is left out of the fit: a bench user has no interaction history, so it is the prior on every pair
# and carries nothing to learn; it keeps PERSONALIZATION of the collar weights (the share learnt history gets).
CRITERIA = ["qualification", "experience", "skills", "location", "category", "semantic"]
STRUCTURED = ["qualification", "experience", "skills", "location", "category", "personalization"]
PERSONALIZATION = 0.05
PRIOR = 50.0
# A collar gets weights of its own only with this many labelled pairs (about 40 resumes' worth); others share.
MIN_COLLAR_PAIRS = 400


def features(answer):
    sub = answer.get("subScores") or {}
    return [(sub.get(c) if sub.get(c) is not None else PRIOR) / 100.0 for c in CRITERIA]


def collar_of(answer):
    return (answer.get("collarType") or "WHITE").lower()


def as_collar_weights(w):
    """The fitted logit weights in the scorer's form: six collar weights in hundredths summing to exactly 1.00
    (the table's check), personalization fixed, and the semantic share."""
    structured = sum(w[:-1]) or 1
    raw = [v / structured * (1 - PERSONALIZATION) for v in w[:-1]] + [PERSONALIZATION]
    cents = [int(round(v * 100)) for v in raw]
    cents[max(range(5), key=lambda k: raw[k])] += 100 - sum(cents)
    return dict(zip(STRUCTURED, (c / 100 for c in cents))), w[-1] / (sum(w) or 1)


def score_with(w, b, x):
    return 100 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def fit(xs, ys, epochs=800, rate=4.0):
    """Logistic regression with non-negative weights (projected gradient descent) and a free intercept."""
    w = [0.1] * len(xs[0])
    b = 0.0
    n = len(xs)
    for _ in range(epochs):
        gw = [0.0] * len(w)
        gb = 0.0
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))
            for k in range(len(w)):
                gw[k] += (p - y) * x[k]
            gb += p - y
        w = [max(0.0, wi - rate * g / n) for wi, g in zip(w, gw)]
        b -= rate * gb / n
    return w, b


def out_of_fold(xs, ys, groups):
    """The combination's scores out of fold: fitted on four folds of resumes, applied to the fifth (5 folds)."""
    folds = api.folds_of(groups)
    scores = [None] * len(xs)
    for fold in range(5):
        train = [i for i, g in enumerate(groups) if folds[g] != fold]
        w, b = fit([xs[i] for i in train], [ys[i] for i in train])
        for i, g in enumerate(groups):
            if folds[g] == fold:
                scores[i] = score_with(w, b, xs[i])
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    answers, kept = api.labelled_answers("learn-weights")
    xs = [features(answers[f"{r}|{j}"]) for r, j, _ in kept]
    ys = [l / 2 for _, _, l in kept]
    labels = [l for _, _, l in kept]
    groups = [r for r, _, _ in kept]
    collars = [collar_of(answers[f"{r}|{j}"]) for r, j, _ in kept]
    folds = api.folds_of(groups)
    out_of_fold = [None] * len(kept)
    per_collar = [None] * len(kept)
    for fold in range(5):
        train = [i for i, g in enumerate(groups) if folds[g] != fold]
        w, b = fit([xs[i] for i in train], [ys[i] for i in train])
        own = {}
        for collar in set(collars):
            mine = [i for i in train if collars[i] == collar]
            if len(mine) >= MIN_COLLAR_PAIRS:
                own[collar] = fit([xs[i] for i in mine], [ys[i] for i in mine])
        for i, g in enumerate(groups):
            if folds[g] == fold:
                out_of_fold[i] = score_with(w, b, xs[i])
                cw, cb = own.get(collars[i], (w, b))
                per_collar[i] = score_with(cw, cb, xs[i])
    resumes, jobs, _ = api.read_data()
    tfidf, overlap = api.baselines(resumes, jobs, kept)
    print(f"learnt combination on {len(kept)} pairs scored through the API, out of fold (5 folds grouped by resume)")
    print("(the semantic sub-score comes from the semantic metric the service ships, fitted on these same pairs: the "
          "combination is out of fold, the metric is not; bench/learn_semantic_metric.py measures both out of fold)")
    print("pairs per job collar: " + ", ".join(f"{c} {collars.count(c)}" for c in sorted(set(collars))))
    api.evaluate({"service: overallScore": [answers[f"{r}|{j}"]["overallScore"] for r, j, _ in kept],
                  "learnt: additive, monotone (out of fold)": out_of_fold,
                  f"learnt per collar with >= {MIN_COLLAR_PAIRS} pairs (out of fold)": per_collar,
                  "baseline: tf-idf cosine": tfidf, "baseline: keyword overlap": overlap},
                 labels, groups, args.resamples)

    w, b = fit(xs, ys)
    weights, share = as_collar_weights(w)
    print("\nweights fitted on all pairs (the scorer's form: collar weights of the structured part, semantic share)")
    for name, value in weights.items():
        print(f"  {name:16} {value:5.2f}")
    print(f"  semantic share   {share:5.3f}; logit weights {[round(v, 3) for v in w]}, intercept {b:.3f}")
    for collar in sorted(set(collars)):
        mine = [i for i, c in enumerate(collars) if c == collar]
        if len(mine) >= MIN_COLLAR_PAIRS:
            cw, _ = fit([xs[i] for i in mine], [ys[i] for i in mine])
            weights, share = as_collar_weights(cw)
            print(f"  {collar} alone ({len(mine)} pairs): " + ", ".join(f"{k} {v:.2f}" for k, v in weights.items())
                  + f"; semantic share {share:.3f}")

    print("\ncalibration of the learnt score (out of fold): share of Good or Potential Fit per score band")
    print(f"  {'band':>9} {'pairs':>6} {'mean score':>11} {'Good+Potential':>15} {'Good':>6}")
    for lo in range(0, 100, 10):
        band = [i for i, s in enumerate(out_of_fold) if lo <= s < lo + 10]
        if band:
            mean = sum(out_of_fold[i] for i in band) / len(band)
            fit_share = sum(1 for i in band if labels[i] >= 1) / len(band)
            good = sum(1 for i in band if labels[i] == 2) / len(band)
            print(f"  {lo:3d}-{lo + 10:<4d} {len(band):6d} {mean:11.1f} {fit_share:15.1%} {good:6.1%}")


if __name__ == "__main__":
    main()
