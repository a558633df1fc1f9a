#!/usr/bin/env python3
"""How many of the skills the services read carry their taxonomy links, through the API: every skill ai-service read
from the 453 fit-pairs resumes (their views, as bench/api-fit-eval.sh cached them from resume-service) and every skill
matching-service names missing from a posting (its answers), each ESCO skill (its name is an ESCO preferred label) with
its ESCO URI or not, each technology with its O*NET code or not. Beside it, in the same run, the baseline: the URIs the
shared ESCO subset alone gives the same skills (../shared/data/taxonomy/esco/skills_en_subset_with_uri_reuselevel.csv,
what the taxonomy carried before it took the full URI list). Shares with a 95 % Wilson interval, over occurrences and
over distinct skills.

Usage: python3 bench/skill_uris.py   (after bench/api-fit-eval.sh; reads bench/out and ../shared/data)
"""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402
from evidence_precision import wilson  # noqa: E402  (the Wilson interval the evidence figures use)

ESCO = os.path.join(os.environ.get("SHARED_DATA", os.path.join(api.ROOT, "..", "shared", "data")), "taxonomy", "esco")



def share(k, n):
    low, high = wilson(k, n)
    return f"{k / n:6.1%} [{low:.1%}, {high:.1%}] ({k:,} of {n:,})" if n else "-"


def esco_labels():
    with open(os.path.join(ESCO, "skills_en_full_preferred_alt_type.csv"), newline="", encoding="utf-8") as f:
        every = {row["preferredLabel"].strip() for row in csv.DictReader(f)}
    with open(os.path.join(ESCO, "skills_en_subset_with_uri_reuselevel.csv"), newline="", encoding="utf-8") as f:
        subset = {row["preferredLabel"].strip(): row["conceptUri"] for row in csv.DictReader(f)}
    return every, subset


def report(title, skills, every, subset, codes=True):
    """skills: (name, escoUri, onetCode, category) per occurrence; codes: whether the answer carries O*NET codes."""
    esco = [s for s in skills if s[0] in every]
    tools = [s for s in skills if s[3] and s[3] not in ("knowledge", "transversal", "cross-sector", "occupational",
                                                         "language")]
    distinct = {s[0]: s for s in esco}
    print(f"\n{title}: {len(skills):,} skills, {len(esco):,} of them ESCO skills ({len(distinct):,} distinct)")
    print(f"  with an ESCO URI, service:              {share(sum(1 for s in esco if s[1]), len(esco))}")
    print(f"  with an ESCO URI, shared subset alone:  {share(sum(1 for s in esco if s[0] in subset), len(esco))}")
    print(f"  distinct ESCO skills, service:          {share(sum(1 for s in distinct.values() if s[1]), len(distinct))}")
    print(f"  distinct ESCO skills, shared subset:    {share(sum(1 for s in distinct.values() if s[0] in subset), len(distinct))}")
    wrong = sum(1 for s in esco if s[1] and s[0] in subset and subset[s[0]] != s[1])
    print(f"  URIs that differ from the shared subset's for the same skill: {wrong}")
    if codes:
        print(f"  technologies with an O*NET code:        {share(sum(1 for s in tools if s[2]), len(tools))}")


def main():
    if not os.path.isdir(ESCO):
        print(f"skill-uris: no ESCO data at {ESCO}: skipped")
        return
    views = api.load_json("resume-views.json", {})
    if not views:
        sys.exit("skill-uris: no bench/out/resume-views.json: run bench/api-fit-eval.sh first")
    every, subset = esco_labels()
    read = [(s["name"], s.get("escoUri"), s.get("onetCode"), s.get("category"))
            for view in views.values() for s in view.get("extractedSkills") or []]
    report("skills ai-service read from the fit-pairs resumes", read, every, subset)
    missing = []
    with open(os.path.join(api.OUT, "answers.jsonl")) as f:
        for line in f:
            record = json.loads(line)
            if record.get("status") != 200:
                continue
            match = record["answer"].get("match") or record["answer"]
            for s in (match.get("missingRequiredSkills") or []) + (match.get("missingPreferredSkills") or []):
                missing.append((s["name"], s.get("escoUri"), None, s.get("category")))
    report("skills matching-service names missing from a posting (the answer carries no O*NET code)", missing, every,
           subset, codes=False)


if __name__ == "__main__":
    main()
