#!/usr/bin/env python3
"""The corpus cannot silently rot: counts, columns, label values, balance and the split are
checked here, and so is the committed default model's record of the data it was trained on.

Run from the project root (make test does). Exit 1 with a message per broken rule.
"""
import csv, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(ROOT, "datasets")

def fnv1a64(path):
    h = 0xcbf29ce484222325
    with open(path, "rb") as f:
        for b in f.read():
            h ^= b
            h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"

def main():
    errs, passed = [], 0
    train, test = os.path.join(D, "news-train.csv"), os.path.join(D, "news-test.csv")
    # 1. the rules of the corpus (columns, values, counts, balance, hard cases) over both splits
    r = subprocess.run([sys.executable, os.path.join(D, "tools", "check_corpus.py"),
                        "--min-articles", "200", "--min-sentences", "3500", "--min-phenomenon", "40",
                        "--min-actors", "80", "--min-topics", "15", train, test],
                       capture_output=True, text=True)
    sys.stdout.write(r.stdout)
    if r.returncode:
        errs.append("corpus rules broken:\n" + r.stderr)
    else:
        passed += 1
    # 2. the split: by article, no article in both, about 20% of articles in test
    def docs(p):
        with open(p, newline="", encoding="utf-8") as f:
            return [row["doc"] for row in csv.DictReader(f)]
    tr, te = docs(train), docs(test)
    both = set(tr) & set(te)
    if both:
        errs.append(f"articles in both splits: {sorted(both)[:5]}")
    else:
        passed += 1
    share = len(set(te)) / (len(set(tr)) + len(set(te)))
    if not 0.15 <= share <= 0.25:
        errs.append(f"test split holds {share:.0%} of the articles; about 20% wanted")
    else:
        passed += 1
    # 3. the attribution set: 800+ sentences in whole articles, every construction, dev/test by article
    att = os.path.join(D, "attribution.csv")
    with open(att, newline="", encoding="utf-8") as f:
        arows = list(csv.DictReader(f))
    cons = {"said_before", "said_after", "tense_voice", "according_to", "possessive_view", "colon_quote",
            "title_stripped", "organisation", "capital_for_state", "pronoun", "role_noun", "quote_continuation",
            "multiple_sources", "name_variant", "subject_view", "no_actor", "headline_view"}
    aerr = []
    if len(arows) < 800:
        aerr.append(f"attribution.csv has {len(arows)} sentences; 800 wanted")
    split_of = {}
    for n, r in enumerate(arows, 2):
        if r["construction"] not in cons:
            aerr.append(f"attribution.csv:{n}: construction '{r['construction']}'")
        if r["split"] not in ("dev", "test"):
            aerr.append(f"attribution.csv:{n}: split '{r['split']}'")
        if split_of.setdefault(r["doc"], r["split"]) != r["split"]:
            aerr.append(f"attribution.csv:{n}: article {r['doc']} is in both splits")
        if not r["actor"] or not r["actor"].isascii():
            aerr.append(f"attribution.csv:{n}: actor '{r['actor']}'")
    for sp in ("dev", "test"):
        for c in sorted(cons):
            k = sum(1 for r in arows if r["split"] == sp and r["construction"] == c)
            if k < 15:
                aerr.append(f"attribution.csv: {c} has {k} rows in {sp}; 15 wanted")
    if aerr:
        errs.extend(aerr[:20])
    else:
        passed += 1
    # 4. the shipped model was trained on the current training split
    man = os.path.join(ROOT, "models", "news", "manifest.json")
    with open(man, encoding="utf-8") as f:
        m = json.load(f)
    want = fnv1a64(train)
    got = m.get("data", {}).get("fnv1a64")
    if got != want or m.get("data", {}).get("file") != "news-train.csv":
        errs.append(f"models/news is stale: trained on {m.get('data')} but news-train.csv has fnv1a64 {want}; run 'make model'")
    else:
        passed += 1
    # the model carries a copy of the lexicons: it must be the copy of the files in datasets/lexicons
    lex = m.get("lexicons", {})
    def entries(name):
        with open(os.path.join(D, "lexicons", name), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f if l.strip() and not l.lstrip().startswith("#")]
    def phrase(x):
        return " ".join(x.strip().lower().split())
    stale = []
    for name in ("hedges", "negators", "positive", "negative", "optimism", "skepticism", "titles", "org_nouns", "abbreviations"):
        if set(map(phrase, entries(name + ".txt"))) != set(lex.get(name, [])):
            stale.append(name)
    cues = {phrase(l.split("\t")[0]): l.split("\t")[1] for l in entries("cues.tsv")}
    if cues != {c[0]: c[1] for c in lex.get("cues", [])}:
        stale.append("cues")
    caps = {phrase(l.split("\t")[0]): l.split("\t")[1] for l in entries("capitals.tsv")}
    if caps != {c[0]: c[1] for c in lex.get("capitals", [])}:
        stale.append("capitals")
    if stale:
        errs.append(f"models/news was trained with other lexicons than datasets/lexicons ({', '.join(stale)}): run 'make model'")
    else:
        passed += 1
    for e in errs:
        print("FAIL:", e)
    print(f"datasets: {passed} passed, {len(errs)} failed")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
