#!/usr/bin/env python3
"""Merge corpus parts and split them by article into news-train.csv and news-test.csv.

usage: split.py OUTDIR PART.csv [PART.csv ...]
About 20% of the articles of each topic go to the test split, picked with a fixed seed, so
no article is in both and every topic is in both. Rows keep article order.
"""
import csv, sys, random, collections

COLUMNS = ["doc", "sent", "topic", "text", "actor", "stance", "sentiment", "hedged", "phenomenon", "note"]

def main():
    outdir, parts = sys.argv[1], sys.argv[2:]
    docs = collections.OrderedDict()
    for p in parts:
        with open(p, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                docs.setdefault(r["doc"], []).append(r)
    by_topic = collections.defaultdict(list)
    for d, rows in docs.items():
        by_topic[rows[0]["topic"]].append(d)
    rnd = random.Random(2026)
    test = set()
    for t in sorted(by_topic):
        ds = sorted(by_topic[t])
        k = max(1, round(len(ds) * 0.2))
        test.update(rnd.sample(ds, k))
    for name, keep in (("news-train.csv", lambda d: d not in test), ("news-test.csv", lambda d: d in test)):
        with open(f"{outdir}/{name}", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            for d, rows in sorted(docs.items()):
                if keep(d):
                    for r in rows:
                        w.writerow([r[c] for c in COLUMNS])
    print(f"{len(docs) - len(test)} training articles, {len(test)} test articles")

if __name__ == "__main__":
    main()
