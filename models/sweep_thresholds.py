#!/usr/bin/env python3
"""Sweeps the ranker's decline threshold per answer type over whole question sets.

The ranker's decision (models/ranker.json) gives the probability that its best sentence
answers a question; under `threshold` Parley declines. One threshold does not suit every answer
type: a yes/no or "when" question is often best met by the sentence the article comes nearest
with, while an open question the ranker is unsure of is better declined. This
script measures that instead of guessing it: for each answer type in turn, it runs
`parley eval` on every question set in eval/ (questions and dialogues) with that type's
threshold at each value, counts the wrong items over all sets, and keeps, of the values within
`--slack` items of the fewest, the one nearest the general threshold: a difference of an item or
two in some four thousand is noise, not a reason to move. Offline tooling, like distil.py:

    cargo build --release
    python3 models/sweep_thresholds.py                    # prints the sweep
    python3 models/sweep_thresholds.py --write            # and writes models/ranker.json
    python3 models/sweep_thresholds.py --exclude fresh-br # keeps a set out of the sweep
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sets(exclude):
    """(questions, dialogues or None) of every set in eval/."""
    ev = os.path.join(ROOT, "eval")
    names = sorted({re.sub(r"(-dialogues)?\.jsonl$", "", f) for f in os.listdir(ev) if f.endswith(".jsonl")})
    out = []
    for n in names:
        if n in exclude:
            continue
        q = os.path.join(ev, n + ".jsonl")
        d = os.path.join(ev, n + "-dialogues.jsonl")
        if n == "dev2-tune":
            d = os.path.join(ev, "dev2-dialogues.jsonl")
        if not os.path.exists(q) or n == "dev2-dialogues":
            continue
        out.append((q, d if os.path.exists(d) else None))
    return out


def wrong(bot, ranker_file, qd):
    q, d = qd
    cmd = [bot, "eval", q, "--article", os.path.join(ROOT, "eval", "article.txt")]
    if d:
        cmd += ["--dialogues", d]
    env = dict(os.environ, PARLEY_RANKER_FILE=ranker_file)
    env.pop("PARLEY_RANKER_THRESHOLD", None)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    m = re.search(r"== wrong items \((\d+)\) ==", out)
    return int(m.group(1)) if m else 0


def total(bot, ranker, todo, jobs):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(ranker, f)
        path = f.name
    try:
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            return sum(pool.map(lambda qd: wrong(bot, path, qd), todo))
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bot", default=os.path.join(ROOT, "target", "release", "parley"))
    # Not why_how: a reason the article does not give is declined (rule 3), and a lower
    # threshold would answer it with whatever sentence comes nearest.
    ap.add_argument("--types", default="yes_no,when,count")
    ap.add_argument("--values", default="0.02,0.05,0.1,0.15,0.2,0.3,0.4")
    ap.add_argument("--exclude", default="", help="sets (by file stem) kept out of the sweep")
    ap.add_argument("--slack", type=int, default=2, help="wrong items within which values count as tied")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--write", action="store_true", help="write the chosen thresholds to models/ranker.json")
    a = ap.parse_args()
    path = os.path.join(HERE, "ranker.json")
    ranker = json.load(open(path))
    todo = sets(set(filter(None, a.exclude.split(","))))
    values = [float(v) for v in a.values.split(",")]
    general = ranker["threshold"]
    ranker["thresholds"] = {}
    base = total(a.bot, ranker, todo, a.jobs)
    print(f"{len(todo)} sets; one threshold {general}: {base} wrong")
    for t in a.types.split(","):
        row = {}
        for v in values:
            trial = dict(ranker, thresholds=dict(ranker["thresholds"], **{t: v}))
            row[v] = total(a.bot, trial, todo, a.jobs)
        fewest = min(row.values())
        best = min((v for v in values if row[v] <= fewest + a.slack), key=lambda v: abs(v - general))
        print(f"{t:10} " + "  ".join(f"{v}:{row[v]}" for v in values) + f"  -> {best}")
        if best != general:
            ranker["thresholds"][t] = best
    print("thresholds:", json.dumps(ranker["thresholds"]), f"{total(a.bot, ranker, todo, a.jobs)} wrong")
    if a.write:
        with open(path, "w") as f:
            f.write(json.dumps(ranker, indent=2) + "\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
