#!/usr/bin/env python3
"""How much of what postings list as their skills the running suite reads, through its API: for every job of a
source (the sample catalogue by default), its listed key skills (`GET /api/jobs/{id}`) against the ones enrichment left
unread (`GET /internal/jobs/{id}/profile`, `unreadSkills`: read by no taxonomy name or synonym, no link of ai-service's
reading of the list, no skill ai-service found in the text). Baseline, in the same run: the taxonomy's names and
synonyms alone (`POST /api/taxonomy/normalize`), the look-up a listed skill went through before ai-service read lists.

Prints listed skills (and distinct ones), the share read by the baseline and by the service, the difference with a 95 %
interval over resamples of postings, and the distinct skills still unread, most listed first.

Usage: bench/listed-skills.sh [--source jobmatch-sample] [--resamples 1000]   (the suite must be running: ./suite up)
"""
import argparse
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402  (HTTP, tokens)


def jobs_of(tokens, source):
    ids, page = [], 0
    while True:
        status, answer = tokens.call("user", "GET", api.URL["matching"]
                                     + f"/api/jobs?source={source}&includeDuplicates=true&size=100&page={page}")
        if status != 200:
            sys.exit(f"listed-skills: GET /api/jobs failed (HTTP {status}): {answer}")
        ids += [item["id"] for item in answer["items"]]
        if not answer["items"] or len(ids) >= answer["total"]:
            return ids
        page += 1


def listed_and_unread(tokens, job_id):
    status, job = tokens.call("user", "GET", api.URL["matching"] + f"/api/jobs/{job_id}")
    if status != 200:
        sys.exit(f"listed-skills: GET /api/jobs/{job_id} failed (HTTP {status})")
    status, profile = tokens.call("service", "GET", api.URL["matching"] + f"/internal/jobs/{job_id}/profile")
    if status != 200:
        sys.exit(f"listed-skills: GET /internal/jobs/{job_id}/profile failed (HTTP {status})")
    listed = {}
    for skill in job.get("keySkills") or []:
        if skill and skill.strip():
            listed.setdefault(" ".join(skill.split()).lower(), skill.strip())  # one reading per skill, as enrichment
    unread = {" ".join(s.split()).lower() for s in profile.get("unreadSkills") or []}
    return listed, unread, job.get("enrichedAt") is not None


def named_by_taxonomy(tokens, labels):
    named = set()
    for start in range(0, len(labels), 500):
        chunk = labels[start:start + 500]
        status, answer = tokens.call("user", "POST", api.URL["matching"] + "/api/taxonomy/normalize",
                                     body=json.dumps({"labels": chunk}).encode(), content_type="application/json")
        if status != 200:
            sys.exit(f"listed-skills: POST /api/taxonomy/normalize failed (HTTP {status}): {answer}")
        named |= {item["label"] for item in answer if item.get("skill")}
    return named


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", default="jobmatch-sample")
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    tokens = api.Tokens()
    postings = []
    for job_id in jobs_of(tokens, args.source):
        listed, unread, enriched = listed_and_unread(tokens, job_id)
        if listed and enriched:
            postings.append((listed, unread))
    if not postings:
        sys.exit(f"listed-skills: no enriched posting of {args.source} lists skills")
    labels = sorted({label for listed, _ in postings for label in listed.values()})
    named = {label.lower() for label in named_by_taxonomy(tokens, labels)}

    rows = []  # per posting: listed, read by the baseline, read by the service
    still = collections.Counter()
    for listed, unread in postings:
        base = sum(1 for key, label in listed.items() if label.lower() in named)
        service = sum(1 for key in listed if key not in unread)
        rows.append((len(listed), base, service))
        still.update(label for key, label in listed.items() if key in unread)
    total = sum(r[0] for r in rows)

    def share(rs, k):
        return sum(r[k] for r in rs) / sum(r[0] for r in rs)

    rng = random.Random(19)
    diffs = sorted(share(s, 2) - share(s, 1) for s in ([rng.choice(rows) for _ in rows] for _ in range(args.resamples)))
    low, high = diffs[int(0.025 * len(diffs))], diffs[int(0.975 * len(diffs)) - 1]
    distinct = {key for listed, _ in postings for key in listed}
    print(f"{args.source}: {len(postings)} enriched postings list {total} skills ({len(distinct)} distinct)")
    print(f"baseline: a taxonomy name or synonym   {sum(r[1] for r in rows):5d} read  ({share(rows, 1):.3f})")
    print(f"service: as enrichment read them       {sum(r[2] for r in rows):5d} read  ({share(rows, 2):.3f})")
    print(f"service minus baseline, share read: {share(rows, 2) - share(rows, 1):+.3f} [{low:+.3f}, {high:+.3f}]"
          f" (95 % interval over {args.resamples} resamples of postings)")
    print(f"still unread: {sum(still.values())} listed skills, {len(still)} distinct; most listed:")
    print("  " + "; ".join(f"{label} {n}" for label, n in still.most_common(25)))


if __name__ == "__main__":
    main()
