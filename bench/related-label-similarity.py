#!/usr/bin/env python3
"""Where ai-service's bar for related labels comes from, and what it does to audited SIMILAR evidence.

A label the taxonomy lends a skill from a broader or neighbouring concept ("work environment" under monitor work
site) is related evidence only when its embedding is at least as close to the skill's name as three in four of
ESCO's own alternative labels are to theirs (SkillExtractor.RELATED_LABEL_MIN_SIMILARITY). Through the running
suite's ai-service (POST /api/ai/embeddings, the model the extractor uses) this prints:
  1. the cosine of ESCO skills' names with their own alternative labels (3,000 drawn with a fixed seed): percentiles;
  2. on the judged SIMILAR records of an audit file (default bench/evidence-audit-session12.jsonl, judged before the
     bar existed), the precision of all of them (the baseline) beside the precision of those at or above the bar,
     each with a Wilson 95 % interval.
Usage: python3 bench/related-label-similarity.py [audit.jsonl]   (needs ./suite up and ${SHARED_DATA:-../shared/data})
"""
import csv
import gzip
import json
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import api_fit_eval as api  # noqa: E402  (the suite's URLs and service token)
from evidence_precision import wilson  # noqa: E402

BAR = 0.74
TAXONOMY = os.path.join(ROOT, "matching-service/src/main/resources/taxonomy/skills-taxonomy.tsv.gz")
ESCO_TYPES = {"knowledge", "occupational", "cross-sector", "transversal"}
DATA = os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))


def embed(tokens, texts):
    vectors = []
    for i in range(0, len(texts), 200):
        status, answer = api.http("POST", api.URL["ai"] + "/api/ai/embeddings", token=tokens.get("service"),
                                  body=json.dumps({"texts": texts[i:i + 200]}).encode(),
                                  content_type="application/json")
        if status != 200:
            sys.exit(f"related-label-similarity: embeddings answered HTTP {status}: {answer}")
        vectors += answer["vectors"]
    return vectors


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def main():
    audit = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench", "evidence-audit-session12.jsonl")
    tokens = api.Tokens()
    pairs = []
    with gzip.open(TAXONOMY, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["category"].lower() in ESCO_TYPES and row["synonyms"]:
                pairs += [(row["name"], s) for s in row["synonyms"].split("|") if s and s.lower() != row["name"].lower()]
    random.Random(7).shuffle(pairs)
    pairs = pairs[:3000]
    vectors = embed(tokens, [p[0] for p in pairs] + [p[1] for p in pairs])
    sims = sorted(cosine(vectors[i], vectors[len(pairs) + i]) for i in range(len(pairs)))
    print(f"ESCO names and their own alternative labels ({len(pairs)} drawn, seed 7): cosine percentiles")
    print("  " + "  ".join(f"p{int(q * 100)} {sims[int(q * len(sims))]:.3f}" for q in (0.05, 0.1, 0.25, 0.5, 0.75)))
    print(f"  bar used by ai-service: {BAR} (the lower quartile)")

    path = os.path.join(DATA, "fit-pairs", "resumes.csv")
    if not os.path.exists(path):
        print(f"\n{path} absent: no audit check")
        return
    csv.field_size_limit(10 ** 9)
    with open(path, encoding="utf-8") as f:
        resumes = {r["resume_id"]: r["resume_text"] for r in csv.DictReader(f)}
    records = [json.loads(line) for line in open(audit) if line.strip()]
    records = [r for r in records if r["match_type"] == "SIMILAR" and isinstance(r.get("genuine"), bool)]
    cited = [resumes[r["pair"].split("|")[0]][r["span"][0]:r["span"][1]] or "?" for r in records]
    vectors = embed(tokens, cited + [r["requirement"] for r in records])
    kept = [r for i, r in enumerate(records) if cosine(vectors[i], vectors[len(records) + i]) >= BAR]
    print(f"\nSIMILAR records judged in {os.path.relpath(audit, ROOT)} (cited words against the skill's name)")
    for name, group in (("all (baseline)", records), (f"at or above {BAR}", kept)):
        good = sum(r["genuine"] for r in group)
        lo, hi = wilson(good, len(group))
        print(f"  {name:22} {good:3}/{len(group):3} genuine  precision {good / max(1, len(group)):.3f} [{lo:.3f}, {hi:.3f}]")
    dropped = [r for r in records if r not in kept]
    print(f"  dropped by the bar: {len(dropped)}, of which genuine {sum(r['genuine'] for r in dropped)}")


if __name__ == "__main__":
    main()
