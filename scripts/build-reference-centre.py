#!/usr/bin/env python3
"""Builds matching-service's reference embedding centre (src/main/resources/scoring/reference-centre.tsv) and the
embeddings of ESCO's occupations it is the mean of (src/main/resources/scoring/occupation-vectors.tsv.gz).

Semantic similarity is measured from a centre (scoring.EmbeddingCentre): sentence embeddings of texts about work share
a large common direction, and subtracting it leaves what tells one kind of work from another. Taken from the
catalogue, that centre moved with whatever else the catalogue held (the demo's generated sample jobs lowered the
fit-pairs semantic AUC from 0.679 to 0.633). This centre is fixed and balanced over all kinds of work: the mean of the
embeddings of ESCO's 3,007 occupation descriptions (ESCO v1.1.1, European Commission, reuse allowed with attribution,
see /NOTICE), each embedded as matching-service embeds a posting: its statements (sentences of at least 25
characters, at most 24 of them, as enrichment.Statements cuts them) embedded one by one, the description's vector
their unit centroid, the centre the mean of those.

The occupations' own vectors are written too: a posting that names no occupation in its title or text is given the
occupation whose description its embedding is nearest to (scoring.NearestOccupation). One line per occupation:
ISCO-08 unit group, preferred label (lower case), a scale, and the 384 values of its unit vector as integers of
-127..127 (value = integer * scale, scale = largest magnitude / 127): int8 keeps the file at about 2 MB gzipped, and its
rounding (at most half a step, about 0.001) moves a cosine by about a thousandth.

Usage (a running suite's ai-service embeds, with the model matching-service is served by):
  SUITE_STATE_DIR=.suite USER_SERVICE_URL=http://localhost:8081 AI_SERVICE_URL=http://localhost:8083 \\
    python3 scripts/build-reference-centre.py [path of occupations_esco_v1.1.1_tabiya.csv]
"""
import csv
import gzip
import json
import math
import os
import re
import sys
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data")), "taxonomy", "esco",
    "occupations_esco_v1.1.1_tabiya.csv")
OUT = os.path.join(ROOT, "matching-service", "src", "main", "resources", "scoring", "reference-centre.tsv")
OUT_VECTORS = os.path.join(ROOT, "matching-service", "src", "main", "resources", "scoring", "occupation-vectors.tsv.gz")
QUANT = 127           # int8 quantisation of the occupation vectors
SAME_CENTRE = 1e-4    # a centre this close to the shipped one is the same one, re-embedded
STATEMENTS = 24       # Statements.MAX_JOB_STATEMENTS
MIN_CHARS = 25        # Statements.MIN_CHARS
MAX_CHARS = 400       # Statements.MAX_CHARS
BREAKS = re.compile(r"(?<=[.!?])\s+|[\r\n]+|[•●▪◦·;|]+|\s-\s")  # Statements.BREAKS
STATE = os.environ.get("SUITE_STATE_DIR", os.path.join(ROOT, ".suite"))
USER = os.environ.get("USER_SERVICE_URL", "http://localhost:8081")
AI = os.environ.get("AI_SERVICE_URL", "http://localhost:8083")


def statements(text):
    found = []
    for piece in BREAKS.split(text):
        statement = re.sub(r"\s+", " ", piece.strip())
        if len(statement) >= MIN_CHARS and statement[:MAX_CHARS] not in found:
            found.append(statement[:MAX_CHARS])
    if not found and text.strip():
        found = [re.sub(r"\s+", " ", text.strip())[:MAX_CHARS]]
    if len(found) > STATEMENTS:
        found = [found[i * len(found) // STATEMENTS] for i in range(STATEMENTS)]
    return found


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
    if not os.path.exists(DATA):
        print(f"build-reference-centre: {DATA} is absent; nothing built")
        return
    csv.field_size_limit(10 ** 8)
    rows = [row for row in csv.DictReader(open(DATA, encoding="utf-8")) if statements(row["DESCRIPTION"] or "")]
    described = [statements(row["DESCRIPTION"]) for row in rows]
    flat = [s for group in described for s in group]
    bearer = token()
    vectors = []
    for i in range(0, len(flat), 128):
        vectors += post(AI + "/api/ai/embeddings", {"texts": flat[i:i + 128], "sourceType": "JOB"}, bearer)["vectors"]
        print(f"  embedded {len(vectors)}/{len(flat)}", file=sys.stderr)
    occupations = []
    at = 0
    for group in described:
        members = vectors[at:at + len(group)]
        at += len(group)
        occupations.append(unit([sum(col) / len(members) for col in zip(*members)]))
    centre = [sum(col) / len(occupations) for col in zip(*occupations)]
    if same_as_shipped(centre):
        print(f"kept {OUT}: the new centre is the shipped one within {SAME_CENTRE}")
    else:
        with open(OUT, "w") as out:
            out.write(f"# reference embedding centre: mean of {len(occupations)} ESCO v1.1.1 occupation descriptions "
                      f"({len(flat)} statements); scripts/build-reference-centre.py\n")
            out.write("\n".join(f"{x:.7f}" for x in centre) + "\n")
        print(f"wrote {OUT}: {len(centre)} dimensions, norm {math.sqrt(sum(x * x for x in centre)):.4f}")
    write_vectors(rows, occupations)


def same_as_shipped(centre):
    """Whether the shipped centre is this one up to the embedding's run-to-run noise (about 2e-5 a dimension: ai-service
    batches differently each run). A changed centre makes every catalogue re-centre all its jobs, so noise must not."""
    if not os.path.exists(OUT):
        return False
    shipped = [float(line) for line in open(OUT) if line.strip() and not line.startswith("#")]
    return len(shipped) == len(centre) and all(abs(a - b) < SAME_CENTRE for a, b in zip(shipped, centre))


def write_vectors(rows, occupations):
    """Each occupation's unit vector, int8-quantised with its own scale, beside its ISCO group and preferred label."""
    with gzip.open(OUT_VECTORS, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# embeddings of {len(occupations)} ESCO v1.1.1 occupation descriptions, as matching-service embeds "
                  f"a posting; value = integer * scale; scripts/build-reference-centre.py\n")
        out.write("isco\tlabel\tscale\tvalues\n")
        for row, vector in zip(rows, occupations):
            scale = max(abs(x) for x in vector) / QUANT
            label = " ".join(row["PREFERREDLABEL"].lower().split())
            values = ",".join(str(round(x / scale)) for x in vector)
            out.write(f"{row['ISCOGROUPCODE'].strip()}\t{label}\t{scale:.9g}\t{values}\n")
    print(f"wrote {OUT_VECTORS}: {len(occupations)} occupations, {os.path.getsize(OUT_VECTORS) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
