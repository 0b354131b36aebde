#!/usr/bin/env python3
"""Cohen's kappa per field between the corpus labels and an independent second labeling.

usage: kappa.py SECOND.csv CORPUS.csv [CORPUS.csv ...] [--disagreements FIELD]
SECOND.csv has doc,sent,actor,stance,sentiment,hedged; rows are matched on (doc, sent).
Actors are compared after case folding (a name is one category).
"""
import csv, sys, collections

def kappa(a, b):
    n = len(a)
    po = sum(1 for x, y in zip(a, b) if x == y) / n
    ca, cb = collections.Counter(a), collections.Counter(b)
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0, po

def main():
    args = sys.argv[1:]
    show = None
    if "--disagreements" in args:
        i = args.index("--disagreements"); show = args[i + 1]; del args[i:i + 2]
    second, corpora = args[0], args[1:]
    gold = {}
    for p in corpora:
        for r in csv.DictReader(open(p, newline="", encoding="utf-8")):
            gold[(r["doc"], r["sent"])] = r
    rows = [r for r in csv.DictReader(open(second, newline="", encoding="utf-8"))]
    pairs = [(gold[(r["doc"], r["sent"])], r) for r in rows if (r["doc"], r["sent"]) in gold]
    print(f"{len(pairs)} sentences labeled twice")
    print("| field | agreement | Cohen's kappa |\n|---|---|---|")
    for f in ("actor", "stance", "sentiment", "hedged"):
        a = [g[f].strip().lower() for g, s in pairs]
        b = [s[f].strip().lower() for g, s in pairs]
        k, po = kappa(a, b)
        print(f"| {f} | {po:.3f} | {k:.3f} |")
    a = [("none" if g["actor"] == "none" else "actor") for g, s in pairs]
    b = [("none" if s["actor"] == "none" else "actor") for g, s in pairs]
    k, po = kappa(a, b)
    print(f"| actor present (yes/no) | {po:.3f} | {k:.3f} |")
    if show:
        for g, s in pairs:
            if g[show].strip().lower() != s[show].strip().lower():
                print(f"{g['doc']}:{g['sent']}\tfirst={g[show]}\tsecond={s[show]}\t{g['text'][:110]}\t[{s.get('note','')[:80]}]")

if __name__ == "__main__":
    main()
