#!/usr/bin/env python3
"""Learns the semantic metric matching-service measures a resume against a posting with, from the fit pairs, and
prints what it is worth out of fold.

The semantic sub-score is the cosine of a resume's and a posting's embeddings (all-MiniLM-L6-v2, 384 dimensions),
each taken as its direction from the shipped reference centre. A plain cosine weighs every dimension alike, though
only some of them tell kinds of work apart. The learnt metric weighs each dimension (w_d >= 0): the similarity is the
cosine of the two directions after each dimension is scaled by sqrt(w_d), so retrieval's vector index still orders
jobs by a plain cosine of stored vectors. The weights are fitted by logistic regression of the labels (No Fit 0,
Potential 0.5, Good 1) on the products of the two directions' coordinates, with a small ridge towards equal weights.

The vectors are the running suite's own: each posting's embedding as matching-service stored it (its `jobs` table),
each resume's as matching-service makes it, the normalised mean of its statements' embeddings, which ai-service
stores under the resume's id. The other sub-scores are the answers bench/api-fit-eval.sh cached from the public API.

Out of fold (5 folds grouped by resume, as the issue asks; then grouped by posting; then with neither the resume nor
the posting of a scored pair seen in training, 25 cells), for each fold: the metric is fitted on the training pairs,
its cosines are mapped to 0-100 by the training pairs' 1st and 99th percentiles (labels unused, as the service's
cosine range was chosen), and the criteria are combined as bench/learn_weights.py combines them, on the same training
pairs. Prints AUC, NDCG and macro-F1 beside the service's own score and the tf-idf baseline, with 95 % intervals.
Then writes the metric fitted on all pairs to matching-service/src/main/resources/scoring/semantic-metric.tsv (with
--write) and prints the cosine range and combination weights that go with it.

Needs numpy and scipy (Debian: python3-numpy python3-scipy). Reads the suite's databases with psql (as the suite's
own scripts do): MATCHING_DB and AI_DB, by default matching_service and ai_service with SUITE_DB_SUFFIX appended.
METRIC_RIDGE (default 1e-6) and METRIC_MIN_WEIGHT (default 0.25) set the fit's ridge and the weight every dimension keeps.
Usage: python3 bench/learn_semantic_metric.py [--write] [--resamples 1000]   (after bench/api-fit-eval.sh)
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
import learn_weights as lw  # noqa: E402

SUFFIX = os.environ.get("SUITE_DB_SUFFIX", "")
MATCHING_DB = os.environ.get("MATCHING_DB", "matching_service" + SUFFIX)
AI_DB = os.environ.get("AI_DB", "ai_service" + SUFFIX)
RESOURCES = os.path.join(api.ROOT, "matching-service", "src", "main", "resources", "scoring")
CENTRE = os.path.join(RESOURCES, "reference-centre.tsv")
METRIC = os.path.join(RESOURCES, "semantic-metric.tsv")
# Ridge towards equal weights: small, so that the data decide; the weights stay finite and the fit deterministic.
RIDGE = float(os.environ.get("METRIC_RIDGE", "1e-6"))
# Every dimension keeps at least this weight (mean 1): the fit pairs are office work, and a dimension they do not use
# may still tell a driver's work from a nurse's.
MIN_WEIGHT = float(os.environ.get("METRIC_MIN_WEIGHT", "0.25"))
# The shares of the semantic score tried in the scorer's form.
SHARES = [round(0.05 * k, 2) for k in range(2, 15)]


def query(database, sql):
    out = subprocess.run(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-U", os.environ.get("PGUSER", "postgres"),
                          "-d", database, "-At", "-F", "|", "-c", sql], check=True, capture_output=True, text=True)
    return [line.split("|", 1) for line in out.stdout.splitlines() if line]


def vector(text):
    return np.array([float(x) for x in text.strip()[1:-1].split(",")])


def unit(v):
    return v / np.linalg.norm(v)


def centre():
    return np.array([float(line) for line in open(CENTRE) if line.strip() and not line.startswith("#")])


def directions(ids, mean):
    """Each platform id's direction from the centre: postings from matching-service, resumes from their statements."""
    found = {}
    wanted_jobs = set(ids["jobs"].values())
    for job_id, text in query(MATCHING_DB, "SELECT id, embedding::text FROM jobs WHERE embedding IS NOT NULL"):
        if job_id in wanted_jobs:
            found[job_id] = unit(unit(vector(text)) - mean)
    statements = {}
    wanted_resumes = set(ids["resumes"].values())
    for resume_id, text in query(AI_DB, "SELECT source_id, embedding::text FROM embeddings WHERE source_type = 'RESUME'"):
        if resume_id in wanted_resumes:
            statements.setdefault(resume_id, []).append(vector(text))
    for resume_id, vectors in statements.items():
        found[resume_id] = unit(unit(np.mean(vectors, axis=0)) - mean)
    return found


def fit_metric(products, y):
    """Non-negative dimension weights (mean 1) by logistic regression on the coordinate products, and the intercept."""
    d = products.shape[1]

    def loss(theta):
        w, b = theta[:d], theta[d]
        p = 1 / (1 + np.exp(-(products @ w + b)))
        eps = 1e-9
        value = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + RIDGE / 2 * np.sum((w - w.mean()) ** 2)
        gradient = products.T @ (p - y) / len(y) + RIDGE * (w - w.mean())
        return value, np.append(gradient, (p - y).mean())

    start = np.append(np.full(d, 5.0), -2.0)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=[(0, None)] * d + [(None, None)],
                      options={"maxiter": 2000})
    w = result.x[:d]
    w = w / w.mean()
    w = MIN_WEIGHT + (1 - MIN_WEIGHT) * w
    return w


def shipped_metric():
    """The dimension weights of the metric the service ships (the squares of its scales), None without one."""
    if not os.path.exists(METRIC):
        return None
    return np.array([float(line) for line in open(METRIC) if line.strip() and not line.startswith("#")]) ** 2


def weighted_cosine(w, a, b):
    return ((a * b) @ w) / np.sqrt(((a * a) @ w) * ((b * b) @ w))


def cosine_range(cosines):
    """The cosine range mapped onto 0-100: the 1st and 99th percentiles, rounded out to 0.05 (labels unused)."""
    low, high = np.percentile(cosines, [1, 99])
    return float(np.floor(low * 20) / 20), float(np.ceil(high * 20) / 20)


def semantic_scores(cosines, floor, ceiling):
    return np.clip(100 * (cosines - floor) / (ceiling - floor), 0, 100)


def structured_part(answer):
    """The structured part of an answer's score: its collar weights over the six criteria, an unknown one at the
    scorer's prior (MatchScorer.grade)."""
    weights, sub = answer["weights"], answer["subScores"]
    total = sum(weights[c] for c in lw.STRUCTURED)
    return sum(weights[c] * (sub[c] if sub.get(c) is not None else lw.PRIOR) for c in lw.STRUCTURED) / total


def fit_combination(x, y):
    """learn_weights' model (non-negative logistic weights of the criteria, free intercept), fitted with numpy."""
    w = np.full(x.shape[1], 0.1)
    b = 0.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w = np.maximum(0, w - 2.0 * x.T @ (p - y) / len(y))
        b -= 2.0 * (p - y).mean()
    return w, b


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the metric fitted on all pairs to " + METRIC)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    resumes, jobs, pairs = api.read_data()
    ids = api.load_json("ids.json", None)
    if ids is None:
        sys.exit("learn-semantic-metric: run bench/api-fit-eval.sh first (no bench/out/ids.json)")
    answers = {}
    for line in open(os.path.join(api.OUT, "answers.jsonl")):
        record = json.loads(line)
        if record.get("status") == 200:
            answers[record["pair"]] = record["answer"].get("match") or record["answer"]
    found = directions(ids, centre())
    kept = [(r, j, l) for r, j, l in pairs if f"{r}|{j}" in answers
            and ids["resumes"].get(r) in found and ids["jobs"].get(j) in found]
    print(f"{len(kept)} of {len(pairs)} pairs with an answer and both embeddings")
    resume_vectors = np.array([found[ids["resumes"][r]] for r, _, _ in kept])
    job_vectors = np.array([found[ids["jobs"][j]] for _, j, _ in kept])
    products = resume_vectors * job_vectors
    labels = [l for _, _, l in kept]
    y = np.array([l / 2 for l in labels])
    groups = [r for r, _, _ in kept]
    job_groups = [j for _, j, _ in kept]
    criteria = np.array([lw.features(answers[f"{r}|{j}"]) for r, j, _ in kept])
    semantic_column = lw.CRITERIA.index("semantic")
    plain = products.sum(axis=1)
    service_semantic = np.array([answers[f"{r}|{j}"]["subScores"]["semantic"] for r, j, _ in kept])
    shipped = shipped_metric()
    print(f"the answers' semantic sub-score against the plain centred cosine of these vectors: correlation "
          f"{np.corrcoef(plain, service_semantic)[0, 1]:.3f}"
          + ("" if shipped is None else f"; against their cosine with the shipped metric: "
             f"{np.corrcoef(weighted_cosine(shipped, resume_vectors, job_vectors), service_semantic)[0, 1]:.3f}")
          + " (near 1 for the similarity the service scored with: the vectors are its own)")

    resume_fold = api.folds_of(groups)
    job_fold = api.folds_of(job_groups)
    rf = np.array([resume_fold[g] for g in groups])
    jf = np.array([job_fold[g] for g in job_groups])
    protocols = {
        "grouped by resume": [(rf == f, rf != f) for f in range(5)],
        "grouped by posting": [(jf == f, jf != f) for f in range(5)],
        "neither resume nor posting seen": [((rf == f) & (jf == g), (rf != f) & (jf != g))
                                            for f in range(5) for g in range(5)],
    }
    overall = np.array([answers[f"{r}|{j}"]["overallScore"] for r, j, _ in kept])
    # The scorer's form keeps the answers' structured part (the shipped collar weights) and changes only the
    # semantic score and its share.
    structured = np.array([structured_part(answers[f"{r}|{j}"]) for r, j, _ in kept])
    apart = np.abs(service_semantic - structured) > 5
    print(f"semantic share the answers were scored with: "
          f"{np.median((overall[apart] - structured[apart]) / (service_semantic[apart] - structured[apart])):.2f}")
    labels_array = np.array(labels)
    methods = {"service: overallScore": list(overall)}
    combined_plain = np.full(len(kept), np.nan)
    for test, train in protocols["grouped by resume"]:
        w, b = fit_combination(criteria[train], y[train])
        combined_plain[test] = 100 / (1 + np.exp(-(criteria[test] @ w + b)))
    methods["learnt combination, the answers' semantic (out of fold)"] = list(combined_plain)
    methods["semantic alone: plain centred cosine"] = list(plain)
    for name, cells in protocols.items():
        alone = np.full(len(kept), np.nan)
        combined = np.full(len(kept), np.nan)
        scorer_form = np.full(len(kept), np.nan)
        chosen = []
        for test, train in cells:
            metric = fit_metric(products[train], y[train])
            cosines = weighted_cosine(metric, resume_vectors, job_vectors)
            floor, ceiling = cosine_range(cosines[train])
            x = criteria.copy()
            x[:, semantic_column] = semantic_scores(cosines, floor, ceiling) / 100
            w, b = fit_combination(x[train], y[train])
            alone[test] = cosines[test]
            combined[test] = 100 / (1 + np.exp(-(x[test] @ w + b)))
            semantic = semantic_scores(cosines, floor, ceiling)
            share = max(SHARES, key=lambda t: api.auc(api.tie_groups(
                list(((1 - t) * structured + t * semantic)[train]), list(labels_array[train]), [None] * int(train.sum()))))
            chosen.append(share)
            scorer_form[test] = ((1 - share) * structured + share * semantic)[test]
        methods[f"semantic alone: learnt metric, {name}"] = list(alone)
        methods[f"learnt combination, learnt metric, {name}"] = list(combined)
        methods[f"scorer's form (shipped weights, share in fold), learnt metric, {name}"] = list(scorer_form)
        print(f"  {name}: done; shares chosen in the folds {sorted(set(chosen))}", flush=True)
    methods["baseline: tf-idf cosine"] = api.baselines(resumes, jobs, kept)[0]
    api.evaluate(methods, labels, groups, args.resamples)

    metric = fit_metric(products, y)
    cosines = weighted_cosine(metric, resume_vectors, job_vectors)
    floor, ceiling = cosine_range(cosines)
    x = criteria.copy()
    x[:, semantic_column] = semantic_scores(cosines, floor, ceiling) / 100
    w, b = fit_combination(x, y)
    weights, share = lw.as_collar_weights(list(w))
    print(f"\nmetric fitted on all {len(kept)} pairs: dimension weights from {metric.min():.2f} to {metric.max():.2f} "
          f"(mean 1), {int((metric == 0).sum())} dimensions unused; cosine range [{floor}, {ceiling}] "
          f"(1st-99th percentile of the pairs, plain cosine range [{cosine_range(plain)[0]}, {cosine_range(plain)[1]}])")
    print("combination refitted with it (the scorer's form): " + ", ".join(f"{k} {v:.2f}" for k, v in weights.items())
          + f"; semantic share {share:.3f}")
    if args.write:
        with open(METRIC, "w") as out:
            out.write("# semantic metric: the scale of each dimension of all-MiniLM-L6-v2's 384 (sqrt of the learnt weight,\n"
                      f"# mean weight 1), fitted by bench/learn_semantic_metric.py on {len(kept)} fit pairs scored through the API;\n"
                      f"# cosine range of the pairs with it: [{floor}, {ceiling}]\n")
            for value in np.sqrt(metric):
                out.write(f"{value:.6f}\n")
        print("wrote " + os.path.relpath(METRIC, api.ROOT))


if __name__ == "__main__":
    main()
