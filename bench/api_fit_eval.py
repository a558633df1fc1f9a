#!/usr/bin/env python3
"""Match quality through the real pipeline, on ../shared/data/fit-pairs (4,500 labelled resume-job pairs).

A bench job seeker uploads every resume as plain text (resume-service parses it, ai-service extracts its skills),
the 280 job descriptions are imported through matching-service's public import (source fit-pairs-bench), and each
labelled pair is scored by GET /api/matches/{resumeId}/jobs/{jobId}. Answers are cached in bench/out/, so metrics
can be recomputed without re-scoring (--rescore scores again; uploads and imports are always reused, the API
itself is idempotent for both). Prints AUC (Good vs No), mean per-resume NDCG, 3-class macro-F1 (thresholds from
5-fold cross-validation grouped by resume) and coverage for the final score and every sub-score, beside tf-idf
cosine and keyword overlap computed from the raw texts in the same run, with bootstrap intervals over resumes for
each difference. Also writes bench/out/evidence-sample.jsonl (cited skill evidence for a human audit).

Usage: bench/api-fit-eval.sh [--rescore] [--metrics-only] [--threads N] [--resamples N]
The bench user uploads 453 resumes, more than resume-service's default hourly upload budget per user: start the suite
with RESUME_UPLOADS_PER_USER=1000 in the environment (DEMO_SHARED_JOBS=0 RESUME_UPLOADS_PER_USER=1000 ./suite up).
"""
import argparse
import bisect
import concurrent.futures as cf
import csv
import json
import math
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
DATA = os.path.join(os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data")), "fit-pairs")
STATE = os.environ.get("SUITE_STATE_DIR", os.path.join(ROOT, ".suite"))
URL = {"user": os.environ.get("USER_SERVICE_URL", "http://localhost:8081"),
       "resume": os.environ.get("RESUME_SERVICE_URL", "http://localhost:8082"),
       "ai": os.environ.get("AI_SERVICE_URL", "http://localhost:8083"),
       "matching": os.environ.get("MATCHING_SERVICE_URL", "http://localhost:8084")}
# Health (and metrics) are served on each service's management interface, not its API port.
MANAGEMENT_URL = {"user": os.environ.get("USER_MANAGEMENT_URL", "http://localhost:9081"),
                  "resume": os.environ.get("RESUME_MANAGEMENT_URL", "http://localhost:9082"),
                  "ai": os.environ.get("AI_MANAGEMENT_URL", "http://localhost:9083"),
                  "matching": os.environ.get("MATCHING_MANAGEMENT_URL", "http://localhost:9084")}
SOURCE = "fit-pairs-bench"
BENCH_EMAIL = os.environ.get("BENCH_EMAIL", "fit-bench@jobmatch.local")
BENCH_PASSWORD = os.environ.get("BENCH_PASSWORD", "jobmatch-fit-bench-account")
LABELS = {"No Fit": 0, "Potential Fit": 1, "Good Fit": 2}
SEED = 20250616


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- HTTP and tokens

def http(method, url, token=None, body=None, content_type=None, timeout=120):
    """(status, parsed JSON or text). Never raises on HTTP errors; retries connection failures a few times."""
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if content_type:
        headers["Content-Type"] = content_type
    for attempt in range(4):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
            if attempt == 3:
                return 0, str(e)
            time.sleep(2 * (attempt + 1))
            continue
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode("utf-8", "replace")
    return 0, "unreachable"


class Tokens:
    """The bench user's and matching-service's tokens, fetched again when an answer says 401."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, who, stale=None):
        with self.lock:
            if who not in self.cache or self.cache[who] == stale:
                self.cache[who] = self.user_token() if who == "user" else self.service_token()
            return self.cache[who]

    def service_token(self):
        secrets = read_env(os.path.join(STATE, "keys", "service-secrets.env"))
        body = json.dumps({"clientId": "matching-service", "clientSecret": secrets["MATCHING_SECRET"]}).encode()
        status, answer = http("POST", URL["user"] + "/api/auth/service-token", body=body, content_type="application/json")
        if status != 200:
            sys.exit(f"api-fit-eval: no service token (HTTP {status}): {answer}")
        return answer["accessToken"]

    def user_token(self):
        creds = {"email": BENCH_EMAIL, "password": BENCH_PASSWORD}
        status, answer = http("POST", URL["user"] + "/api/auth/register", content_type="application/json",
                              body=json.dumps(dict(creds, name="Fit Bench")).encode())
        if status not in (201, 202, 409):
            sys.exit(f"api-fit-eval: registration failed (HTTP {status}): {answer}")
        status, answer = http("POST", URL["user"] + "/api/auth/login", body=json.dumps(creds).encode(),
                              content_type="application/json")
        if status != 200:
            sys.exit(f"api-fit-eval: login failed (HTTP {status}): {answer}")
        return answer["accessToken"]

    def call(self, who, method, url, **kw):
        token = self.get(who)
        status, answer = http(method, url, token=token, **kw)
        if status == 401:
            status, answer = http(method, url, token=self.get(who, stale=token), **kw)
        return status, answer


def read_env(path):
    if not os.path.exists(path):
        sys.exit(f"api-fit-eval: {path} is missing (start the suite with ./suite up from {ROOT})")
    values = {}
    for line in open(path):
        if "=" in line and not line.lstrip().startswith("#"):
            key, value = line.strip().split("=", 1)
            values[key] = value.strip("'\"")
    return values


def ensure_suite():
    def ready(port_url):
        return http("GET", port_url + "/q/health/ready", timeout=5)[0] == 200
    up = {name: ready(url) for name, url in MANAGEMENT_URL.items()}
    if all(up.values()):
        return
    if any(up.values()):
        sys.exit(f"api-fit-eval: only some services answer ({up}); start or stop the suite first")
    log(f"no service answers: starting the suite from {ROOT} (DEMO_SHARED_JOBS=0 RESUME_UPLOADS_PER_USER=1000 ./suite up)")
    env = dict(os.environ, DEMO_SHARED_JOBS="0", RESUME_UPLOADS_PER_USER="1000")
    subprocess.run([os.path.join(ROOT, "suite"), "up"], cwd=ROOT, env=env, check=True, stdout=sys.stderr)
    if not all(ready(url) for url in MANAGEMENT_URL.values()):
        sys.exit("api-fit-eval: the suite did not come up")


# ---------------------------------------------------------------- data

def read_data():
    if not os.path.isdir(DATA):
        print(f"api-fit-eval: {DATA} is absent (set SHARED_DATA): nothing to evaluate")
        sys.exit(0)
    resumes = {r["resume_id"]: r["resume_text"] for r in csv.DictReader(open(os.path.join(DATA, "resumes.csv"), newline=""))}
    jobs = {r["jd_id"]: r["job_description_text"]
            for r in csv.DictReader(open(os.path.join(DATA, "job_descriptions.csv"), newline=""))}
    pairs = [(r["resume_id"], r["jd_id"], LABELS[r["label"]])
             for r in csv.DictReader(open(os.path.join(DATA, "pairs.csv"), newline=""))]
    return resumes, jobs, pairs


def answered(path):
    """The answers of a bench/out/answers.jsonl that the service gave (HTTP 200), by pair ("resume|job"): the match."""
    answers = {}
    for line in open(path):
        record = json.loads(line)
        if record.get("status") == 200:
            answers[record["pair"]] = record["answer"].get("match") or record["answer"]
    return answers


def labelled_answers(program):
    """The fit pairs answered in the cached bench/out/answers.jsonl: (answers by pair, [(resume, job, label)] of the
    answered pairs), for the programs that read api-fit-eval's answers; exits with a message when there are none."""
    resumes, jobs, pairs = read_data()
    path = os.path.join(OUT, "answers.jsonl")
    if not os.path.exists(path):
        sys.exit(f"{program}: run bench/api-fit-eval.sh first (no bench/out/answers.jsonl)")
    answers = answered(path)
    return answers, [(r, j, l) for r, j, l in pairs if f"{r}|{j}" in answers]


def load_json(name, default):
    path = os.path.join(OUT, name)
    return json.load(open(path)) if os.path.exists(path) else default


def save_json(name, value):
    path = os.path.join(OUT, name)
    with open(path + ".tmp", "w") as f:
        json.dump(value, f, indent=1)
    os.replace(path + ".tmp", path)


# ---------------------------------------------------------------- upload, import, wait

def multipart(filename, text, title):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
             f'Content-Type: text/plain; charset=utf-8\r\n\r\n'.encode() + text.encode("utf-8") + b"\r\n",
             f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n{title}\r\n'.encode(),
             f"--{boundary}--\r\n".encode()]
    return b"".join(parts), "multipart/form-data; boundary=" + boundary


def upload_resumes(tokens, resumes, ids, threads):
    """Uploads each resume as a .txt file, its text as given (what a user pasting it into a text file uploads)."""
    todo = [rid for rid in resumes if rid not in ids["resumes"]]
    log(f"resumes: {len(ids['resumes'])} known, uploading {len(todo)}")

    def upload(rid):
        body, ctype = multipart(rid + ".txt", resumes[rid], "fit-pairs " + rid)
        for attempt in range(3):  # a 500 is retried: concurrent first uploads of one user can race (see README)
            status, answer = tokens.call("user", "POST", URL["resume"] + "/api/resumes", body=body, content_type=ctype)
            if status < 500:
                break
            time.sleep(1 + attempt)
        if status not in (200, 201):
            return rid, None, f"HTTP {status}: {str(answer)[:200]}"
        return rid, answer["id"], None

    with cf.ThreadPoolExecutor(threads) as pool:
        for n, (rid, rid_platform, error) in enumerate(pool.map(upload, todo), 1):
            if error:
                log(f"  upload {rid} failed: {error}")
            else:
                ids["resumes"][rid] = rid_platform
            if n % 50 == 0:
                log(f"  uploaded {n}/{len(todo)}")
                save_json("ids.json", ids)
    save_json("ids.json", ids)


def kept_view(answer):
    """What the bench keeps of a resume's view: its state, its skills, how much was parsed and the text the skills
    were read from (the text evidence spans index)."""
    kept = {k: answer.get(k) for k in ("id", "status", "enriched", "errorMessage", "totalExperienceMonths",
                                       "extractedSkills", "text")}
    kept["skills"] = len((answer.get("resumeData") or {}).get("skills") or [])
    kept["roles"] = len((answer.get("resumeData") or {}).get("work_experience") or [])
    return kept


def wait_for_resumes(tokens, ids, threads, wait_seconds, on_ready=lambda ready: None):
    """Polls the bench user's resume list until each resume is parsed (or failed) and enriched with ai-service's
    skills, reads each ready resume once (kept in bench/out/resume-views.json) and hands the resumes that became
    ready to on_ready (which scores their pairs meanwhile)."""
    views = load_json("resume-views.json", {})
    by_platform = {v: k for k, v in ids["resumes"].items()}
    started = time.time()

    def ready(summary):
        return summary["status"] == "failed" or (summary["status"] in ("parsed", "manual") and summary["enriched"])

    def view(rid):
        return rid, tokens.call("user", "GET", URL["resume"] + "/api/resumes/" + ids["resumes"][rid])

    while True:
        summaries, page = {}, 0
        while True:
            status, answer = tokens.call("user", "GET", URL["resume"] + f"/api/resumes?size=100&page={page}")
            if status != 200:
                sys.exit(f"api-fit-eval: resume list failed (HTTP {status}): {answer}")
            for summary in answer["items"]:
                if summary["id"] in by_platform:
                    summaries[by_platform[summary["id"]]] = summary
            if len(answer["items"]) < 100:
                break
            page += 1
        fresh = [rid for rid, summary in summaries.items() if ready(summary) and
                 (views.get(rid) or {}).get("enriched") != summary["enriched"]]
        with cf.ThreadPoolExecutor(threads) as pool:
            for rid, (status, answer) in pool.map(view, fresh):
                if status == 200:
                    views[rid] = kept_view(answer)
        save_json("resume-views.json", views)
        on_ready({rid for rid in ids["resumes"] if ready(summaries.get(rid, {"status": "?"}))})
        pending = [rid for rid in ids["resumes"] if not ready(summaries.get(rid, {"status": "?"}))]
        if not pending:
            break
        if time.time() - started > wait_seconds:
            log(f"  {len(pending)} resumes still not parsed and enriched after {wait_seconds} s: going on")
            for rid, (status, answer) in map(view, pending):  # keep what they are now
                if status == 200:
                    views[rid] = kept_view(answer)
            break
        log(f"  waiting for {len(pending)} resumes to be parsed and enriched ({int(time.time() - started)} s)")
        time.sleep(10)
    save_json("resume-views.json", views)
    statuses = {}
    for v in views.values():
        key = v["status"] + ("" if v.get("enriched") else ", not enriched")
        statuses[key] = statuses.get(key, 0) + 1
    log(f"  resumes: {statuses}")
    return views


def import_jobs(tokens, jobs):
    postings = [{"externalId": "fit-pairs:" + jd, "title": "Posting " + jd, "company": "fit-pairs",
                 "source": SOURCE, "description": text} for jd, text in sorted(jobs.items())]
    status, answer = tokens.call("service", "POST", URL["matching"] + "/api/jobs/imports?source=" + SOURCE,
                                 body=json.dumps(postings).encode(), content_type="application/json")
    if status != 201:
        sys.exit(f"api-fit-eval: job import failed (HTTP {status}): {answer}")
    log(f"jobs: {answer['totalRows']} rows, {answer['newCount']} new, {answer['updatedCount']} updated, "
        f"{answer['unchangedCount']} unchanged, {answer['rejectedCount']} rejected")


def wait_for_jobs(tokens, jobs, ids, wait_seconds):
    started = time.time()
    while True:
        listed, page = [], 0
        while True:
            status, answer = tokens.call("user", "GET", URL["matching"] + f"/api/jobs?source={SOURCE}"
                                         f"&includeDuplicates=true&size=100&page={page}")
            if status != 200:
                sys.exit(f"api-fit-eval: job list failed (HTTP {status}): {answer}")
            listed += answer["items"]
            if len(answer["items"]) < 100:
                break
            page += 1
        for job in listed:
            if job["externalId"].startswith("fit-pairs:"):
                ids["jobs"][job["externalId"][len("fit-pairs:"):]] = job["id"]
        waiting = [j for j in listed if not j["enriched"]]
        if not waiting and len(listed) >= len(jobs):
            break
        if time.time() - started > wait_seconds:
            log(f"  {len(waiting)} jobs still not enriched after {wait_seconds} s: going on")
            break
        log(f"  waiting for {len(waiting)} of {len(listed)} jobs to be enriched ({int(time.time() - started)} s)")
        time.sleep(10)
    save_json("ids.json", ids)
    log(f"  jobs: {len(ids['jobs'])} known, all enriched after {int(time.time() - started)} s")


# ---------------------------------------------------------------- scoring

class Scorer:
    """Scores pairs through the one-job endpoint; every answer is appended to bench/out/answers.jsonl at once."""

    def __init__(self, ids, rescore, threads):
        self.ids, self.threads, self.path = ids, threads, os.path.join(OUT, "answers.jsonl")
        self.answers = {}
        if os.path.exists(self.path) and not rescore:
            for line in open(self.path):
                record = json.loads(line)
                self.answers[record["pair"]] = record
        elif rescore:
            open(self.path, "w").close()
        self.done_before = len(self.answers)

    def run(self, tokens, pairs, enriched):
        """Scores the pairs without a 200 answer, and those answered before their resume was enriched and now is."""
        def due(r, j):
            old = self.answers.get(f"{r}|{j}") or {}
            return old.get("status") != 200 or (not old.get("resume_enriched", True) and r in enriched)
        todo = list(dict.fromkeys((r, j) for r, j, _ in pairs if due(r, j)))
        if not todo:
            return
        started = time.time()

        def score(pair):
            r, j = pair
            if r not in self.ids["resumes"] or j not in self.ids["jobs"]:
                return {"pair": f"{r}|{j}", "status": -1, "answer": "not uploaded/imported"}
            url = URL["matching"] + f"/api/matches/{self.ids['resumes'][r]}/jobs/{self.ids['jobs'][j]}"
            for attempt in range(3):
                t = time.time()
                status, answer = tokens.call("user", "GET", url)
                if status < 500 and status != 0:
                    break
                time.sleep(2 * (attempt + 1))
            return {"pair": f"{r}|{j}", "status": status, "ms": round(1000 * (time.time() - t)),
                    "resume_enriched": r in enriched, "answer": answer}

        with open(self.path, "a") as out, cf.ThreadPoolExecutor(self.threads) as pool:
            for record in pool.map(score, todo):
                self.answers[record["pair"]] = record
                out.write(json.dumps(record) + "\n")
        ok = sum(1 for r, j in todo if self.answers[f"{r}|{j}"]["status"] == 200)
        log(f"  scored {len(todo)} pairs ({ok} answered 200) in {time.time() - started:.0f} s; "
            f"{sum(1 for a in self.answers.values() if a['status'] == 200)} scored in all")


# ---------------------------------------------------------------- baselines

STOPWORDS = set("""a about above after again against all almost alone along already also although always am among an
and another any anyone anything anywhere are around as at be became because become becomes been before behind being
below beside besides between beyond both but by can cannot could did do does doing done down during each either else
enough etc even ever every everything except few for former from further had has have having he her here hers herself
him himself his how however i ie if in indeed into is it its itself just least less many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing
now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps
please rather re same seem seemed seems several she should since so some somehow someone something sometimes somewhere
still such than that the their theirs them themselves then there thereby therefore these they this those though through
throughout thus to together too toward towards under until up upon us very via was we well were what whatever when
whence whenever where whereas whether which while who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves""".split())


def words(text):
    return [w for w in re.findall(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]", text.lower()) if w not in STOPWORDS]


def tfidf_vectors(docs):
    """Unit tf-idf vectors (sublinear tf, smooth idf over the given texts, English stop words), by the docs' keys."""
    tokens_of = {key: words(text) for key, text in docs.items()}
    df = {}
    for tokens in tokens_of.values():
        for w in set(tokens):
            df[w] = df.get(w, 0) + 1
    n = len(tokens_of)
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    vectors = {}
    for key, tokens in tokens_of.items():
        tf = {}
        for w in tokens:
            tf[w] = tf.get(w, 0) + 1
        vec = {w: (1 + math.log(c)) * idf[w] for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1
        vectors[key] = {w: x / norm for w, x in vec.items()}
    return vectors


def cosine(a, b):
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return sum(x * large.get(w, 0) for w, x in small.items())


def tfidf_scores(query, texts):
    """tf-idf cosine of one text against each of several, idf over all of them."""
    vectors = tfidf_vectors({("Q", 0): query, **{("T", i): t for i, t in enumerate(texts)}})
    return [cosine(vectors[("Q", 0)], vectors[("T", i)]) for i in range(len(texts))]


def baselines(resumes, jobs, pairs):
    """tf-idf cosine (sublinear tf, smooth idf over all 733 texts, English stop words) and keyword overlap."""
    docs = {("R", k): v for k, v in resumes.items()}
    docs.update({("J", k): v for k, v in jobs.items()})
    vectors = tfidf_vectors(docs)
    tfidf, overlap = [], []
    for r, j, _ in pairs:
        rv, jv = vectors[("R", r)], vectors[("J", j)]
        tfidf.append(cosine(rv, jv))
        overlap.append(len(jv.keys() & rv.keys()) / max(1, len(jv)))
    return tfidf, overlap


# ---------------------------------------------------------------- metrics

def tie_groups(scores, labels, groups):
    """Pairs of Good (2) and No (0) by ascending score, ties together: [(resumes of the No pairs, of the Good pairs)]."""
    order = sorted((s, l, g) for s, l, g in zip(scores, labels, groups) if l != 1)
    result, i = [], 0
    while i < len(order):
        k = i
        while k < len(order) and order[k][0] == order[i][0]:
            k += 1
        result.append(([g for _, l, g in order[i:k] if l == 0], [g for _, l, g in order[i:k] if l == 2]))
        i = k
    return result


def auc(ties, counts=None):
    """AUC of Good against No, ties counted half; counts = each resume's multiplicity in a resample (None: once)."""
    below_no = total = goods = 0.0
    for nos, good in ties:
        tie_no = len(nos) if counts is None else sum(counts.get(g, 0) for g in nos)
        tie_good = len(good) if counts is None else sum(counts.get(g, 0) for g in good)
        total += tie_good * (below_no + 0.5 * tie_no)
        below_no += tie_no
        goods += tie_good
    return total / (goods * below_no) if goods and below_no else float("nan")


def ndcg_per_resume(scores, labels, groups):
    """NDCG of each resume with at least two distinct labels; tied scores get their expected DCG (random order)."""
    by_group = {}
    for s, l, g in zip(scores, labels, groups):
        by_group.setdefault(g, []).append((s, l))
    result = {}
    for g, items in by_group.items():
        if len({l for _, l in items}) < 2:
            continue
        items.sort(key=lambda x: -x[0])
        dcg, i = 0.0, 0
        while i < len(items):
            k = i
            while k < len(items) and items[k][0] == items[i][0]:
                k += 1
            mean_discount = sum(1 / math.log2(p + 2) for p in range(i, k)) / (k - i)
            dcg += mean_discount * sum(l for _, l in items[i:k])
            i = k
        ideal = sum(l / math.log2(p + 2) for p, l in enumerate(sorted((l for _, l in items), reverse=True)))
        result[g] = dcg / ideal
    return result


def folds_of(groups):
    unique = sorted(set(groups))
    random.Random(SEED).shuffle(unique)
    return {g: i % 5 for i, g in enumerate(unique)}


def fit_thresholds(scores, labels):
    """The two cuts (No < t1 <= Potential < t2 <= Good) that maximise macro-F1 on these pairs, over a quantile grid."""
    data = sorted(zip(scores, labels))
    values = [s for s, _ in data]
    prefix = [[0, 0, 0]]
    for _, l in data:
        row = list(prefix[-1])
        row[l] += 1
        prefix.append(row)
    totals = prefix[-1]
    grid = sorted({values[min(len(values) - 1, int(q * len(values) / 40))] for q in range(41)})
    best, cuts = -1, (grid[0], grid[-1])
    for a in range(len(grid)):
        ia = bisect.bisect_left(values, grid[a])
        for b in range(a, len(grid)):
            ib = bisect.bisect_left(values, grid[b])
            predicted = [prefix[ia], [prefix[ib][c] - prefix[ia][c] for c in range(3)],
                         [totals[c] - prefix[ib][c] for c in range(3)]]
            f1 = 0
            for c in range(3):
                tp, npred = predicted[c][c], sum(predicted[c])
                f1 += 2 * tp / (npred + totals[c]) if npred + totals[c] else 0
            if f1 > best:
                best, cuts = f1, (grid[a], grid[b])
    return cuts


def oof_classes(scores, labels, groups):
    """Out-of-fold predicted classes: thresholds fitted on four folds of resumes, applied to the fifth."""
    fold = folds_of(groups)
    predicted = [None] * len(scores)
    for f in range(5):
        train = [i for i, g in enumerate(groups) if fold[g] != f]
        t1, t2 = fit_thresholds([scores[i] for i in train], [labels[i] for i in train])
        for i, g in enumerate(groups):
            if fold[g] == f:
                predicted[i] = 0 if scores[i] < t1 else (1 if scores[i] < t2 else 2)
    return predicted


def macro_f1(confusion, counts=None):
    """Macro-F1 from each resume's 3x3 confusion counts (true x predicted), each resume counted as often as drawn."""
    matrix = [0.0] * 9
    for g, cells in confusion.items():
        w = 1 if counts is None else counts.get(g, 0)
        if w:
            for k in range(9):
                matrix[k] += w * cells[k]
    f1 = 0
    for c in range(3):
        denominator = sum(matrix[3 * c:3 * c + 3]) + sum(matrix[3 * x + c] for x in range(3))
        f1 += 2 * matrix[4 * c] / denominator if denominator else 0
    return f1 / 3


class Evaluated:
    """One method's scores on a subset of pairs, with what the bootstrap needs precomputed."""

    def __init__(self, scores, labels, groups):
        self.scores, self.labels, self.groups = scores, labels, groups
        self.ties = tie_groups(scores, labels, groups)
        self.ndcg = ndcg_per_resume(scores, labels, groups)
        self.confusion = {}
        for p, l, g in zip(oof_classes(scores, labels, groups), labels, groups):
            self.confusion.setdefault(g, [0] * 9)[3 * l + p] += 1

    def metrics(self, counts=None):
        ndcg_weights = {g: (1 if counts is None else counts.get(g, 0)) for g in self.ndcg}
        total = sum(ndcg_weights.values())
        return (auc(self.ties, counts),
                sum(self.ndcg[g] * w for g, w in ndcg_weights.items()) / total if total else float("nan"),
                macro_f1(self.confusion, counts))


def evaluate(methods, labels, groups, resamples):
    """methods: name -> scores (None = unknown). Prints the table and the differences to the baselines."""
    baseline_names = [m for m in methods if m.startswith("baseline")]
    rng = random.Random(SEED)
    resume_ids = sorted(set(groups))
    draws = []
    for _ in range(resamples):
        counts = {}
        for g in rng.choices(resume_ids, k=len(resume_ids)):
            counts[g] = counts.get(g, 0) + 1
        draws.append(counts)
    print(f"\n{'method':44} {'AUC':>6} {'NDCG':>6} {'F1':>6} {'known':>7}")
    diffs, cache = [], {}
    for name, scores in methods.items():
        known = [i for i, s in enumerate(scores) if s is not None]
        share = len(known) / len(scores)
        if len({scores[i] for i in known}) < 2 and not name.startswith("reference"):
            why = "never known" if not known else "no variation"
            print(f"{name:44} {'-':>6} {'-':>6} {'-':>6} {share:7.1%}   ({why}: not evaluated)")
            continue
        sub = lambda values: [values[i] for i in known]
        own = Evaluated(sub(scores), sub(labels), sub(groups))
        auc, ndcg, f1 = own.metrics()
        print(f"{name:44} {auc:6.3f} {ndcg:6.3f} {f1:6.3f} {share:7.1%}" + ("" if share == 1 else "   (on its known pairs)"))
        if name.startswith("baseline") or name.startswith("reference"):
            continue
        own_draws = [own.metrics(c) for c in draws]
        for base in baseline_names:
            key = (base, tuple(known) if share < 1 else "all")
            if key not in cache:
                other = Evaluated(sub(methods[base]), sub(labels), sub(groups))
                cache[key] = (other.metrics(), [other.metrics(c) for c in draws])
            other_point, other_draws = cache[key]
            point = [a - b for a, b in zip(own.metrics(), other_point)]
            samples = [[a - b for a, b in zip(x, y)] for x, y in zip(own_draws, other_draws)]
            intervals = []
            for m in range(3):
                column = sorted(s[m] for s in samples if not math.isnan(s[m]))
                intervals.append((column[int(0.025 * len(column))], column[min(len(column) - 1, int(0.975 * len(column)))]))
            diffs.append((name, base, share, point, intervals))
    print(f"\ndifferences, service minus baseline on the same pairs, 95 % interval over {resamples} resamples of the resumes")
    print(f"{'method':30} {'baseline':26} {'AUC':>24} {'NDCG':>24} {'F1':>24}")
    for name, base, share, point, intervals in diffs:
        cells = [f"{p:+.3f} [{lo:+.3f}, {hi:+.3f}]" for p, (lo, hi) in zip(point, intervals)]
        print(f"{name:30} {base.replace('baseline: ', ''):26} " + " ".join(f"{c:>24}" for c in cells))


# ---------------------------------------------------------------- evidence sample

def skill_names(views):
    """(resume, skill id) -> the name ai-service gave the skill it read from that resume."""
    return {(rid, s["skillId"]): s.get("name") for rid, view in views.items()
            for s in view.get("extractedSkills") or [] if s.get("skillId")}


def distinct_citations(matches):
    """Each cited evidence once per resume, requirement, candidate skill and place, in the order of matches (pair ->
    match): (pair, resume, matched skill, evidence). What the evidence sample draws from and a census judges."""
    seen = set()
    for pair, match in matches.items():
        rid = pair.split("|")[0]
        for m in match.get("matchedSkills") or []:
            ev = m.get("evidence") or {}
            dedupe = (rid, m.get("skillId"), m.get("candidateSkillId"), ev.get("start"))
            if not ev.get("text") or dedupe in seen:
                continue
            seen.add(dedupe)
            yield pair, rid, m, ev


def evidence_sample(answers, resumes, ids, views, size_exact=250, size_similar=150):
    by_platform = {v: k for k, v in ids["resumes"].items()}
    names = skill_names(views)
    matches = {key: record["answer"].get("match") or record["answer"]
               for key, record in answers.items() if record["status"] == 200}
    records = []
    for key, rid, m, ev in distinct_citations(matches):
        jd = key.split("|")[1]
        result = matches[key]
        # The spans index the text the service read (the resume view's), which need not be the uploaded text byte
        # for byte; a view without it (an older service) falls back to the upload.
        text = (views.get(rid) or {}).get("text") or resumes[by_platform.get(result.get("resumeId"), rid)]
        cited = ev.get("text")
        start, end, located = locate(text, cited, ev.get("start"), ev.get("end"))
        records.append({
            "pair": key, "resume_id": rid, "jd_id": jd, "match_type": m.get("matchType"),
            "similarity": m.get("similarity"), "required": m.get("required"),
            "requirement": m.get("name"), "requirement_skill_id": m.get("skillId"),
            "candidate_skill": names.get((rid, m.get("candidateSkillId")), m.get("candidateSkillId")),
            "candidate_skill_id": m.get("candidateSkillId"), "evidence_section": ev.get("section"),
            "cited": cited, "span": [ev.get("start"), ev.get("end")], "located": located,
            "context": None if start is None else
            (text[max(0, start - 120):start] + "[[" + text[start:end] + "]]" + text[end:end + 120]).replace("\n", " ")})
    # Drawn from the records in a fixed order, so that the same citations give the same sample whatever order the
    # answers came in: two runs of code that cites the same way are judged on the same records.
    records.sort(key=lambda r: (r["pair"], r["match_type"] or "", r["requirement_skill_id"] or "",
                                r["candidate_skill_id"] or "", r["span"][0] if r["span"][0] is not None else -1))
    rng = random.Random(SEED)
    rng.shuffle(records)
    chosen, pairs_used = [], set()
    for types, size in ((("EXACT", "SYNONYM"), size_exact), (("SIMILAR",), size_similar)):
        taken = 0
        for r in records:
            if taken < size and r["match_type"] in types and r["pair"] not in pairs_used:
                chosen.append(r)
                pairs_used.add(r["pair"])
                taken += 1
    for r in records:  # too few SIMILAR spans: fill up to the total with the others
        if len(chosen) >= size_exact + size_similar:
            break
        if r["pair"] not in pairs_used:
            chosen.append(r)
            pairs_used.add(r["pair"])
    with open(os.path.join(OUT, "evidence-sample.jsonl"), "w") as f:
        for n, r in enumerate(chosen, 1):
            f.write(json.dumps(dict(sample_id=n, **r)) + "\n")
    kinds = {}
    for r in records:
        kinds[r["match_type"]] = kinds.get(r["match_type"], 0) + 1
    drawn = {}
    for r in chosen:
        drawn[r["match_type"]] = drawn.get(r["match_type"], 0) + 1
    print(f"\nevidence: {len(records)} distinct cited spans {kinds}; sample of {len(chosen)} {drawn} "
          f"in {os.path.relpath(os.path.join(OUT, 'evidence-sample.jsonl'), ROOT)}")
    located = {}
    for r in records:
        located[r["located"]] = located.get(r["located"], 0) + 1
    print(f"          where the cited text was found in the text the service read: {located}")


MAKERS = {"Microsoft", "Google", "Adobe", "Oracle", "Apache", "IBM", "Amazon"}  # whose products people name alone
# A product's word that at least this share of the resumes writing it write capitalised is its name, not a common word:
# "Excel" 0.88, "Word" 0.90, "Outlook" 0.93 against "Access" 0.66, "Analytics" 0.52, "Database" 0.37 on the fit pairs.
NAME_SHARE = 0.8


def contradicted_missing(answers, views):
    """How many "missing" products the resume's own text names: a requirement written with a capital (a product:
    "Microsoft Excel", "Tableau") reported missing while the text the service read writes its name, or, for a product
    of one of seven well known makers, its one word without the maker that the resumes write as a name ("Excel"), as
    whole words in the same case and not as a verb or a phrase's noun ("Excel at", "Word of mouth": a word before
    at/in/to/of is left out). A crude check by design, read from the raw text beside the service's answer: each such
    claim is an explanation a user can see is wrong."""
    texts = {rid: view.get("text") or "" for rid, view in views.items()}
    capitalised, lower = {}, {}
    for text in texts.values():
        for word in set(re.findall(r"[A-Za-z]+", text)):
            target = capitalised if word[0].isupper() else lower
            target[word.lower()] = target.get(word.lower(), 0) + 1

    def forms(name):
        words = name.split()
        found = [name]
        if len(words) == 2 and words[0] in MAKERS:
            c, l = capitalised.get(words[1].lower(), 0), lower.get(words[1].lower(), 0)
            if c and c >= NAME_SHARE * (c + l):
                found.append(words[1])
        return found

    claims = contradicted = 0
    by_skill = {}
    for key, record in answers.items():
        if record.get("status") != 200:
            continue
        result = record["answer"].get("match") or record["answer"]
        text = texts.get(key.split("|")[0], "")
        for skill in (result.get("missingRequiredSkills") or []) + (result.get("missingPreferredSkills") or []):
            name = (skill.get("name") or "").strip()
            if not name[:1].isupper():
                continue
            claims += 1
            if any(re.search(r"(?<![\w.+#/-])" + re.escape(form) + r"(?![\w+#])(?!\s+(?:at|in|to|of)\b)", text)
                   for form in forms(name)):
                contradicted += 1
                by_skill[name] = by_skill.get(name, 0) + 1
    top = ", ".join(f"{n} {c}" for n, c in sorted(by_skill.items(), key=lambda x: -x[1])[:8])
    share = contradicted / claims if claims else float("nan")
    print(f"\nmissing products the resume's text names: {contradicted} of {claims} claims ({share:.1%}); most: {top}")


def locate(text, cited, start, end):
    """Where the cited text sits in the resume's text: at its span, else its nearest occurrence."""
    if start is not None and end is not None and text[start:end].lower() == cited.lower():
        return start, end, "at-span"
    hits = [m.start() for m in re.finditer(re.escape(cited), text, re.IGNORECASE)]
    if hits:
        at = min(hits, key=lambda h: abs(h - (start or 0)))
        return at, at + len(cited), "searched"
    return None, None, "not-found"


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rescore", action="store_true", help="score every pair again (uploads/imports are reused)")
    parser.add_argument("--metrics-only", action="store_true", help="only recompute the figures from bench/out")
    parser.add_argument("--threads", type=int, default=3)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--wait", type=int, default=3600, help="seconds to wait for parsing and enrichment")
    args = parser.parse_args()
    resumes, jobs, pairs = read_data()
    os.makedirs(OUT, exist_ok=True)
    started = time.time()
    ids = load_json("ids.json", {"resumes": {}, "jobs": {}})
    if args.metrics_only:
        views = load_json("resume-views.json", {})
        answers = {}
        for line in open(os.path.join(OUT, "answers.jsonl")):
            record = json.loads(line)
            answers[record["pair"]] = record
    else:
        ensure_suite()
        tokens = Tokens()
        import_jobs(tokens, jobs)  # first: the jobs are enriched while the resumes are uploaded and parsed
        upload_resumes(tokens, resumes, ids, args.threads)
        wait_for_jobs(tokens, jobs, ids, args.wait)
        scorer = Scorer(ids, args.rescore, args.threads)
        log(f"scoring: {scorer.done_before} answers cached")
        views = wait_for_resumes(tokens, ids, args.threads, args.wait,
                                 on_ready=lambda ready: scorer.run(tokens, [p for p in pairs if p[0] in ready], ready))
        enriched = {rid for rid, v in views.items() if v.get("enriched")}
        scorer.run(tokens, pairs, enriched)  # the rest, whatever state their resumes are in (a re-run redoes those)
        answers = scorer.answers
        log(f"pipeline done in {time.time() - started:.0f} s")

    failed = {}
    for r, j, _ in pairs:
        record = answers.get(f"{r}|{j}")
        status = record["status"] if record else "missing"
        if status != 200:
            failed[status] = failed.get(status, 0) + 1
    print(f"fit-pairs through the API: {len(pairs)} pairs, {len(resumes)} resumes, {len(jobs)} jobs; "
          f"not scored: {failed or 'none'}")
    early = sum(1 for r, j, _ in pairs if not (answers.get(f"{r}|{j}") or {}).get("resume_enriched", True))
    if early:
        print(f"{early} pairs were scored before their resume was enriched (a re-run scores them again)")
    parsed = sum(1 for v in views.values() if v.get("status") == "parsed")
    enriched = sum(1 for v in views.values() if v.get("enriched"))
    print(f"resumes parsed: {parsed}/{len(resumes)}, enriched (skills from ai-service): {enriched}/{len(resumes)}")

    labels = [l for _, _, l in pairs]
    groups = [r for r, _, _ in pairs]
    results = [(answers.get(f"{r}|{j}") or {}).get("answer") if (answers.get(f"{r}|{j}") or {}).get("status") == 200
               else None for r, j, _ in pairs]
    results = [None if a is None else (a.get("match") or a) for a in results]
    sub_names = sorted({k for a in results if a for k in (a.get("subScores") or {})})
    methods = {"service: overallScore": [a and a.get("overallScore") for a in results]}
    for name in sub_names:
        methods["service: subScores." + name] = [a and (a.get("subScores") or {}).get(name) for a in results]
    fit = [a and a.get("preferenceFit") for a in results]
    if any(x is not None for x in fit):
        methods["service: preferenceFit"] = fit
    details = [(answers.get(f"{r}|{j}") or {}).get("answer") for r, j, _ in pairs]
    llm = [d.get("llmScore") if isinstance(d, dict) else None for d in details]
    if any(x is not None for x in llm):
        methods["service: llmScore (deep analysis, top matches only)"] = llm
    tfidf, overlap = baselines(resumes, jobs, pairs)
    methods["baseline: tf-idf cosine"] = tfidf
    methods["baseline: keyword overlap"] = overlap
    methods["reference: constant (random order)"] = [0.0] * len(pairs)
    evaluate(methods, labels, groups, args.resamples)
    evidence_sample(answers, resumes, ids, views)
    contradicted_missing(answers, views)
    print(f"\ntotal time {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
