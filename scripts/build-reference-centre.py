#!/usr/bin/env python3
"""Builds matching-service's reference embedding centre (src/main/resources/scoring/reference-centre.tsv).

Semantic similarity is measured from a centre (scoring.EmbeddingCentre): sentence embeddings of job texts share a
large common direction, and subtracting it leaves what tells jobs apart. Taken from the catalogue, that centre moved
with whatever else the catalogue held (the demo's sample jobs lowered the fit-pairs AUC from 0.715 to 0.680). This
centre is fixed: the mean of embeddings of public job-posting text, SkillSpan (Zhang et al., NAACL 2022, MIT; 7,974
English job-posting sentences of its train and dev sets, HOUSE and TECH), embedded as matching-service embeds a
posting: consecutive sentences grouped into pseudo-postings of up to 24 statements (Statements.MAX_JOB_STATEMENTS; the
released sentences carry no posting boundaries), each the unit centroid of its statements' embeddings, the centre
their mean.

Usage (a running suite's ai-service does the embedding, with the model matching-service is served by):
  SUITE_STATE_DIR=.suite USER_SERVICE_URL=http://localhost:8081 AI_SERVICE_URL=http://localhost:8083 \
    python3 scripts/build-reference-centre.py [${SHARED_DATA:-../shared/data}/skill-extraction/skillspan]
"""
import json
import math
import os
import re
import sys
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data")), "skill-extraction", "skillspan")
OUT = os.path.join(ROOT, "matching-service", "src", "main", "resources", "scoring", "reference-centre.tsv")
FILES = ["skillspan_house_train.conll", "skillspan_house_dev.conll", "skillspan_tech_train.conll",
         "skillspan_tech_dev.conll"]
STATEMENTS = 24       # Statements.MAX_JOB_STATEMENTS
MIN_CHARS = 25        # Statements.MIN_CHARS
MAX_CHARS = 400       # Statements.MAX_CHARS
STATE = os.environ.get("SUITE_STATE_DIR", os.path.join(ROOT, ".suite"))
USER = os.environ.get("USER_SERVICE_URL", "http://localhost:8081")
AI = os.environ.get("AI_SERVICE_URL", "http://localhost:8083")


def sentences(path):
    words = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if words:
                yield words
            words = []
            continue
        token = line.split("\t")[0]
        if not re.fullmatch(r"<[A-Z]+>", token):  # de-identification placeholders say nothing about the work
            words.append(token)
    if words:
        yield words


def text(words):
    joined = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", " ", " ".join(words))
    joined = re.sub(r" ([.,;:!?%)])", r"\1", joined)
    joined = re.sub(r"([(]) ", r"\1", joined)
    return joined[:MAX_CHARS]


def post(url, body, token=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": "Bearer " + token} if token else {})})
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as e:
        sys.exit(f"build-reference-centre: {url} answered {e.code}: {e.read()[:500]!r}")


def token():
    secrets = dict(line.strip().split("=", 1) for line in open(os.path.join(STATE, "keys", "service-secrets.env"))
                   if "=" in line)
    return post(USER + "/api/auth/service-token", {"clientId": "matching-service",
                                                     "clientSecret": secrets["MATCHING_SECRET"]})["accessToken"]


def unit(v):
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v] if n else v


def main():
    if not os.path.isdir(DATA):
        print(f"build-reference-centre: {DATA} is absent; nothing built")
        return
    statements = []
    for name in FILES:
        statements += [t for t in (text(w) for w in sentences(os.path.join(DATA, name))) if len(t) >= MIN_CHARS]
    groups = [statements[i:i + STATEMENTS] for i in range(0, len(statements), STATEMENTS)]
    bearer = token()
    vectors = []
    for i in range(0, len(statements), 128):
        vectors += post(AI + "/api/ai/embeddings", {"texts": statements[i:i + 128], "sourceType": "JOB"},
                        bearer)["vectors"]
        print(f"  embedded {len(vectors)}/{len(statements)}", file=sys.stderr)
    postings = []
    for g in range(len(groups)):
        members = vectors[g * STATEMENTS:(g + 1) * STATEMENTS]
        postings.append(unit([sum(col) / len(members) for col in zip(*members)]))
    centre = [sum(col) / len(postings) for col in zip(*postings)]
    with open(OUT, "w") as out:
        out.write(f"# reference embedding centre: {len(statements)} SkillSpan job-posting sentences in "
                  f"{len(postings)} pseudo-postings of up to {STATEMENTS}; scripts/build-reference-centre.py\n")
        out.write("\n".join(f"{x:.7f}" for x in centre) + "\n")
    print(f"wrote {OUT}: {len(centre)} dimensions, norm {math.sqrt(sum(x * x for x in centre)):.4f}")


if __name__ == "__main__":
    main()
