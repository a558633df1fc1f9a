#!/usr/bin/env python3
"""Own-occupation ranking through the running suite's public API: the five-resume check's question ("are a resume's
top 5 sample jobs of its own occupation?") asked of 84 real resumes instead of five, so that the answer has an interval.

The resumes are the PDFs listed in bench/occupation-ranking-resumes.tsv (../shared/data/resumes/pdf), each with the
sample-job occupations that are its own. They were chosen by the occupation their first-page heading names, the
writer's own words: every PDF whose heading names one of the sample catalogue's 19 occupations (ACCOUNTANT, STAFF
ACCOUNTANT, ... TEACHER, SALES ASSOCIATE, CASHIER, CERTIFIED NURSING ASSISTANT, ... SOFTWARE ENGINEER, .NET DEVELOPER),
at most 12 per occupation taken evenly over the file-name order, licensed practical nurses left out (neither registered
nurse nor care assistant), plus the five-resume check's truck driver and teacher; then each read for its most recent
role, which had to be of the same occupation: three were left out (a "TEACHER" heading over a senior accountant's
career, two "DRIVER" headings over a ride-share driver's and an unnamed vehicle's), leaving 84. A software engineer's
own postings are the catalogue's software and DevOps engineers, as in the five-resume check.

Each is uploaded as a user would (PDF), and its score against every sample job (scripts/sample-data/jobs.json) and the
empty posting (title "b", company "c") is read with the public one-job endpoint. Prints, per occupation and over all
resumes, the share of each resume's top 5 that are its own occupation's jobs and how many resumes have all five, beside
the tf-idf cosine of the resume's parsed text and each posting's text computed here (the five-resume check's baseline),
each with a 95 % interval over 1,000 resamples of the resumes, and the service minus the baseline on the same resamples.

Usage: bench/occupation-ranking.sh   (the suite must be running with room for 84 uploads per user:
RESUME_UPLOADS_PER_USER=1000 ./suite up)
       bench/occupation-ranking.sh --compare OLD NEW   (two runs' bench/out/occupation-ranking-answers.jsonl: the second
       run's own-occupation share minus the first's, on the same resamples of the resumes; no suite needed)
"""
import concurrent.futures as cf
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402  (HTTP, tokens, tf-idf helpers of the fit-pairs bench)
import five_resume_check as five  # noqa: E402  (PDF upload, readiness, the resume's words)

SELECTION = os.path.join(api.ROOT, "bench", "occupation-ranking-resumes.tsv")
EMAIL, PASSWORD = "occupation-ranking@jobmatch.local", "jobmatch-occupation-ranking-account"
ANSWERS = os.path.join(api.OUT, "occupation-ranking-answers.jsonl")
IDS = os.path.join(api.OUT, "occupation-ranking-ids.json")
TOP = 5
RESAMPLES = 1000
THREADS = int(os.environ.get("BENCH_THREADS", "4"))


def selection():
    with open(SELECTION) as rows:
        next(rows)
        fields = (line.rstrip("\n").split("\t") for line in rows if line.strip())
        return [(file, own.split(",")) for file, own in fields]


def scored_answers():
    answers = {}
    if os.path.exists(ANSWERS):
        for line in open(ANSWERS):
            record = json.loads(line)
            answers[(record["file"], record["job"])] = record
    return answers


def score_all(tokens, resumes, jobs_by_id, ids):
    """Every resume against every catalogue job through the one-job endpoint; answers cached in bench/out."""
    answers = scored_answers()
    due = [(file, job_id) for file, _ in resumes for job_id in jobs_by_id if (file, job_id) not in answers]

    def score(pair):
        file, job_id = pair
        status, explained = tokens.call("user", "GET", api.URL["matching"] + f"/api/matches/{ids[file]}/jobs/{job_id}")
        if status != 200:
            return None
        match = explained["match"]
        job = jobs_by_id[job_id]
        return {"file": file, "job": job_id, "externalId": job["externalId"] if job else None,
                "overallScore": match["overallScore"], "subScores": match["subScores"],
                "weights": match["weights"], "confidence": match.get("confidence")}

    api.log(f"{len(due)} resume-job pairs to score ({len(answers)} cached)")
    with open(ANSWERS, "a") as out, cf.ThreadPoolExecutor(THREADS) as pool:
        for n, record in enumerate(pool.map(score, due), 1):
            if record is None:
                continue
            out.write(json.dumps(record) + "\n")
            answers[(record["file"], record["job"])] = record
            if n % 2000 == 0:
                api.log(f"  scored {n}/{len(due)}")
    return answers


def own_share(ranked_occupations, own):
    return sum(occupation in own for occupation in ranked_occupations[:TOP]) / TOP


def interval(values, picks):
    means = sorted(sum(values[i] for i in pick) / len(pick) for pick in picks)
    return means[int(0.025 * len(means))], means[int(0.975 * len(means)) - 1]


def shares_from(path, resumes):
    """Each resume's own-occupation share of the top 5 in a saved answers file."""
    ranked = {}
    for line in open(path):
        record = json.loads(line)
        ranked.setdefault(record["file"], []).append(record)
    shares = []
    for file, own in resumes:
        mine = sorted(ranked.get(file, []), key=lambda r: -r["overallScore"])
        shares.append(own_share([five.occupation_of(r["externalId"]) for r in mine if r["externalId"]], own))
    return shares


def compare(old_path, new_path):
    resumes = selection()
    old, new = shares_from(old_path, resumes), shares_from(new_path, resumes)
    rng = random.Random(api.SEED)
    picks = [[rng.randrange(len(resumes)) for _ in resumes] for _ in range(RESAMPLES)]
    difference = [n - o for n, o in zip(new, old)]
    low, high = interval(difference, picks)
    print(f"own-occupation share of the top {TOP} ({len(resumes)} resumes): first {sum(old) / len(old):.3f}, "
          f"second {sum(new) / len(new):.3f}; second minus first {sum(difference) / len(difference):+.3f} "
          f"[{low:+.3f}, {high:+.3f}] (95 % interval over {RESAMPLES} resamples of the resumes); "
          f"{sum(d > 0 for d in difference)} resumes up, {sum(d < 0 for d in difference)} down")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
        return
    if not os.path.isdir(five.PDF):
        print(f"occupation-ranking: no resumes at {five.PDF}: skipped")
        return
    api.ensure_suite()
    api.BENCH_EMAIL, api.BENCH_PASSWORD = EMAIL, PASSWORD
    tokens = api.Tokens()
    os.makedirs(api.OUT, exist_ok=True)
    jobs = json.load(open(five.SAMPLE_JOBS))
    jobs_by_id = five.sample_catalogue(tokens, jobs)
    resumes = selection()
    ids = json.load(open(IDS)) if os.path.exists(IDS) else {}
    for file, _ in resumes:
        if file not in ids:
            ids[file] = five.upload_pdf(tokens, os.path.join(five.PDF, file), "occupation ranking " + file)
            json.dump(ids, open(IDS, "w"))
    api.log(f"{len(resumes)} resumes uploaded; waiting for parsing and enrichment")
    with cf.ThreadPoolExecutor(THREADS) as pool:
        ready = pool.map(lambda resume: five.wait_ready(tokens, ids[resume[0]]), resumes)
        views = dict(zip([file for file, _ in resumes], ready))
    answers = score_all(tokens, resumes, jobs_by_id, ids)

    service, baseline, empty_in_top10, rows = [], [], 0, []
    for file, own in resumes:
        mine = sorted((record for (f, _), record in answers.items() if f == file), key=lambda r: -r["overallScore"])
        empty_in_top10 += any(record["externalId"] is None for record in mine[:10])
        ranked = [five.occupation_of(record["externalId"]) for record in mine if record["externalId"]]
        text = " ".join(five.strings(views[file].get("resumeData")))
        tfidf = api.tfidf_scores(text, [j["description"] for j in jobs]) if text else [0.0] * len(jobs)
        order = sorted(range(len(jobs)), key=lambda k: -tfidf[k])
        by_tfidf = [five.occupation_of(jobs[k]["externalId"]) for k in order]
        service.append(own_share(ranked, own))
        baseline.append(own_share(by_tfidf, own))
        rows.append((own[0], file, ranked[:TOP]))

    rng = random.Random(api.SEED)
    picks = [[rng.randrange(len(resumes)) for _ in resumes] for _ in range(RESAMPLES)]
    difference = [s - b for s, b in zip(service, baseline)]
    mean = lambda values: sum(values) / len(values)  # noqa: E731

    print(f"\nown-occupation share of the top {TOP}, by the resume's heading ({len(resumes)} resumes, "
          f"{len(jobs_by_id)} jobs each)")
    print(f"{'occupation':22} {'resumes':>7} {'service':>8} {'tf-idf':>7} {'all 5 own (service / tf-idf)':>30}")
    for occupation in sorted({row[0] for row in rows}):
        at = [i for i, row in enumerate(rows) if row[0] == occupation]
        print(f"{occupation:22} {len(at):7d} {mean([service[i] for i in at]):8.2f} "
              f"{mean([baseline[i] for i in at]):7.2f} {sum(service[i] == 1 for i in at):>17d} / "
              f"{sum(baseline[i] == 1 for i in at)}")
    low, high = interval(service, picks)
    print(f"\nservice: {mean(service):.3f} [{low:.3f}, {high:.3f}] of each top {TOP} own; "
          f"all five own for {sum(s == 1 for s in service)} of {len(resumes)}")
    low, high = interval(baseline, picks)
    print(f"tf-idf:  {mean(baseline):.3f} [{low:.3f}, {high:.3f}]; all five own for {sum(b == 1 for b in baseline)}")
    low, high = interval(difference, picks)
    print(f"service minus tf-idf: {mean(difference):+.3f} [{low:+.3f}, {high:+.3f}] (95 % interval over {RESAMPLES} "
          f"resamples of the resumes)")
    print(f"empty posting in a top 10: {empty_in_top10} of {len(resumes)}")
    print("\nresumes with fewer than five own jobs in the service's top 5:")
    for (occupation, file, top), share in zip(rows, service):
        if share < 1:
            print(f"  {file:40} {occupation:20} {', '.join(top)}")


if __name__ == "__main__":
    main()
