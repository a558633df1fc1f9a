#!/usr/bin/env python3
"""Builds matching-service/src/main/resources/taxonomy/occupations.tsv.gz from ESCO's occupations
(../shared/data/taxonomy/esco/occupations_esco_v1.1.1_tabiya.csv; ESCO, European Commission reuse policy, may ship).
Columns: isco (4-digit ISCO-08 unit group), label (lower case), kind (preferred | alternative), occupation (the
preferred label of the occupation the label belongs to, as scripts/build-reference-centre.py writes it beside the
occupation's embedded description). matching-service reads it to give a job title and a resume's role titles an
occupation (knowledge.Occupations), and compares two occupations by how alike their ESCO descriptions are, or by how
much of the ISCO hierarchy they share (scoring.CategoryCriterion).

Usage: python3 scripts/build-occupations.py [SHARED_DATA]
"""
import csv
import gzip
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SHARED_DATA", os.path.join(here, "../../shared/data"))
source = os.path.join(root, "taxonomy/esco/occupations_esco_v1.1.1_tabiya.csv")
target = os.path.join(here, "../matching-service/src/main/resources/taxonomy/occupations.tsv.gz")

rows = set()
with open(source, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        isco = r["ISCOGROUPCODE"].strip()
        if len(isco) != 4 or not isco.isdigit():
            continue
        occupation = " ".join(r["PREFERREDLABEL"].lower().split())
        rows.add((isco, occupation, "preferred", occupation))
        for alt in r["ALTLABELS"].split("\n"):
            label = " ".join(alt.lower().split())
            if label:
                rows.add((isco, label, "alternative", occupation))
with gzip.open(target, "wt", encoding="utf-8") as out:
    out.write("isco\tlabel\tkind\toccupation\n")
    for isco, label, kind, occupation in sorted(rows):
        out.write(f"{isco}\t{label}\t{kind}\t{occupation}\n")
print(f"wrote {len(rows)} labels to {os.path.relpath(target)}")
