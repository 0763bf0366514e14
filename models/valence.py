#!/usr/bin/env python3
"""Rebuilds models/valence.tsv: how positive or negative an English word is, the scale Parley
uses to tell whether "was he gloomy?" agrees with "he was optimistic" (no) or "upset" with
"played down any disappointment" (no).

    python3 -m venv /tmp/m2v && /tmp/m2v/bin/pip install vaderSentiment==3.3.2
    /tmp/m2v/bin/python models/valence.py

Offline tooling only: the bot compiles the file this writes in and never runs Python.
Source: the VADER sentiment lexicon (C.J. Hutto and E. Gilbert, 2014; MIT licence), shipped in
the PyPI package vaderSentiment 3.3.2 as vader_lexicon.txt: 7,500 entries rated by ten people
each on -4 (most negative) .. +4 (most positive). Kept: single words of letters whose mean
rating is at least 0.5 away from neutral; emoticons and slang spellings with digits dropped.
Output: one `word<TAB>mean` a line, sorted by word.
"""
import os

import vaderSentiment

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(os.path.dirname(vaderSentiment.__file__), "vader_lexicon.txt")
rows = {}
for line in open(src, encoding="utf-8"):
    word, mean = line.split("\t")[:2]
    if word.isalpha() and word.isascii() and word == word.lower() and abs(float(mean)) >= 0.5:
        rows[word] = float(mean)
with open(os.path.join(here, "valence.tsv"), "w", encoding="utf-8") as out:
    for word in sorted(rows):
        out.write(f"{word}\t{rows[word]:g}\n")
print(len(rows), "words")
