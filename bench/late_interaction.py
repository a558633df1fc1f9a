#!/usr/bin/env python3
"""How much of a job its best-matching resume passages cover, as a match signal beside the service's sub-scores.

Reads api-fit-eval's cached answers (bench/out/answers.jsonl) and the fit-pairs texts, splits each resume and job
description into passages (sentences and lines, 3 to 60 words), embeds every passage with the running suite's
ai-service (POST /api/ai/embeddings, matching-service's service token; cached in bench/out/passages.npz), and scores
each pair by late interaction: the mean over the job's passages of the best cosine with any resume passage ("how much
of the job the resume speaks to"), and the same from the resume's side. Prints each beside the service's semantic
sub-score and tf-idf, then the learnt combination of learn_weights.py out of fold (5 folds grouped by resume) with
and without the job-coverage feature, differences with 95 % intervals over resamples of the resumes.

Needs numpy. Usage: python3 bench/late_interaction.py [--resamples 1000]
"""
import argparse
import json
import os
import re
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
import learn_weights as lw  # noqa: E402

SPLIT = re.compile(r"(?<=[.!?;:])\s+|\s*\n+\s*|\s+[•·▪●]\s+")
MIN_WORDS, MAX_WORDS = 3, 60
CACHE = os.path.join(api.OUT, "passages.npz")


def passages(text):
    """Sentences and lines of 3-60 words; a longer one is cut into windows of 40 words."""
    out = []
    for piece in SPLIT.split(text or ""):
        words = piece.split()
        if len(words) < MIN_WORDS:
            continue
        if len(words) <= MAX_WORDS:
            out.append(" ".join(words))
        else:
            out.extend(" ".join(words[i:i + 40]) for i in range(0, len(words), 40) if len(words[i:i + 40]) >= MIN_WORDS)
    return out or [" ".join((text or "").split()[:40]) or "empty"]


def embed_all(tokens, texts):
    """Unit vectors of the distinct texts, from ai-service in batches of 256, cached by text."""
    known = {}
    if os.path.exists(CACHE):
        data = np.load(CACHE, allow_pickle=True)
        known = dict(zip(data["texts"].tolist(), data["vectors"]))
    todo = sorted({t for t in texts if t not in known})
    api.log(f"passages: {len(set(texts))} distinct, {len(todo)} to embed")
    for start in range(0, len(todo), 256):
        batch = todo[start:start + 256]
        while True:
            status, answer = tokens.call("service", "POST", api.URL["ai"] + "/api/ai/embeddings",
                                         content_type="application/json", body=json.dumps({"texts": batch}).encode())
            if status == 200:
                break
            if status in (429, 503):
                time.sleep(5)
                continue
            sys.exit(f"late-interaction: embedding failed (HTTP {status}): {answer}")
        for text, vector in zip(batch, answer["vectors"]):
            v = np.asarray(vector, dtype=np.float32)
            known[text] = v / (np.linalg.norm(v) or 1.0)
        if (start // 256) % 10 == 0:
            api.log(f"  embedded {min(start + 256, len(todo))}/{len(todo)}")
    np.savez(CACHE, texts=np.array(list(known.keys()), dtype=object), vectors=np.stack(list(known.values())))
    return known


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    answers, kept = api.labelled_answers("late-interaction")
    resumes, jobs, _ = api.read_data()
    cut = {("R", r): passages(resumes[r]) for r, _, _ in kept}
    cut.update({("J", j): passages(jobs[j]) for _, j, _ in kept})
    vectors = embed_all(api.Tokens(), [p for ps in cut.values() for p in ps])
    # Centred on the mean passage: MiniLM's vectors share a large common direction, which raw cosines mostly measure.
    centre = np.mean(np.stack(list(vectors.values())), axis=0)
    unit = {p: (v - centre) / (np.linalg.norm(v - centre) or 1.0) for p, v in vectors.items()}
    matrix = {key: np.stack([unit[p] for p in ps]) for key, ps in cut.items()}
    job_cover, resume_cover = [], []
    for r, j, _ in kept:
        sims = matrix[("J", j)] @ matrix[("R", r)].T
        job_cover.append(float(sims.max(axis=1).mean()) * 100)
        resume_cover.append(float(sims.max(axis=0).mean()) * 100)
    labels = [l for _, _, l in kept]
    groups = [r for r, _, _ in kept]
    semantic = [answers[f"{r}|{j}"]["subScores"]["semantic"] for r, j, _ in kept]

    base = [lw.features(answers[f"{r}|{j}"]) for r, j, _ in kept]
    with_cover = [x + [c / 100] for x, c in zip(base, job_cover)]
    ys = [l / 2 for l in labels]

    tfidf, _ = api.baselines(resumes, jobs, kept)
    per_kind = {kind: np.mean([len(ps) for (k, _), ps in cut.items() if k == kind]) for kind in ("R", "J")}
    print(f"late interaction on {len(kept)} pairs; passages per resume {per_kind['R']:.1f}, per job {per_kind['J']:.1f}")
    api.evaluate({"learnt with job coverage (out of fold)": lw.out_of_fold(with_cover, ys, groups),
                  "learnt: sub-scores only (out of fold)": lw.out_of_fold(base, ys, groups),
                  "job covered by resume passages": job_cover,
                  "resume covered by job passages": resume_cover,
                  "service: subScores.semantic": semantic,
                  "baseline: tf-idf cosine": tfidf},
                 labels, groups, args.resamples)


if __name__ == "__main__":
    main()
