#!/usr/bin/env python3
"""Check labeled corpus CSV files against the project's rules.

usage: check_corpus.py [--min-articles N] [--min-sentences N] [--min-phenomenon N]
                       [--min-actors N] [--min-topics N] FILE.csv [FILE.csv ...]

Exits 1 and prints file:line: problem for every rule broken. Prints statistics.
"""
import csv, sys, collections, argparse

COLUMNS = ["doc", "sent", "topic", "text", "actor", "stance", "sentiment", "hedged", "phenomenon", "note"]
STANCE = {"optimistic", "skeptical", "neutral"}
SENTIMENT = {"positive", "negative", "neutral"}
HEDGED = {"yes", "no"}
PHENOMENA = {
    "negated_optimism", "hedged_optimism", "implicit_skepticism", "optimism_negative_words",
    "conditional", "quote_continuation", "pronoun_attribution", "role_noun_attribution",
    "according_to", "multiple_actors", "speaker_after_quote", "headline", "boilerplate",
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-articles", type=int, default=0)
    ap.add_argument("--min-sentences", type=int, default=0)
    ap.add_argument("--min-phenomenon", type=int, default=0)
    ap.add_argument("--min-actors", type=int, default=0)
    ap.add_argument("--min-topics", type=int, default=0)
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    errs = []
    docs = collections.OrderedDict()
    topics = set()
    actors = set()
    stance_with_actor = collections.Counter()
    with_actor = 0
    total = 0
    phen = collections.Counter()
    for fn in a.files:
        with open(fn, newline="", encoding="utf-8") as f:
            r = csv.reader(f)
            try:
                header = next(r)
            except StopIteration:
                errs.append(f"{fn}:1: empty file"); continue
            if header != COLUMNS:
                errs.append(f"{fn}:1: header must be {','.join(COLUMNS)}, got {','.join(header)}")
                continue
            for row in r:
                line = r.line_num
                if len(row) != len(COLUMNS):
                    errs.append(f"{fn}:{line}: {len(row)} fields, expected {len(COLUMNS)}"); continue
                d = dict(zip(COLUMNS, row))
                total += 1
                doc = d["doc"]
                try:
                    sent = int(d["sent"])
                except ValueError:
                    errs.append(f"{fn}:{line}: sent '{d['sent']}' is not a number"); continue
                if doc not in docs:
                    if sent != 1:
                        errs.append(f"{fn}:{line}: article {doc} must start at sent 1")
                    docs[doc] = [fn, 0, d["topic"]]
                docs[doc][1] += 1
                if sent != docs[doc][1]:
                    errs.append(f"{fn}:{line}: article {doc}: sent {sent}, expected {docs[doc][1]} (rows in order, no gaps)")
                if not d["text"].strip():
                    errs.append(f"{fn}:{line}: empty text")
                if "\n" in d["text"]:
                    errs.append(f"{fn}:{line}: text has a newline")
                if not d["topic"]:
                    errs.append(f"{fn}:{line}: empty topic")
                topics.add(d["topic"])
                if d["stance"] not in STANCE:
                    errs.append(f"{fn}:{line}: stance '{d['stance']}' not in {sorted(STANCE)}")
                if d["sentiment"] not in SENTIMENT:
                    errs.append(f"{fn}:{line}: sentiment '{d['sentiment']}' not in {sorted(SENTIMENT)}")
                if d["hedged"] not in HEDGED:
                    errs.append(f"{fn}:{line}: hedged '{d['hedged']}' not in yes/no")
                actor = d["actor"]
                if not actor:
                    errs.append(f"{fn}:{line}: empty actor (use none)")
                elif actor != "none":
                    with_actor += 1
                    stance_with_actor[d["stance"]] += 1
                    for x in actor.split("|"):
                        if not x.strip() or x != x.strip():
                            errs.append(f"{fn}:{line}: malformed actor '{actor}'")
                        if not x.isascii():
                            errs.append(f"{fn}:{line}: actor '{x}' is not ASCII")
                        actors.add(x)
                if d["phenomenon"]:
                    for p in d["phenomenon"].split("|"):
                        if p not in PHENOMENA:
                            errs.append(f"{fn}:{line}: phenomenon '{p}' not in {sorted(PHENOMENA)}")
                        phen[p] += 1
    for doc, (fn, n, topic) in docs.items():
        if not 10 <= n <= 30:
            errs.append(f"{fn}: article {doc} has {n} sentences (10 to 30 wanted)")
    print(f"articles {len(docs)}, sentences {total}, topics {len(topics)}, distinct actors {len(actors)}")
    if total:
        print(f"with actor {with_actor} ({100*with_actor/total:.1f}%)")
    if with_actor:
        print("stance among actor rows: " + ", ".join(
            f"{k} {v} ({100*v/with_actor:.1f}%)" for k, v in sorted(stance_with_actor.items())))
    print("phenomena: " + ", ".join(f"{p} {phen[p]}" for p in sorted(PHENOMENA)))
    if len(docs) < a.min_articles: errs.append(f"only {len(docs)} articles, need {a.min_articles}")
    if total < a.min_sentences: errs.append(f"only {total} sentences, need {a.min_sentences}")
    if len(actors) < a.min_actors: errs.append(f"only {len(actors)} distinct actors, need {a.min_actors}")
    if len(topics) < a.min_topics: errs.append(f"only {len(topics)} topics, need {a.min_topics}")
    for p in sorted(PHENOMENA):
        if phen[p] < a.min_phenomenon:
            errs.append(f"phenomenon {p}: {phen[p]} rows, need {a.min_phenomenon}")
    if total:
        if with_actor < total / 2: errs.append("fewer than half of the sentences have an actor")
        if with_actor:
            for s, lo in (("optimistic", .25), ("skeptical", .25), ("neutral", .20)):
                if stance_with_actor[s] < lo * with_actor:
                    errs.append(f"{s} is {100*stance_with_actor[s]/with_actor:.1f}% of actor rows, need {100*lo:.0f}%")
    for e in errs:
        print(e, file=sys.stderr)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
