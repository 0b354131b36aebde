#!/usr/bin/env python3
"""Markdown statistics of the labeled corpus (for datasets/README.md).
usage: stats.py news-train.csv news-test.csv"""
import csv, sys, collections

def main():
    print("| split | articles | sentences | with actor | optimistic | skeptical | neutral (of actor rows) | hedged |")
    print("|---|---|---|---|---|---|---|---|")
    topics = collections.Counter()
    phen = collections.Counter()
    actors = set()
    tot = collections.Counter()
    for p in sys.argv[1:]:
        rows = list(csv.DictReader(open(p, newline="", encoding="utf-8")))
        docs = {r["doc"] for r in rows}
        act = [r for r in rows if r["actor"] != "none"]
        st = collections.Counter(r["stance"] for r in act)
        hed = sum(1 for r in rows if r["hedged"] == "yes")
        n = len(act) or 1
        print(f"| {p.split('/')[-1]} | {len(docs)} | {len(rows)} | {len(act)} ({100*len(act)/len(rows):.0f}%) | "
              f"{st['optimistic']} ({100*st['optimistic']/n:.0f}%) | {st['skeptical']} ({100*st['skeptical']/n:.0f}%) | "
              f"{st['neutral']} ({100*st['neutral']/n:.0f}%) | {hed} |")
        for r in rows:
            topics[r["topic"]] += 1
            tot["sentiment:" + r["sentiment"]] += 1
            tot["stance:" + r["stance"]] += 1
            for x in filter(None, r["phenomenon"].split("|")):
                phen[x] += 1
            if r["actor"] != "none":
                actors.update(r["actor"].split("|"))
        for d in docs:
            pass
    print()
    print(f"Distinct actors: {len(actors)}. Topics ({len(topics)}): " +
          ", ".join(f"{t} {n}" for t, n in sorted(topics.items())) + " (sentences).")
    print()
    print("All rows: " + ", ".join(f"{k} {v}" for k, v in sorted(tot.items())) + ".")
    print()
    print("| hard case (phenomenon) | rows |\n|---|---|")
    for k, v in sorted(phen.items()):
        print(f"| {k} | {v} |")

if __name__ == "__main__":
    main()
