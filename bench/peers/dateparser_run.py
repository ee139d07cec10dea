#!/usr/bin/env python3
"""dateparser for bench/run.mjs (run with PYTHONPATH=bench/.peers/py).

  python3 dateparser_run.py JOB.json OUT.json

JOB {"mode": "gold", "languages": [...], "items": [{"text", "ref": "YYYY-MM-DD"}]}
 -> OUT {"results": [[[matched_text, "YYYY-MM-DD"], ...], ...]}
JOB {"mode": "speed", "languages": [...], "ref": "YYYY-MM-DD", "warmup": [texts],
     "corpus": [texts], "max_reps": N, "budget_s": S}
 -> OUT {"seconds": [per pass, wall clock, in-process], "bytes": corpus UTF-8 bytes}
Only search_dates is timed (not the interpreter start or the import)."""
import datetime, json, sys, time

from dateparser.search import search_dates
import dateparser


def ref_dt(iso):
    y, m, d = map(int, iso.split("-"))
    return datetime.datetime(y, m, d, 12, 0, 0)


def run(text, languages, ref):
    found = search_dates(text, languages=languages, settings={"RELATIVE_BASE": ref})
    return [[s, dt.date().isoformat()] for s, dt in (found or [])]


def main():
    job = json.load(open(sys.argv[1], encoding="utf-8"))
    langs = job["languages"]
    out = {"version": dateparser.__version__}
    if job["mode"] == "gold":
        out["results"] = [run(it["text"], langs, ref_dt(it["ref"])) for it in job["items"]]
    else:
        ref = ref_dt(job["ref"])
        w0 = time.perf_counter()
        while True:  # warm-up: passes over the distinct texts for at least 1 s
            for t in job["warmup"]:
                run(t, langs, ref)
            if time.perf_counter() - w0 >= 1:
                break
        corpus = job["corpus"]
        seconds = []
        start = time.perf_counter()
        while len(seconds) < job["max_reps"]:
            t0 = time.perf_counter()
            for t in corpus:
                search_dates(t, languages=langs, settings={"RELATIVE_BASE": ref})
            seconds.append(time.perf_counter() - t0)
            if time.perf_counter() - start > job["budget_s"]:
                break
        out["seconds"] = seconds
        out["bytes"] = sum(len(t.encode("utf-8")) for t in corpus)
    json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))


main()
