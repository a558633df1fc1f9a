#!/usr/bin/env python3
"""Work-queue throughput, fairness and freshness, through the running suite (issue 17).

1. Enrichment throughput, in R rounds (plus one warm-up round not counted) of N fresh synthetic postings each. In
   every round the same texts go three ways, in an order that alternates between rounds: (a) the raw per-posting
   loop, straight to ai-service, the two calls a posting needs (skill extraction of its text, one embeddings request
   with its sentences) from as many client threads as there are cores; (b) the raw batched loop, the same texts in
   batches of --model-batch through ai-service's batch extraction and one embeddings request per batch, from as many
   threads; (c) matching-service's queue: the postings imported (source queue-bench-<run>-<round>) and the time until
   every one is enriched. Each way gets the texts with its own reference number in the last sentence, so no way reads
   another's unique sentence from ai-service's caches (the shared template sentences are cached for all of them
   after the warm-up). Printed: postings/s of each way over all rounds, and the queue's ratio to each raw loop with
   a 95 % interval from 2,000 bootstrap resamples of the rounds.
2. Fairness. A batch user uploads B resumes (default 200) file by file, as a person sending a folder does; while
   that batch is in flight, 10 other users each upload one resume, one after another. For each single upload it
   prints the time until the resume is parsed and until its first matches are available (GET /api/matches answers
   200; 202 means "still being parsed"), beside the batch's own progress (parsed of B); then the medians.
3. Freshness. F people (different occupations) each upload a resume and get their stored match list; then one new
   posting per person, written for that occupation, is imported. For each it prints the seconds until the posting is
   in its person's stored list (GET /api/matches, first page of 20, never refresh=true: that page ranks nothing),
   from the import and from the posting's enrichment, then median and max beside the bound (--bound, 30 s after
   enrichment, matching-service README "Freshness").

Usage: bench/queue-throughput.sh [--postings N] [--rounds R] [--model-batch M] [--batch B] [--singles S]
       [--threads T] [--people F] [--bound S] [--skip-enrichment] [--skip-fairness] [--skip-freshness]
       (the suite must be running: ./suite up; a suite on other ports: set USER_SERVICE_URL ... and the
       *_MANAGEMENT_URL variables, and SUITE_STATE_DIR, as bench/README.md shows)
"""
import argparse
import concurrent.futures as cf
import json
import os
import random
import re
import statistics
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import api_fit_eval as api  # noqa: E402  (HTTP helpers, service token, multipart of the fit-pairs bench)

RUN = time.strftime("%Y%m%d%H%M%S")
PASSWORD = "queue-bench-password-1"

TITLES = ["Backend Engineer", "Registered Nurse", "Accountant", "Truck Driver", "Data Analyst", "Line Cook",
          "Warehouse Associate", "Electrician", "Teacher", "DevOps Engineer", "Sales Representative", "Welder"]
SKILLS = ["Java", "PostgreSQL", "Kubernetes", "Python", "SQL", "Excel", "patient care", "forklift operation",
          "food safety", "welding", "customer service", "Docker", "bookkeeping", "CDL Class A", "lesson planning"]
SENTENCES = ["You will work with a small team on {a} and {b}.", "Experience with {a} is required.",
             "Knowledge of {b} is a plus.", "You bring {n}+ years of experience in a similar role.",
             "We offer flexible hours, a training budget and a pension plan.",
             "You will mentor colleagues and improve how we use {a}.", "Shifts include weekends twice a month.",
             "You report to the head of operations and work closely with {b} specialists."]


def log(*args):
    api.log(*args)


def posting_text(rng, i):
    a, b = rng.sample(SKILLS, 2)
    body = " ".join(s.format(a=a, b=b, n=rng.randint(1, 8)) for s in rng.sample(SENTENCES, 6))
    return rng.choice(TITLES), body


def tagged(postings, tag):
    """The postings with a last sentence of their own (unique per way and round: no cache shared between ways)."""
    return [(title, f"{body} This posting has the reference number {RUN}-{tag}-{i}.") for i, (title, body) in enumerate(postings)]


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20][:24]


# ---------------------------------------------------------------- enrichment

def ai_call(tokens, path, body):
    status, answer = tokens.call("service", "POST", api.URL["ai"] + path, body=json.dumps(body).encode(),
                                 content_type="application/json")
    if status != 200:
        sys.exit(f"queue-throughput: ai-service answered {status} to {path}: {answer}")
    return answer


def wait_for_taxonomy(tokens, seconds=600):
    """ai-service loads the taxonomy from matching-service after start-up and answers 503 until then."""
    started = time.time()
    while time.time() - started < seconds:
        status, _ = tokens.call("service", "POST", api.URL["ai"] + "/api/ai/skills/extract",
                                body=json.dumps({"text": "Python", "kind": "JOB"}).encode(), content_type="application/json")
        if status == 200:
            return
        time.sleep(2)
    sys.exit("queue-throughput: ai-service has no skills taxonomy yet")


def raw_model_loop(tokens, postings, threads):
    """The per-posting ai-service calls, straight from here on every core; postings/s."""
    def one(posting):
        title, text = posting
        full = title + "\n\n" + text
        ai_call(tokens, "/api/ai/skills/extract", {"text": full, "kind": "JOB"})
        ai_call(tokens, "/api/ai/embeddings", {"texts": sentences(full) or [full], "sourceType": "JOB"})
    started = time.time()
    with cf.ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, postings))
    return len(postings) / (time.time() - started)


def raw_batched_loop(tokens, postings, threads, batch):
    """The same texts in batches, as the queue's workers send them (one extraction and one embeddings request per
    batch), straight from here on every core; postings/s."""
    def one(chunk):
        fulls = [title + "\n\n" + text for title, text in chunk]
        ai_call(tokens, "/api/ai/skills/extract/batch", {"items": [{"text": f, "kind": "JOB"} for f in fulls]})
        statements = [s for f in fulls for s in (sentences(f) or [f])]
        for start in range(0, len(statements), 256):
            ai_call(tokens, "/api/ai/embeddings", {"texts": statements[start:start + 256], "sourceType": "JOB"})
    chunks = [postings[i:i + batch] for i in range(0, len(postings), batch)]
    started = time.time()
    with cf.ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, chunks))
    return len(postings) / (time.time() - started)


def import_postings(tokens, postings, source, company="Queue Bench"):
    rows = [{"externalId": f"{source}:{i}", "title": title, "company": company, "source": source,
             "description": text} for i, (title, text) in enumerate(postings)]
    status, answer = tokens.call("service", "POST", api.URL["matching"] + "/api/jobs/imports?source=" + source,
                                 body=json.dumps(rows).encode(), content_type="application/json")
    if status != 201:
        sys.exit(f"queue-throughput: import failed (HTTP {status}): {answer}")
    return rows


def jobs_of(user, source):
    items, page = [], 0
    while True:
        status, answer = api.http("GET", api.URL["matching"] + f"/api/jobs?source={source}&includeDuplicates=true"
                                  f"&size=100&page={page}", token=user.token)
        if status != 200:
            sys.exit(f"queue-throughput: job list failed (HTTP {status}): {answer}")
        items += answer["items"]
        if len(answer["items"]) < 100:
            return items
        page += 1


def enrichment_through_queue(tokens, user, postings, source, wait_seconds):
    """Imports the postings and waits until matching-service has enriched all of them; postings/s."""
    started = time.time()
    rows = import_postings(tokens, postings, source)
    while True:
        items = jobs_of(user, source)
        elapsed = time.time() - started
        if len(items) >= len(rows) and all(j["enriched"] for j in items):
            return len(rows) / elapsed
        if elapsed > wait_seconds:
            sys.exit(f"queue-throughput: only {sum(j['enriched'] for j in items)} of {len(rows)} postings enriched "
                     f"after {wait_seconds} s")
        time.sleep(0.25)


def bootstrap_ratio(queue_times, raw_times, n, resamples=2000, seed=17):
    """Ratio of throughputs (total postings / total seconds) with a 95 % percentile interval over resampled rounds."""
    rng = random.Random(seed)
    rounds = len(queue_times)
    ratios = []
    for _ in range(resamples):
        picks = [rng.randrange(rounds) for _ in range(rounds)]
        ratios.append(sum(raw_times[i] for i in picks) / sum(queue_times[i] for i in picks))
    ratios.sort()
    return sum(raw_times) / sum(queue_times), ratios[int(0.025 * resamples)], ratios[int(0.975 * resamples) - 1]


def enrichment(tokens, rng, args):
    reader = User("reader")
    wait_for_taxonomy(tokens)
    ways = ["raw", "batched", "queue"]
    seconds = {w: [] for w in ways}
    print(f"enrichment: {args.rounds} rounds of {args.postings} postings (after one warm-up round), "
          f"{args.threads} client threads, model batch {args.model_batch}", flush=True)
    print(f"{'round':>5} {'raw/s':>7} {'batched/s':>10} {'queue/s':>8}", flush=True)
    for r in range(args.rounds + 1):
        base = [posting_text(rng, i) for i in range(args.postings)]
        order = ways if r % 2 == 0 else list(reversed(ways))
        rates = {}
        for way in order:
            texts = tagged(base, f"{r}{way[0]}")
            if way == "raw":
                rates[way] = raw_model_loop(tokens, texts, args.threads)
            elif way == "batched":
                rates[way] = raw_batched_loop(tokens, texts, args.threads, args.model_batch)
            else:
                rates[way] = enrichment_through_queue(tokens, reader, texts, f"queue-bench-{RUN}-{r}", args.wait)
        label = "warm" if r == 0 else str(r)
        print(f"{label:>5} {rates['raw']:>7.2f} {rates['batched']:>10.2f} {rates['queue']:>8.2f}", flush=True)
        if r > 0:
            for way in ways:
                seconds[way].append(args.postings / rates[way])
    total = args.rounds * args.postings
    rate = {w: total / sum(seconds[w]) for w in ways}
    print(f"raw per-posting loop: {rate['raw']:.2f} postings/s; raw batched loop: {rate['batched']:.2f} postings/s; "
          f"through the queue: {rate['queue']:.2f} postings/s ({total} postings each)")
    for way, name in (("raw", "raw per-posting loop"), ("batched", "raw batched loop")):
        ratio, low, high = bootstrap_ratio(seconds["queue"], seconds[way], args.postings)
        print(f"queue / {name}: {ratio:.2f}x [95 % {low:.2f}, {high:.2f}]", flush=True)


# ---------------------------------------------------------------- fairness

class User:
    def __init__(self, label):
        self.email = f"queue-bench-{label}-{RUN}@jobmatch.local"
        creds = {"email": self.email, "password": PASSWORD}
        status, answer = api.http("POST", api.URL["user"] + "/api/auth/register", content_type="application/json",
                                  body=json.dumps(dict(creds, name="Queue Bench " + label)).encode())
        if status not in (201, 202, 409):  # 202: newer user-services answer every registration alike
            sys.exit(f"queue-throughput: registration failed (HTTP {status}): {answer}")
        status, answer = api.http("POST", api.URL["user"] + "/api/auth/login", body=json.dumps(creds).encode(),
                                  content_type="application/json")
        if status != 200:
            sys.exit(f"queue-throughput: login failed (HTTP {status}): {answer}")
        self.token = answer["accessToken"]

    def upload(self, text, title):
        body, content_type = api.multipart("cv.txt", text, title)
        status, answer = api.http("POST", api.URL["resume"] + "/api/resumes", token=self.token, body=body,
                                  content_type=content_type)
        if status not in (200, 201):
            sys.exit(f"queue-throughput: upload failed (HTTP {status}): {answer}")
        return answer["id"]

    def status(self, resume_id):
        return api.http("GET", api.URL["resume"] + "/api/resumes/" + resume_id, token=self.token)[1]["status"]

    def parsed_count(self):
        parsed, page = 0, 0
        while True:
            status, answer = api.http("GET", api.URL["resume"] + f"/api/resumes?page={page}&size=100", token=self.token)
            if status != 200:
                return -1
            parsed += sum(1 for r in answer["items"] if r["status"] in ("parsed", "failed"))
            if len(answer["items"]) < 100:
                return parsed
            page += 1


def resume_text(rng, name, i):
    skills = ", ".join(rng.sample(SKILLS, 5))
    title = rng.choice(TITLES)
    return (f"{name} {i}\n{name.lower().replace(' ', '.')}.{i}@example.com\n\nSummary\n{title} with "
            f"{rng.randint(1, 15)} years of experience. Reference {RUN}-{i}.\n\nExperience\n{title} at Example Works Ltd\n"
            f"2018 - Present\nWorked daily with {skills}.\n\nSkills\n{skills}\n")


def fairness(batch_size, singles, rng, wait_seconds):
    batch_user = User("batch")
    uploaded = []
    done = threading.Event()

    def upload_batch():
        with cf.ThreadPoolExecutor(4) as pool:
            uploaded.extend(pool.map(lambda i: batch_user.upload(resume_text(rng, "Batch Person", i), f"batch {i}"),
                                     range(batch_size)))
        done.set()

    batch = threading.Thread(target=upload_batch, daemon=True)
    batch.start()
    # Let the batch get ahead: the singles arrive while it is queued and being parsed.
    while not done.is_set() and batch_user_queued(batch_user) < min(20, batch_size):
        time.sleep(0.5)
    parsed_times, match_times = [], []
    print(f"{'single':>6} {'parsed s':>9} {'matches s':>10} {'batch parsed':>13}")
    for n in range(singles):
        user = User(f"single{n}")
        started = time.time()
        resume_id = user.upload(resume_text(rng, "Single Person", n), "my resume")
        parsed_at = matches_at = None
        while time.time() - started < wait_seconds:
            if parsed_at is None and user.status(resume_id) in ("parsed", "failed"):
                parsed_at = time.time() - started
            if parsed_at is not None:
                status, _ = api.http("GET", api.URL["matching"] + f"/api/matches?resumeId={resume_id}&size=5",
                                     token=user.token)
                if status == 200:
                    matches_at = time.time() - started
                    break
            time.sleep(0.1)
        parsed_times.append(parsed_at if parsed_at is not None else float("inf"))
        match_times.append(matches_at if matches_at is not None else float("inf"))
        print(f"{n + 1:>6} {fmt(parsed_at):>9} {fmt(matches_at):>10} {batch_user.parsed_count():>6} of {batch_size}",
              flush=True)
    print(f"median of {singles}: parsed in {fmt(statistics.median(parsed_times))} s, first matches in "
          f"{fmt(statistics.median(match_times))} s; the batch had {batch_user.parsed_count()} of {batch_size} parsed "
          f"({len(uploaded) if done.is_set() else 'still uploading'} uploaded)")


def batch_user_queued(user):
    status, answer = api.http("GET", api.URL["resume"] + "/api/resumes?page=0&size=1", token=user.token)
    return answer["total"] if status == 200 else 0


def fmt(seconds):
    return "-" if seconds is None or seconds == float("inf") else f"{seconds:.2f}"


# ---------------------------------------------------------------- freshness

PEOPLE = [("Registered Nurse", ["patient care", "wound care", "medication administration", "triage"]),
          ("Truck Driver", ["CDL Class A", "long-haul routes", "vehicle inspection", "logbooks"]),
          ("Accountant", ["bookkeeping", "accounts payable", "financial statements", "tax returns"]),
          ("Welder", ["welding", "MIG welding", "blueprint reading", "metal fabrication"]),
          ("Line Cook", ["food safety", "grill station", "food preparation", "kitchen sanitation"]),
          ("Backend Engineer", ["Java", "PostgreSQL", "Kubernetes", "REST APIs"])]


def occupation_resume(title, skills, n):
    return (f"Fresh Person {n}\nfresh.person.{n}.{RUN}@example.com\n\nSummary\n{title} with 8 years of experience in "
            f"{', '.join(skills)}.\n\nExperience\n{title} at Example Works Ltd\n2017 - Present\nWorked daily with "
            f"{', '.join(skills)}.\n\nSkills\n{', '.join(skills)}\n")


def occupation_posting(title, skills):
    return title, (f"We are hiring a {title}. You will work daily with {skills[0]} and {skills[1]}. Experience with "
                   f"{skills[2]} is required. Knowledge of {skills[3]} is a plus. You bring 5+ years as a {title}. "
                   f"This posting has the reference number {RUN}-fresh.")


def stored_list(user, resume_id):
    """The first page of the stored list (20 of the 40 stored: this page never ranks), or None while not ready."""
    status, answer = api.http("GET", api.URL["matching"] + f"/api/matches?resumeId={resume_id}&size=20", token=user.token)
    return [m["jobId"] for m in answer["items"]] if status == 200 else None


def freshness(tokens, people, bound, wait_seconds):
    users = []
    for n, (title, skills) in enumerate(PEOPLE[:people]):
        user = User(f"fresh{n}")
        users.append((user, user.upload(occupation_resume(title, skills, n), "my resume"), title, skills))
    started = time.time()
    for user, resume_id, _, _ in users:
        while stored_list(user, resume_id) is None:
            if time.time() - started > wait_seconds:
                sys.exit("queue-throughput: a freshness resume got no stored list in time")
            time.sleep(0.5)
    # Each person's stored list exists; the recompute queue gets a moment to settle before the new postings come.
    time.sleep(6)
    source = f"fresh-bench-{RUN}"
    postings = [occupation_posting(title, skills) for _, _, title, skills in users]
    imported = time.time()
    import_postings(tokens, postings, source, company="Fresh Bench")
    reader = users[0][0]
    ids = {}
    while len(ids) < len(users):
        ids = {j["title"]: j["id"] for j in jobs_of(reader, source)}
        time.sleep(0.2)
    arrived = {}
    while len(arrived) < len(users) and time.time() - imported < max(3 * bound, 120):
        for user, resume_id, title, _ in users:
            if title not in arrived and ids[title] in (stored_list(user, resume_id) or []):
                arrived[title] = time.time()
        time.sleep(0.25)
    print(f"freshness: {len(users)} new postings, one per person's occupation; seconds until each is in that person's "
          f"stored list (first page, no refresh)")
    print(f"{'occupation':<18} {'from import':>12} {'from enrichment':>16}")
    after_import, after_enrichment = [], []
    for _, _, title, _ in users:
        status, job = api.http("GET", api.URL["matching"] + "/api/jobs/" + ids[title], token=reader.token)
        enriched_at = parse_time(job.get("enrichedAt")) if status == 200 else None
        if title in arrived:
            after_import.append(arrived[title] - imported)
            after_enrichment.append(arrived[title] - enriched_at if enriched_at else float("nan"))
            print(f"{title:<18} {after_import[-1]:>12.2f} {after_enrichment[-1]:>16.2f}")
        else:
            print(f"{title:<18} {'not in list':>12} {'-':>16}")
    if after_enrichment:
        print(f"freshness: {len(after_import)} of {len(users)} arrived; from enrichment median "
              f"{statistics.median(after_enrichment):.2f} s, max {max(after_enrichment):.2f} s (bound {bound:.0f} s: "
              f"{'met' if len(after_import) == len(users) and max(after_enrichment) <= bound else 'NOT met'}); "
              f"from import median {statistics.median(after_import):.2f} s, max {max(after_import):.2f} s", flush=True)


def parse_time(value):
    if not value:
        return None
    from datetime import datetime
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=40, help="postings per round")
    parser.add_argument("--rounds", type=int, default=5, help="measured rounds (after one warm-up round)")
    parser.add_argument("--model-batch", type=int, default=8, help="postings per batch of the raw batched loop "
                        "(matching's ENRICHMENT_MODEL_BATCH)")
    parser.add_argument("--people", type=int, default=5, help="people of the freshness check")
    parser.add_argument("--bound", type=float, default=30, help="freshness bound after enrichment, seconds")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--singles", type=int, default=10)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="client threads of the raw model loop")
    parser.add_argument("--wait", type=int, default=1800, help="seconds to wait for enrichment or one single upload")
    parser.add_argument("--skip-enrichment", action="store_true")
    parser.add_argument("--skip-fairness", action="store_true")
    parser.add_argument("--skip-freshness", action="store_true")
    args = parser.parse_args()
    for name, url in api.MANAGEMENT_URL.items():
        if api.http("GET", url + "/q/health/ready", timeout=5)[0] != 200:
            sys.exit(f"queue-throughput: {name} ({url}) is not up; start the suite with ./suite up")
    rng = random.Random(17)
    tokens = api.Tokens()
    if not args.skip_enrichment:
        enrichment(tokens, rng, args)
    if not args.skip_freshness:
        freshness(tokens, args.people, args.bound, args.wait)
    if not args.skip_fairness:
        fairness(args.batch, args.singles, rng, args.wait)


if __name__ == "__main__":
    main()
