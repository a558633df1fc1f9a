#!/usr/bin/env python3
"""Acronyms the resumes spell out themselves ("Government Purchase Card (GPC)") against the skills the service read
through those letters, through the API: every skill ai-service read from the 453 fit-pairs resumes (their views, as
bench/api-fit-eval.sh cached them from resume-service) whose matched text is letters its own resume defines, counted
as agreeing with the definition (the spelling shares a word stem with one of the skill's taxonomy labels, or the skill
is named by the letters alone) or not. Beside it, in the same run, the baseline a reader blind to the definitions
would give: every use of those letters in the text that the taxonomy has as a label of a skill whose labels disagree
with the resume's spelling (ai-service's own reading of the letters before DefinedAcronyms took such readings out).

Usage: python3 bench/defined_acronyms.py   (after bench/api-fit-eval.sh; reads bench/out and the shipped taxonomy)
"""
import collections
import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402

TAXONOMY = os.path.join(api.ROOT, "matching-service", "src", "main", "resources", "taxonomy", "skills-taxonomy.tsv.gz")
SKIPPABLE = {"of", "and", "for", "the", "in", "to", "on", "with", "&"}


def definitions(text):
    """Letters in brackets after words whose initials they are: acronym -> set of spellings (lower case)."""
    found = collections.defaultdict(set)
    for m in re.finditer(r"\(\s*([A-Z]{2,6})\s*\)", text):
        letters = m.group(1)
        before = re.findall(r"[A-Za-z][\w'&-]*|&", text[max(0, m.start() - 120):m.start()])
        for k in range(1, 2 * len(letters) + 1):
            if k > len(before):
                break
            run = before[-k:]
            if run[0].lower() in SKIPPABLE:
                continue
            if any("".join(w[0].upper() for w in run if not (skip and w.lower() in SKIPPABLE)) == letters
                   for skip in (False, True)):
                found[letters].add(" ".join(run).lower())
                break
    return found


def stems(text):
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in SKIPPABLE}


def main():
    views = api.load_json("resume-views.json", {})
    if not views:
        sys.exit("defined-acronyms: no bench/out/resume-views.json: run bench/api-fit-eval.sh first")
    labels, by_label = {}, collections.defaultdict(set)
    with gzip.open(TAXONOMY, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            slug, name, _, _, _, synonyms = line.rstrip("\n").split("\t")[:6]
            own = [name] + ([s for s in synonyms.split("|")] if synonyms else [])
            labels[slug] = (name, own)
            for label in own:
                by_label[label.lower()].add(slug)

    def agrees(slug, spellings, letters):
        name, own = labels.get(slug, ("", []))
        if name.lower() == letters.lower():
            return True
        mine = set().union(*(stems(label) for label in own)) if own else set()
        return any(stems(spelling) & mine for spelling in spellings)

    service = collections.Counter()
    blind = collections.Counter()
    examples = []
    defining = 0
    for rid, view in sorted(views.items()):
        text = view.get("text") or ""
        defined = definitions(text)
        defining += bool(defined)
        for skill in view.get("extractedSkills") or []:
            letters = skill.get("matchedText")
            if letters in defined:
                ok = agrees(skill["skillId"], defined[letters], letters)
                service[ok] += 1
                if not ok:
                    examples.append(f"    {rid}: {letters} read as {skill['name']} (spelt {sorted(defined[letters])})")
        for letters, spellings in defined.items():
            uses = len(re.findall(r"(?<![\w&/])" + letters + r"(?![\w&/])", text))
            for slug in by_label.get(letters.lower(), ()):
                blind[agrees(slug, spellings, letters)] += uses
    print(f"fit-pairs resumes that spell acronyms out: {defining} of {len(views)}")
    print(f"skills read through such letters, service:           agreeing {service[True]}, disagreeing {service[False]}")
    print(f"uses of such letters a definition-blind reading takes: agreeing {blind[True]}, disagreeing {blind[False]}")
    print("\n".join(examples[:20]))


if __name__ == "__main__":
    main()
