#!/usr/bin/env python3
"""Calibration of the match score: what share of matches with a given score a recruiter judged a fit.

The overall score orders jobs; it is not a probability (a score of 80 was judged Good or Potential Fit far less often
than 80 % of the time). matching-service therefore shows beside it `fitChance`: the share of labelled matches with
such a score that were judged a fit (Good or Potential), read from scoring/fit-chance.tsv. This program makes that
table from the answers bench/api-fit-eval.sh cached from the running suite (the score users get), by isotonic
regression (pool adjacent violators: the chance never falls as the score rises), and measures it out of fold:
5 folds grouped by resume (a resume's pairs are never in the fold that scores them).

Prints, for the raw score read as a chance (score / 100) and for the calibrated chance, out of fold:
the expected calibration error (10 equal-count bins) and the Brier score, each difference with a 95 % interval over
resamples of resumes; then the reliability table of the calibrated chance. Writes the table fitted on all pairs to
matching-service/src/main/resources/scoring/fit-chance.tsv unless --dry-run.

Usage: python3 bench/calibrate_score.py [--resamples 1000] [--dry-run]   (after bench/api-fit-eval.sh)
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402

TABLE = os.path.join(api.ROOT, "matching-service", "src", "main", "resources", "scoring", "fit-chance.tsv")
BINS = 10


def pool_adjacent_violators(points):
    """points: (score, outcome 0/1) -> blocks (lowest score, highest score, mean score, chance, count), chance
    non-decreasing in score."""
    blocks = []
    for score, outcome in sorted(points):
        blocks.append([score, score, score, float(outcome), 1])
        while len(blocks) > 1 and blocks[-2][3] >= blocks[-1][3]:
            b = blocks.pop()
            a = blocks[-1]
            n = a[4] + b[4]
            a[1] = b[1]
            a[2] = (a[2] * a[4] + b[2] * b[4]) / n
            a[3] = (a[3] * a[4] + b[3] * b[4]) / n
            a[4] = n
    return [tuple(b) for b in blocks]


def knots(blocks):
    """The table: (score, chance) at each block's mean score; FitChance interpolates linearly between knots and
    holds the end values beyond them, so the map stays non-decreasing."""
    return [(round(b[2], 2), round(b[3], 4)) for b in blocks]


def chance(table, score):
    if score <= table[0][0]:
        return table[0][1]
    for (s0, c0), (s1, c1) in zip(table, table[1:]):
        if score <= s1:
            return c0 + (c1 - c0) * (score - s0) / (s1 - s0) if s1 > s0 else c1
    return table[-1][1]


def ece(probabilities, outcomes):
    order = sorted(range(len(probabilities)), key=lambda i: probabilities[i])
    total, n = 0.0, len(order)
    for b in range(BINS):
        part = order[b * n // BINS:(b + 1) * n // BINS]
        if part:
            mean_p = sum(probabilities[i] for i in part) / len(part)
            mean_y = sum(outcomes[i] for i in part) / len(part)
            total += len(part) / n * abs(mean_p - mean_y)
    return total


def brier(probabilities, outcomes):
    return sum((p - y) ** 2 for p, y in zip(probabilities, outcomes)) / len(outcomes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, do not write the table")
    args = parser.parse_args()
    _, _, pairs = api.read_data()
    path = os.path.join(api.OUT, "answers.jsonl")
    if not os.path.exists(path):
        sys.exit("calibrate-score: run bench/api-fit-eval.sh first (no bench/out/answers.jsonl)")
    scores = {pair: answer["overallScore"] for pair, answer in api.answered(path).items()}
    kept = [(r, j, l) for r, j, l in pairs if f"{r}|{j}" in scores]
    score = [scores[f"{r}|{j}"] for r, j, _ in kept]
    outcome = [1 if l >= 1 else 0 for _, _, l in kept]
    groups = [r for r, _, _ in kept]
    folds = api.folds_of(groups)

    calibrated = [None] * len(kept)
    for fold in range(5):
        table = knots(pool_adjacent_violators(
            [(score[i], outcome[i]) for i, g in enumerate(groups) if folds[g] != fold]))
        for i, g in enumerate(groups):
            if folds[g] == fold:
                calibrated[i] = chance(table, score[i])
    raw = [min(1.0, max(0.0, s / 100)) for s in score]

    by_resume = {}
    for i, g in enumerate(groups):
        by_resume.setdefault(g, []).append(i)
    resumes = sorted(by_resume)
    rng = random.Random(api.SEED)
    diffs = {"ECE": [], "Brier": []}
    for _ in range(args.resamples):
        sample = [i for g in (rng.choice(resumes) for _ in resumes) for i in by_resume[g]]
        c, r, y = [calibrated[i] for i in sample], [raw[i] for i in sample], [outcome[i] for i in sample]
        diffs["ECE"].append(ece(c, y) - ece(r, y))
        diffs["Brier"].append(brier(c, y) - brier(r, y))

    def interval(values):
        values = sorted(values)
        return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]

    print(f"calibration of overallScore on {len(kept)} pairs ({len(resumes)} resumes) scored through the API; "
          f"outcome: judged Good or Potential Fit (base rate {sum(outcome) / len(outcome):.3f}); "
          "out of fold, 5 folds grouped by resume")
    print(f"  {'':28} {'ECE':>7} {'Brier':>7}")
    print(f"  {'raw score / 100':28} {ece(raw, outcome):7.3f} {brier(raw, outcome):7.3f}")
    print(f"  {'fitChance (isotonic)':28} {ece(calibrated, outcome):7.3f} {brier(calibrated, outcome):7.3f}")
    for name, values in diffs.items():
        lo, hi = interval(values)
        point = (ece(calibrated, outcome) - ece(raw, outcome)) if name == "ECE" \
            else (brier(calibrated, outcome) - brier(raw, outcome))
        print(f"  {name} difference, fitChance minus raw: {point:+.3f} [{lo:+.3f}, {hi:+.3f}] "
              f"(95 % interval, {args.resamples} resamples of resumes)")

    print("\nreliability of fitChance (out of fold), 10 equal-count bins")
    print(f"  {'mean fitChance':>15} {'judged a fit':>13} {'pairs':>6} {'mean score':>11}")
    order = sorted(range(len(kept)), key=lambda i: calibrated[i])
    for b in range(BINS):
        part = order[b * len(order) // BINS:(b + 1) * len(order) // BINS]
        print(f"  {sum(calibrated[i] for i in part) / len(part):15.3f} "
              f"{sum(outcome[i] for i in part) / len(part):13.3f} {len(part):6d} "
              f"{sum(score[i] for i in part) / len(part):11.1f}")

    table = knots(pool_adjacent_violators(list(zip(score, outcome))))
    if args.dry_run:
        print(f"\n--dry-run: table of {len(table)} knots not written")
        return
    os.makedirs(os.path.dirname(TABLE), exist_ok=True)
    with open(TABLE, "w") as out:
        out.write("# overallScore -> share of labelled matches judged Good or Potential Fit (isotonic, fit-pairs "
                  f"through the API, {len(kept)} pairs); written by bench/calibrate_score.py\n")
        out.write("score\tfit_chance\n")
        for s, c in table:
            out.write(f"{s}\t{c}\n")
    print(f"\nwrote {os.path.relpath(TABLE, api.ROOT)} ({len(table)} knots)")


if __name__ == "__main__":
    main()
