#!/usr/bin/env python3
"""The five-resume check, through the running suite's public API: five real resumes (PDF, ../shared/data/resumes/pdf)
of a nurse, an accountant, a developer, a teacher and a truck driver are uploaded as a user would, and each one's
scores against every sample job the project ships (scripts/sample-data/jobs.json, loaded by ./suite up) are read
with the public one-job endpoint and ranked. An empty posting (title "b", company "c", no text) is imported beside them.

Prints, per resume: its top 5 sample jobs with their occupation, whether they are of the resume's own occupation
(each has one in the catalogue), whether the empty posting is in the top 10, and every skill
span the top 5 explanations cite, each flagged when it is one lower-case word standing in for a product's name
("projects" for Microsoft Project), the false evidence issue 15 describes. Against a baseline: the same ranking by
plain tf-idf cosine of the resume's parsed text and each posting's text, computed here.

The resumes are the first PDF, in file-name order, of their category whose first-page heading names the
occupation (REGISTERED NURSE, ACCOUNTANT, ... WEB DEVELOPER, ... TEACHER, Class A driver).

Usage: bench/five-resume-check.sh   (the suite must be running: ./suite up)
"""
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402  (HTTP, tokens, tf-idf helpers of the fit-pairs bench)

PDF = os.path.join(os.environ.get("SHARED_DATA", os.path.join(api.ROOT, "..", "shared", "data")), "resumes", "pdf")
SAMPLE_JOBS = os.path.join(api.ROOT, "scripts", "sample-data", "jobs.json")
RESUMES = [  # (who, file, the sample-job occupations that are its own)
    ("nurse", "HEALTHCARE/14062078.pdf", {"registered-nurse"}),
    ("accountant", "ACCOUNTANT/10554236.pdf", {"accountant"}),
    ("developer", "INFORMATION-TECHNOLOGY/12763627.pdf", {"software-engineer", "devops-engineer"}),
    ("teacher", "TEACHER/10504237.pdf", {"teacher"}),
    ("truck driver", "AUTOMOBILE/11797122.pdf", {"truck-driver"}),
]
EMAIL, PASSWORD = "five-check@jobmatch.local", "jobmatch-five-check-account"


def occupation_of(external_id):
    return re.sub(r"^sample-|-\d+$", "", external_id)


def upload_pdf(tokens, path, title):
    boundary = "five" + str(int(time.time() * 1000))
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{os.path.basename(path)}"\r\n'
            f'Content-Type: application/pdf\r\n\r\n').encode() + open(path, "rb").read() + (
        f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n{title}\r\n--{boundary}--\r\n').encode()
    status, answer = tokens.call("user", "POST", api.URL["resume"] + "/api/resumes", body=body,
                                 content_type="multipart/form-data; boundary=" + boundary)
    if status not in (200, 201):
        sys.exit(f"five-resume-check: upload of {path} failed (HTTP {status}): {answer}")
    return answer["id"]


def wait_ready(tokens, resume_id, seconds=1800):
    started = time.time()
    while time.time() - started < seconds:
        status, answer = tokens.call("user", "GET", api.URL["resume"] + "/api/resumes/" + resume_id)
        if status == 200 and (answer["status"] == "failed" or (answer["status"] in ("parsed", "manual") and answer["enriched"])):
            return answer
        time.sleep(5)
    sys.exit(f"five-resume-check: resume {resume_id} not ready after {seconds} s")


def strings(value):
    """Every string inside a JSON value: the words of a parsed resume, for the tf-idf baseline."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def ordinary_word_for_product(cited, requirement):
    """One lower-case word cited for a requirement whose name is a capitalised, longer product name."""
    words = cited.split()
    return (len(words) == 1 and cited.islower() and any(c.isupper() for c in requirement)
            and len(requirement.split()) > 1 and cited.lower() not in requirement.lower().split()[:1])


def sample_catalogue(tokens, jobs):
    """Platform job id -> sample job (None: the empty posting, imported here; the import is idempotent)."""
    by_external = {j["externalId"]: j for j in jobs}
    status, answer = tokens.call("service", "POST", api.URL["matching"] + "/api/jobs/imports?source=five-check",
                                 content_type="application/json",
                                 body=json.dumps([{"externalId": "five-check:empty", "title": "b", "company": "c",
                                                   "description": "c"}]).encode())
    api.log(f"empty posting imported: HTTP {status}")
    time.sleep(5)
    catalogue = {}
    for source in ("jobmatch-sample", "five-check"):
        page = 0
        while True:
            status, answer = tokens.call("user", "GET", api.URL["matching"]
                                         + f"/api/jobs?source={source}&includeDuplicates=true&size=100&page={page}")
            if status != 200:
                sys.exit(f"job list failed (HTTP {status}): {answer}")
            for item in answer["items"]:
                catalogue[item["id"]] = by_external.get(item["externalId"])
            if len(answer["items"]) < 100:
                break
            page += 1
    return catalogue


def main():
    if not os.path.isdir(PDF):
        print(f"five-resume-check: no resumes at {PDF}: skipped")
        return
    api.ensure_suite()
    api.BENCH_EMAIL, api.BENCH_PASSWORD = EMAIL, PASSWORD
    tokens = api.Tokens()
    jobs = json.load(open(SAMPLE_JOBS))
    catalogue = sample_catalogue(tokens, jobs)
    api.log(f"{len(catalogue)} jobs to score for each resume")
    state_path = os.path.join(api.OUT, "five-check-ids.json")
    state = json.load(open(state_path)) if os.path.exists(state_path) else {}
    os.makedirs(api.OUT, exist_ok=True)
    flagged_total, own_total, own_possible, empty_in_top10 = 0, 0, 0, 0
    tfidf_own = 0
    for who, file, own in RESUMES:
        resume_id = state.get(file) or upload_pdf(tokens, os.path.join(PDF, file), "five-check " + who)
        state[file] = resume_id
        json.dump(state, open(state_path, "w"))
        view = wait_ready(tokens, resume_id)
        # Every sample job and the empty posting scored with the one-job endpoint, best first.
        scored = []
        for job_id, job in catalogue.items():
            status, explained = tokens.call("user", "GET", api.URL["matching"] + f"/api/matches/{resume_id}/jobs/{job_id}")
            if status == 200:
                scored.append((explained["match"]["overallScore"], job, explained["match"]))
        scored.sort(key=lambda entry: -entry[0])
        empty = any(job is None for _, job, _ in scored[:10])
        empty_in_top10 += empty
        top5 = [(score, job, match) for score, job, match in scored if job is not None][:5]
        print(f"\n== {who} ({file}): status {view['status']}, {len(view.get('extractedSkills') or [])} skills, "
              f"{view.get('totalExperienceMonths')} months; empty posting in top 10: {'YES' if empty else 'no'}")
        for score, job, match in top5:
            occupation = occupation_of(job["externalId"])
            mine = occupation in own
            own_total += mine if own else 0
            print(f"  {score:5.1f}  {job['title']} ({job['company']}) [{occupation}]{'  own' if mine else ''}")
            for skill in match.get("matchedSkills", []):
                cited = ((skill.get("evidence") or {}).get("text") or "").strip()
                flag = ordinary_word_for_product(cited, skill["name"])
                flagged_total += flag
                print(f"         {skill['matchType']:8} {skill['name']!r:38} <- {cited[:70]!r}{'  ORDINARY WORD' if flag else ''}")
        own_possible += 5 if own else 0
        # Baseline in the same run: tf-idf cosine of the parsed resume's text and each sample posting's text.
        text = " ".join(strings(view.get("resumeData")))
        scores = api.tfidf_scores(text, [j["description"] for j in jobs])
        if text:
            ranked = sorted(range(len(jobs)), key=lambda k: -scores[k])[:5]
            hits = sum(occupation_of(jobs[k]["externalId"]) in own for k in ranked) if own else 0
            tfidf_own += hits
            print(f"  tf-idf baseline top 5: {[occupation_of(jobs[k]['externalId']) for k in ranked]}")
    print(f"\nown-occupation jobs in the top 5 (where the catalogue has them): service {own_total}/{own_possible}"
          + f", tf-idf baseline {tfidf_own}/{own_possible}")
    print(f"empty posting in a top 10: {empty_in_top10} of {len(RESUMES)}; cited spans that are an ordinary word "
          f"for a product: {flagged_total}")


if __name__ == "__main__":
    main()
