#!/usr/bin/env python3
"""Every matched-skill citation of an api-fit-eval run, judged by carrying the judgement of the same citation from
earlier censuses (same resume, requirement, candidate skill, cited span start and match type); the citations no
census judged are written with their context for a judge to read (rule: bench/evidence-audit.md), and counted apart.

Writes NEW_CENSUS (one record per distinct citation, as bench/evidence-audit-*-census.jsonl) and prints the counts per
match type, judged and not; `bash bench/evidence-precision.sh NEW_CENSUS` then prints the precision with intervals.

Usage: python3 bench/evidence_census.py OUT_DIR NEW_CENSUS OLD_CENSUS [OLD_CENSUS ...]
       (OUT_DIR: a run's bench/out, with answers.jsonl and resume-views.json; the first census judging a citation wins)
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402


def judgements(paths):
    judged = {}
    for path in paths:
        for line in open(path):
            record = json.loads(line)
            if isinstance(record.get("genuine"), bool):
                judged.setdefault((record["pair"].split("|")[0], record["requirement"], record["candidate_skill"],
                                   record["span"][0], record["match_type"]), record)
    return judged


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, new_path, olds = sys.argv[1], sys.argv[2], sys.argv[3:]
    judged = judgements(olds)
    views = json.load(open(os.path.join(out, "resume-views.json")))
    names = api.skill_names(views)
    matches = dict(sorted(api.answered(os.path.join(out, "answers.jsonl")).items()))
    counts = collections.Counter()
    with open(new_path, "w") as f:
        for n, (pair, rid, m, evidence) in enumerate(api.distinct_citations(matches), 1):
            candidate = names.get((rid, m.get("candidateSkillId")), m.get("candidateSkillId"))
            start, end = evidence.get("start"), evidence.get("end")
            record = {"sample_id": n, "pair": pair, "match_type": m.get("matchType"), "requirement": m.get("name"),
                      "candidate_skill": candidate, "span": [start, end]}
            earlier = judged.get((rid, m.get("name"), candidate, start, m.get("matchType")))
            if earlier:
                record.update(genuine=earlier["genuine"], why=earlier.get("why", ""))
            else:
                text = views[rid]["text"]
                record["context"] = (text[max(0, start - 150):start] + "[[" + text[start:end] + "]]"
                                     + text[end:end + 100]).replace("\n", " ")
            counts[(record["match_type"], record.get("genuine", "unjudged"))] += 1
            f.write(json.dumps(record) + "\n")
    print(f"{sum(counts.values())} citations in {new_path}")
    for (match_type, genuine), count in sorted(counts.items(), key=str):
        print(f"  {match_type:8} {str(genuine):9} {count:6d}")


if __name__ == "__main__":
    main()
