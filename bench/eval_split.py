#!/usr/bin/env python3
"""Scores stance-classify on a labeled split (datasets/news-test.csv format).

usage: eval_split.py CLASSIFY_BIN MODEL_DIR SPLIT.csv [--errors N]
Feeds the split's sentences in article order (--input lines, one document per article, so
attribution sees the same context) and compares actor, stance and sentiment with the gold
labels. Prints actor accuracy and F1, stance macro-F1 and F_avg(optimistic, skeptical),
sentiment macro-F1.
"""
import csv, json, subprocess, sys, collections

def f1s(gold, pred, classes):
    out = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        pp = sum(1 for p in pred if p == c)
        gp = sum(1 for g in gold if g == c)
        pr = tp / pp if pp else 0.0
        rc = tp / gp if gp else 0.0
        out[c] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return out

def norm_actor(a):
    return "none" if a in (None, "", "none") else a

def classify_articles(binp, model, rows, who="eval_split.py"):
    """Classifies labeled rows (doc, text) article by article, in order, as stance-classify
    --input lines (one sentence per line, a blank line between articles), so attribution sees
    each article's context; returns one JSON record per row."""
    lines, prev = [], None
    for r in rows:
        if prev is not None and r["doc"] != prev:
            lines.append("")
        lines.append(" ".join(r["text"].split()))
        prev = r["doc"]
    p = subprocess.run([binp, "--model", model, "--input", "lines", "--format", "jsonl"],
                       input="\n".join(lines) + "\n", capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{who}: {binp} exited with {p.returncode}: {p.stderr.strip()}")
    recs = [json.loads(l) for l in p.stdout.splitlines()]
    assert len(recs) == len(rows), (len(recs), len(rows))
    return recs

def main():
    binp, model, split = sys.argv[1:4]
    nerr = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--errors" else 0
    rows = list(csv.DictReader(open(split, newline="", encoding="utf-8")))
    recs = classify_articles(binp, model, rows)
    ga = [norm_actor(r["actor"]) for r in rows]
    pa = [norm_actor(x["actor"]) for x in recs]
    # actor: exact match of the canonical name; precision/recall over sentences with an actor
    tp = sum(1 for g, p in zip(ga, pa) if g != "none" and g == p)
    npred = sum(1 for p in pa if p != "none")
    ngold = sum(1 for g in ga if g != "none")
    prec = tp / npred if npred else 0
    rec = tp / ngold if ngold else 0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
    none_ok = sum(1 for g, p in zip(ga, pa) if g == "none" and p == "none")
    ng_none = sum(1 for g in ga if g == "none")
    res = {"sentences": len(rows), "actor_precision": prec, "actor_recall": rec, "actor_f1": f1,
           "no_actor_right": none_ok / ng_none if ng_none else 0}
    for task, classes in (("stance", ["optimistic", "skeptical", "neutral"]),
                          ("sentiment", ["positive", "negative", "neutral"])):
        if task not in recs[0]:
            continue
        g = [r[task] for r in rows]
        p = [x[task] for x in recs]
        f = f1s(g, p, classes)
        res[task + "_macro_f1"] = sum(f.values()) / len(f)
        res[task + "_accuracy"] = sum(1 for a, b in zip(g, p) if a == b) / len(g)
        if task == "stance":
            res["stance_f_avg_opt_skep"] = (f["optimistic"] + f["skeptical"]) / 2
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in res.items()}, indent=1))
    if nerr:
        bad = [(r, x) for r, x in zip(rows, recs) if norm_actor(r["actor"]) != norm_actor(x["actor"])]
        for r, x in bad[:nerr]:
            print(f"{r['doc']}:{r['sent']} gold={r['actor']!r} got={x['actor']!r} cue={x['cue']!r} :: {r['text'][:150]}")

if __name__ == "__main__":
    main()
