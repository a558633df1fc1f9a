#!/usr/bin/env python3
"""Work-queue throughput and fairness, through the running suite (issue 17).

1. Enrichment throughput. N fresh postings (synthetic, varied, new on every run: source queue-bench-<run>) are first
   sent straight to ai-service, the same two calls enrichment makes per posting (skill extraction of the posting's
   text, then one embeddings request with its sentences), from as many client threads as this machine has cores:
   the raw model loop. Then the same postings are imported into matching-service and the time until every one of
   them is enriched is measured: the queue's throughput. Both are printed in postings/s with their ratio.
2. Fairness. A batch user uploads B resumes (default 200) file by file, as a person sending a folder does; while
   that batch is in flight, 10 other users each upload one resume, one after another. For each single upload it
   prints the time until the resume is parsed and until its first matches are available (GET /api/matches answers
   200; 202 means "still being parsed"), beside the batch's own progress (parsed of B); then the medians.

Usage: bench/queue-throughput.sh [--postings N] [--batch B] [--singles S] [--threads T] [--skip-enrichment]
       [--skip-fairness]   (the suite must be running: ./suite up)
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
    return rng.choice(TITLES), f"{body} Reference {RUN}-{i}."


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20][:24]


# ---------------------------------------------------------------- enrichment

def raw_model_loop(tokens, postings, threads):
    """The per-posting ai-service calls enrichment makes, straight from here on every core; postings/s."""
    def one(posting):
        title, text = posting
        full = title + "\n\n" + text
        s1, a1 = tokens.call("service", "POST", api.URL["ai"] + "/api/ai/skills/extract",
                             body=json.dumps({"text": full, "kind": "JOB"}).encode(), content_type="application/json")
        s2, a2 = tokens.call("service", "POST", api.URL["ai"] + "/api/ai/embeddings",
                             body=json.dumps({"texts": sentences(full) or [full], "sourceType": "JOB"}).encode(),
                             content_type="application/json")
        if s1 != 200 or s2 != 200:
            sys.exit(f"queue-throughput: ai-service answered {s1}/{s2}: {a1 if s1 != 200 else a2}")
    started = time.time()
    with cf.ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, postings))
    return len(postings) / (time.time() - started)


def enrichment_through_queue(tokens, user, postings, source, wait_seconds):
    """Imports the postings and waits until matching-service has enriched all of them; postings/s."""
    rows = [{"externalId": f"{source}:{i}", "title": title, "company": "Queue Bench", "source": source,
             "description": text} for i, (title, text) in enumerate(postings)]
    started = time.time()
    status, answer = tokens.call("service", "POST", api.URL["matching"] + "/api/jobs/imports?source=" + source,
                                 body=json.dumps(rows).encode(), content_type="application/json")
    if status != 201:
        sys.exit(f"queue-throughput: import failed (HTTP {status}): {answer}")
    while True:
        enriched, listed, page = 0, 0, 0
        while True:
            status, answer = api.http("GET", api.URL["matching"] + f"/api/jobs?source={source}&includeDuplicates=true"
                                      f"&size=100&page={page}", token=user.token)
            if status != 200:
                sys.exit(f"queue-throughput: job list failed (HTTP {status}): {answer}")
            listed += len(answer["items"])
            enriched += sum(1 for j in answer["items"] if j["enriched"])
            if len(answer["items"]) < 100:
                break
            page += 1
        elapsed = time.time() - started
        if listed >= len(rows) and enriched >= listed:
            return len(rows) / elapsed
        if elapsed > wait_seconds:
            sys.exit(f"queue-throughput: only {enriched} of {listed} postings enriched after {wait_seconds} s")
        time.sleep(0.5)


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=200)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--singles", type=int, default=10)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="client threads of the raw model loop")
    parser.add_argument("--wait", type=int, default=1800, help="seconds to wait for enrichment or one single upload")
    parser.add_argument("--skip-enrichment", action="store_true")
    parser.add_argument("--skip-fairness", action="store_true")
    args = parser.parse_args()
    for name, url in api.MANAGEMENT_URL.items():
        if api.http("GET", url + "/q/health/ready", timeout=5)[0] != 200:
            sys.exit(f"queue-throughput: {name} ({url}) is not up; start the suite with ./suite up")
    rng = random.Random(17)
    tokens = api.Tokens()
    if not args.skip_enrichment:
        postings = [posting_text(rng, i) for i in range(args.postings)]
        reader = User("reader")
        raw = raw_model_loop(tokens, postings, args.threads)
        print(f"raw model loop ({args.threads} client threads, {args.postings} postings): {raw:.2f} postings/s", flush=True)
        # The queue enriches the same texts as new postings of their own source.
        queued = enrichment_through_queue(tokens, reader, postings, f"queue-bench-{RUN}", args.wait)
        print(f"enrichment through the queue ({args.postings} postings): {queued:.2f} postings/s "
              f"= {queued / raw:.2f}x the raw loop", flush=True)
    if not args.skip_fairness:
        fairness(args.batch, args.singles, rng, args.wait)


if __name__ == "__main__":
    main()
