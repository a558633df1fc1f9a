#!/usr/bin/env python3
"""Whether a model that learns which words a resume and a posting share can add what the sub-scores lack, and whether
cross-validation grouped by resume alone can tell. Reads api-fit-eval's cached answers and the fit-pairs texts.

The model: logistic regression (L2, labels No Fit 0, Potential 0.5, Good 1) on the six sub-scores the service answered
plus one indicator per word (first seven letters, in at least five of the 733 texts) that both texts of the pair hold.
Scored two ways, each beside the service's score, learn_weights' combination of the sub-scores and tf-idf on the same
pairs, with 95 % intervals over resamples of the resumes:
  1. out of fold grouped by resume (5 folds, as learn_weights): a resume is never in the fold that scores it, but the
     280 postings recur in every fold;
  2. neither seen: the resumes and the postings are each cut into 5 folds, and a pair is scored by the model fitted on
     the pairs whose resume and posting are both outside its folds (about a fifth of the pairs are scored).
A gain that holds in (1) and goes in (2) is the postings' own labels learnt through their words, not a method that
carries to new postings. Needs numpy and scipy.

Usage: python3 bench/shared_words.py [--penalty 10] [--resamples 1000]   (after bench/api-fit-eval.sh)
"""
import argparse
import collections
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
import learn_weights as lw  # noqa: E402

import numpy as np  # noqa: E402
import scipy.sparse as sparse  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

STOP = set("the and of to a in for with on as is are be or an by at from this that will we you our your it their have "
           "has".split())
MIN_TEXTS = 5


def words(text):
    return {w[:7] for w in re.findall(r"[a-z][a-z+#.]{2,}", text.lower()) if w not in STOP}


def fit(shared, scores, targets, penalty):
    """Weights of the shared-word indicators (L2-penalised), of the sub-scores and an intercept."""
    k, d = shared.shape[1], scores.shape[1]

    def loss(theta):
        w, v, b = theta[:k], theta[k:k + d], theta[-1]
        p = 1 / (1 + np.exp(-(shared @ w + scores @ v + b)))
        g = p - targets
        value = -np.sum(targets * np.log(p + 1e-12) + (1 - targets) * np.log(1 - p + 1e-12)) + penalty * w @ w
        return value, np.concatenate([shared.T @ g + 2 * penalty * w, scores.T @ g, [g.sum()]])

    return minimize(loss, np.zeros(k + d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--penalty", type=float, default=10.0)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    answers, kept = api.labelled_answers("shared-words")
    resumes, jobs, _ = api.read_data()
    resume_words = {r: words(resumes[r]) for r, _, _ in kept}
    job_words = {j: words(jobs[j]) for _, j, _ in kept}
    use = collections.Counter()
    for held in list(resume_words.values()) + list(job_words.values()):
        use.update(held)
    vocabulary = {w: i for i, w in enumerate(sorted(w for w, n in use.items() if n >= MIN_TEXTS))}
    rows, cols = [], []
    for n, (r, j, _) in enumerate(kept):
        for w in resume_words[r] & job_words[j]:
            if w in vocabulary:
                rows.append(n)
                cols.append(vocabulary[w])
    shared = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(kept), len(vocabulary)))
    scores = np.array([lw.features(answers[f"{r}|{j}"]) for r, j, _ in kept])
    targets = np.array([label / 2 for _, _, label in kept])
    labels = [label for _, _, label in kept]
    groups = [r for r, _, _ in kept]
    resume_fold = api.folds_of(groups)
    postings = sorted({j for _, j, _ in kept})
    random.Random(api.SEED).shuffle(postings)
    job_fold = {j: i % 5 for i, j in enumerate(postings)}
    print(f"{len(kept)} pairs, {len(vocabulary)} words shared by at least one pair's texts, penalty {args.penalty}")

    def scored(train_of, test_of):
        model, combination = [None] * len(kept), [None] * len(kept)
        k = shared.shape[1]
        for fold in range(5):
            train = np.array([train_of(r, j, fold) for r, j, _ in kept])
            test = np.where([test_of(r, j, fold) for r, j, _ in kept])[0]
            theta = fit(shared[train], scores[train], targets[train], args.penalty)
            for i, value in zip(test, shared[test] @ theta[:k] + scores[test] @ theta[k:-1] + theta[-1]):
                model[i] = float(value)
            w, b = lw.fit([list(x) for x in scores[train]], list(targets[train]))
            for i in test:
                combination[i] = lw.score_with(w, b, list(scores[i]))
        return model, combination

    tfidf, _ = api.baselines(resumes, jobs, kept)
    service = [answers[f"{r}|{j}"]["overallScore"] for r, j, _ in kept]
    for title, train_of, test_of in [
            ("1. out of fold grouped by resume (the postings recur in every fold)",
             lambda r, j, f: resume_fold[r] != f, lambda r, j, f: resume_fold[r] == f),
            ("2. neither the resume nor the posting seen in fitting",
             lambda r, j, f: resume_fold[r] != f and job_fold[j] != f,
             lambda r, j, f: resume_fold[r] == f and job_fold[j] == f)]:
        model, combination = scored(train_of, test_of)
        known = [m is not None for m in model]
        print(f"\n{title}: {sum(known)} pairs scored")
        api.evaluate({"shared words + sub-scores (learnt)": model,
                      "baseline: sub-scores combined": combination,
                      "service: overallScore": [s if k else None for s, k in zip(service, known)],
                      "baseline: tf-idf cosine": [t if k else None for t, k in zip(tfidf, known)]},
                     labels, groups, args.resamples)


if __name__ == "__main__":
    main()
