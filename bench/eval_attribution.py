#!/usr/bin/env python3
"""Actor attribution against datasets/attribution.csv.

usage: eval_attribution.py CLASSIFY_BIN MODEL_DIR ATTRIBUTION.csv [--split dev|test|all]
                           [--errors N] [--calibrate] [--json]

Feeds each article's sentences in order (--input lines, one document per article) and compares
the actor with the gold one (case-insensitive; several sources compared as a set). Reports
precision, recall and F1 of the actor over sentences whose gold actor is not "none", the share
of "none" sentences left without an actor, and the same per construction. --calibrate prints the
precision of each attribution rule (what actor_p should be).
"""
import csv, json, os, signal, sys, collections

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_split import classify_articles  # noqa: E402

def norm(a):
    if a in (None, "", "none"):
        return None
    return frozenset(x.strip().lower() for x in a.split("|"))

def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # "| head" ends quietly
    args = sys.argv[1:]
    opt = {"--split": "all", "--errors": "0"}
    flags = set()
    for k in ("--split", "--errors"):
        if k in args:
            i = args.index(k); opt[k] = args[i + 1]; del args[i:i + 2]
    for k in ("--calibrate", "--json"):
        if k in args:
            flags.add(k); args.remove(k)
    binp, model, path = args[:3]
    rows = [r for r in csv.DictReader(open(path, newline="", encoding="utf-8"))
            if opt["--split"] == "all" or r.get("split", "test") == opt["--split"]]
    recs = classify_articles(binp, model, rows, "eval_attribution.py")
    per = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # tp, npred, ngold, none_ok, none_n
    rules = collections.defaultdict(lambda: [0, 0])
    errors = []
    for r, x in zip(rows, recs):
        g, p = norm(r["actor"]), norm(x["actor"])
        for key in ("all", r["construction"]):
            c = per[key]
            if g is not None:
                c[2] += 1
                if p is not None:
                    c[1] += 1
                    c[0] += g == p
            else:
                c[4] += 1
                c[3] += p is None
                if p is not None:
                    c[1] += 1
        rules[x.get("attribution", "?")][0] += (g == p)
        rules[x.get("attribution", "?")][1] += 1
        if g != p:
            errors.append((r, x))
    res = {}
    for key, (tp, npred, ngold, nok, nn) in sorted(per.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        p, rc, f = prf(tp, npred, ngold)
        res[key] = {"sentences": ngold + nn, "with_actor": ngold, "precision": round(p, 4), "recall": round(rc, 4),
                    "f1": round(f, 4), "no_actor_right": round(nok / nn, 4) if nn else None}
    if "--json" in flags:
        print(json.dumps(res))
    else:
        print(f"{'construction':22} {'sents':>6} {'actor':>6} {'P':>6} {'R':>6} {'F1':>6} {'none ok':>8}")
        for k, v in res.items():
            no = "" if v["no_actor_right"] is None else f"{v['no_actor_right']:.3f}"
            print(f"{k:22} {v['sentences']:6} {v['with_actor']:6} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {no:>8}")
    if "--calibrate" in flags:
        print("\nrule precision (right / fired):")
        for k, (ok, n) in sorted(rules.items()):
            print(f"  {k:14} {ok:5}/{n:<5} {ok / n:.3f}")
    for r, x in errors[:int(opt["--errors"])]:
        print(f"{r['doc']}:{r['sent']} [{r['construction']}] gold={r['actor']!r} got={x['actor']!r} "
              f"({x.get('attribution')}) :: {r['text'][:140]}")

if __name__ == "__main__":
    main()
