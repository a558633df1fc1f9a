#!/usr/bin/env python3
"""What the fit pairs' labels say about experience against a job's level, read through the API: the experience
reasons of api-fit-eval's cached answers ("6.5 years of relevant experience (8.5 years in all) against 3-8 years
asked; ...") give each pair's relevant and total months and the level the posting states, and the labels are
counted per band (short of the minimum by the share met, inside the level, beyond its top by the share of the top).

Then the experience criterion's shape (matching-service ExperienceCriterion: short of the minimum by the cube of
the share met; the level reaching a quarter past its top, then falling linearly to 50 at twice the top) is
recomputed for the pairs whose posting states a range or that are judged on a title's usual level, beside variants
(the shape before session 32: the square, no margin), each combined with the other sub-scores as bench/learn_weights.py does
(additive, monotone, out of fold: 5 folds grouped by resume), with each variant's difference to the service's shape
and its 95 % interval over resamples of the resumes. Pairs judged on a usual level (no stated range) keep the
service's sub-score.

Usage: python3 bench/experience_levels.py [--resamples 1000]   (after bench/api-fit-eval.sh)
"""
import argparse
import collections
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
import learn_weights as lw  # noqa: E402

DURATION = r"(\d+(?:\.\d)?) (months?|years?)"
REASON = re.compile(DURATION + r" of relevant experience \(" + DURATION + r" in all\) against (.*)$")
RANGE = re.compile(r"(\d+(?:\.\d)?)-" + DURATION + " asked")
AT_LEAST = re.compile(r"at least " + DURATION + " asked")
USUAL = re.compile(r"a title like this usually asks (\d+) years or more")
FLOOR = 50.0


def months(number, unit):
    return float(number) * (12 if unit.startswith("year") else 1)


def stated_level(answer):
    """(relevant, total, minimum, level top, usual) in months, read from the experience reason: a stated range, or
    the usual level of a title like the job's (no top; scored toward neutral)."""
    for reason in answer.get("reasons", []):
        found = REASON.search(reason)
        if not found:
            continue
        relevant, total = months(*found.group(1, 2)), months(*found.group(3, 4))
        asked = found.group(5).split(";")[0]
        if (r := RANGE.match(asked)):
            low, top = months(r.group(1), r.group(3)), months(r.group(2), r.group(3))
        elif (r := AT_LEAST.match(asked)):
            low = months(*r.group(1, 2))
            top = max(2 * low, low + 36)  # where the next level starts, as ExperienceCriterion.levelTop
        elif (r := USUAL.search(found.group(5))):
            # a usual level: no top, and the score moved toward neutral as far as the level is known
            return relevant, total, float(r.group(1)) * 12, math.inf, True
        else:
            return None  # an entry-level title's usual level, or no level at all
        return relevant, total, low, max(top, 12), False
    return None


def band(relevant, total, low, top, usual):
    if relevant < low:
        return f"short: {math.floor(relevant / low * 4) / 4:.2f}-{math.floor(relevant / low * 4) / 4 + 0.25:.2f} of the minimum"
    if total <= top:
        return "inside the level"
    beyond = min(1.5, math.floor((total - top) / top * 4) / 4)
    return f"beyond: {beyond:.2f}+ of the top" if beyond >= 1.5 else f"beyond: {beyond:.2f}-{beyond + 0.25:.2f} of the top"


def shape(power=3.0, floor=FLOOR, margin=0.25):
    """The criterion's score: below the minimum by the share met to this power; full up to the top plus margin; then
    linearly down to the floor at twice the top."""
    def score(relevant, total, low, top, usual=False):
        if relevant < low:
            return 100 * (relevant / low) ** power
        reach = top * (1 + margin)
        if total <= reach:
            return 100.0
        return 100 - (100 - floor) * min(1.0, (total - reach) / (2 * top - reach))
    return score


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    answers, kept = api.labelled_answers("experience-levels")
    labels = [l for _, _, l in kept]
    groups = [r for r, _, _ in kept]
    levels = [stated_level(answers[f"{r}|{j}"]) for r, j, _ in kept]
    stated = [i for i, level in enumerate(levels) if level and not level[4]]
    usual = [i for i, level in enumerate(levels) if level and level[4]]
    print(f"pairs read back from the experience reason: {len(stated)} of {len(kept)} whose posting states a range, "
          f"{len(usual)} judged on a title's usual level (only these two kinds are recomputed)")

    counts = collections.defaultdict(collections.Counter)
    for i in stated:
        counts[band(*levels[i])][labels[i]] += 1
    print(f"\n{'band':40} {'pairs':>6} {'No Fit':>7} {'Potential':>10} {'Good':>6}")
    for name in sorted(counts, key=lambda b: (not b.startswith("short"), b != "inside the level", b)):
        c = counts[name]
        n = sum(c.values())
        print(f"{name:40} {n:6d} {c[0] / n:7.1%} {c[1] / n:10.1%} {c[2] / n:6.1%}")

    experience = lw.CRITERIA.index("experience")
    baseline = shape()  # what the answers were served with (their own run's code)
    ys = [l / 2 for l in labels]

    def out_of_fold(score):
        xs = []
        for i, (r, j, _) in enumerate(kept):
            x = lw.features(answers[f"{r}|{j}"])
            if levels[i] and not levels[i][4]:
                x[experience] = score(*levels[i]) / 100
            elif levels[i]:
                # the served sub-score is 50 + k * (criterion - 50): the same pull toward neutral for the new shape
                served, current = x[experience] * 100, baseline(*levels[i])
                if abs(current - 50) > 1e-9:
                    x[experience] = (50 + (served - 50) * (score(*levels[i]) - 50) / (current - 50)) / 100
            xs.append(x)
        return lw.out_of_fold(xs, ys, groups)

    print("\nthe criterion's shape, combined out of fold (5 folds grouped by resume)")
    api.evaluate({
        "baseline: served (cube, a quarter past the top)": out_of_fold(shape()),
        "square, no margin (before session 32)": out_of_fold(shape(power=2, margin=0)),
        "no margin past the top": out_of_fold(shape(margin=0)),
        "square of the share met": out_of_fold(shape(power=2)),
        "no penalty beyond the level": out_of_fold(shape(floor=100)),
        "floor 30 beyond the level": out_of_fold(shape(floor=30)),
    }, labels, groups, args.resamples)


if __name__ == "__main__":
    main()
