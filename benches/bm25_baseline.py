#!/usr/bin/env python3
"""Retrieval baseline for BENCHMARKS.md: BM25 (rank_bm25) over the article's paragraphs.

Speaks Parley's `ask --json` contract so ../shared/eval/score.py can score it:
    python3 benches/bm25_baseline.py ask --json < questions
It answers every question with the best paragraph (it never declines) and cites it.
Not a dependency of Parley: run it from a virtual environment with rank_bm25 installed.
"""
import json
import re
import sys

from rank_bm25 import BM25Okapi

ARTICLE = sys.argv[3] if len(sys.argv) > 3 else "../shared/seeds/000_a2b577b55b60c360.txt"


def tok(s):
    return re.findall(r"[a-z0-9%]+", s.lower())


def main():
    lines = open(ARTICLE, encoding="utf-8").read().splitlines()
    paras = [l for l in lines[1:-1] if l.strip() and not l.isupper() and not l.startswith("\u2018")]
    bm25 = BM25Okapi([tok(p) for p in paras])
    for q in sys.stdin:
        q = q.rstrip("\n")
        scores = bm25.get_scores(tok(q))
        best = max(range(len(paras)), key=lambda i: scores[i])
        print(json.dumps({"question": q, "answered": True, "answer": paras[best],
                          "citations": [{"article": "bm25", "paragraph": best + 1, "text": paras[best]}],
                          "intent": "bm25", "confidence": 1.0}), flush=False)


if __name__ == "__main__":
    main()
