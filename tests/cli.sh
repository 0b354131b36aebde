#!/bin/sh
# cli.sh BIN_DIR - end-to-end tests of stance-train and stance-classify.
#
# POSIX sh. Works in a temporary directory (removed on exit), prints every failure with what
# was expected and what was seen, and ends with one line "N passed, M failed"; the exit status
# is non-zero when anything failed. Needs python3 (JSON and CSV checks).

BIN=${1:?usage: sh tests/cli.sh BIN_DIR}
BIN=$(cd "$BIN" && pwd) || exit 2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
LEX=$ROOT/datasets/lexicons
TINY=$HERE/fixtures/tiny.csv
TRAIN=$BIN/stance-train
CLASSIFY=$BIN/stance-classify

# The model is always given with --model, except where STANCE_MODEL is what is tested.
unset STANCE_MODEL
# Tables and colours only on a terminal; keep the environment out of the way.
unset NO_COLOR

T=$(mktemp -d "${TMPDIR:-/tmp}/stance-cli.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT TERM HUP

passed=0
failed=0

pass() { passed=$((passed + 1)); }

# fail NAME EXPECTED SEEN
fail() {
    failed=$((failed + 1))
    printf 'FAIL: %s\n  expected: %s\n  seen:     %s\n' "$1" "$2" "$3"
}

# run CMD...: stdout in $T/out, stderr in $T/err, exit status in $rc
run() {
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
}

# runin FILE CMD...: the same, with standard input from FILE
runin() {
    _in=$1
    shift
    "$@" <"$_in" >"$T/out" 2>"$T/err"
    rc=$?
}

seen_err() { printf 'exit %s; stderr: %s' "$rc" "$(head -c 600 "$T/err")"; }

# expect_rc NAME STATUS
expect_rc() {
    if [ "$rc" -eq "$2" ]; then pass; else fail "$1" "exit $2" "$(seen_err)"; fi
}

# expect_err NAME TEXT: standard error contains TEXT
expect_err() {
    if grep -qF -- "$2" "$T/err"; then pass; else fail "$1" "stderr containing '$2'" "$(seen_err)"; fi
}

# expect_out NAME TEXT: standard output contains TEXT
expect_out() {
    if grep -qF -- "$2" "$T/out"; then pass; else fail "$1" "stdout containing '$2'" "$(head -c 600 "$T/out")"; fi
}

# expect_py NAME ARGS...: runs the python checker; its message is what was seen
expect_py() {
    _name=$1
    shift
    if _msg=$(python3 "$T/check.py" "$@" 2>&1); then pass; else fail "$_name" "$1 check to pass" "$_msg"; fi
}

# train OUT_DIR [options...]: trains on the tiny fixture, quietly and quickly
train() {
    _out=$1
    shift
    run "$TRAIN" -q --data "$TINY" --out "$_out" --folds 3 --min-count 1 --lexicons "$LEX" "$@"
}

# same_tree A B: 1 (false) unless the two directories hold the same files with the same bytes
same_tree() {
    [ -d "$1" ] && [ -d "$2" ] || return 1
    (cd "$1" && ls -A) >"$T/ls1"
    (cd "$2" && ls -A) >"$T/ls2"
    cmp -s "$T/ls1" "$T/ls2" || return 1
    for _f in $(cat "$T/ls1"); do
        cmp -s "$1/$_f" "$2/$_f" || return 1
    done
    return 0
}

# ------------------------------------------------------------------ the python checker

cat >"$T/check.py" <<'EOF'
import csv, json, math, sys

STANCE = {"optimistic", "skeptical", "neutral"}
SENTIMENT = {"positive", "negative", "neutral"}
KEYS = ["doc", "sent", "text", "actor", "cue", "stance", "stance_p", "sentiment", "sentiment_p", "hedges"]

def die(msg):
    print(msg)
    sys.exit(1)

def records(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError as e:
                die("line %d is not JSON (%s): %r" % (n, e, line[:200]))
            if not isinstance(o, dict):
                die("line %d is not an object: %r" % (n, line[:200]))
            out.append(o)
    return out

def check_sentences(recs, path, extra=()):
    prev = {}
    for n, o in enumerate(recs, 1):
        for k in KEYS + list(extra):
            if k not in o:
                die("%s line %d: no key %r in %s" % (path, n, k, sorted(o)))
        if o["stance"] not in STANCE or o["sentiment"] not in SENTIMENT:
            die("%s line %d: labels %r/%r" % (path, n, o["stance"], o["sentiment"]))
        for t in ("stance_p", "sentiment_p"):
            s = sum(o[t].values())
            if abs(s - 1) > 0.002:
                die("%s line %d: %s sums to %s" % (path, n, t, s))
        if not isinstance(o["hedges"], list):
            die("%s line %d: hedges is not a list" % (path, n))
        if o["actor"] is not None and not isinstance(o["actor"], str):
            die("%s line %d: actor %r" % (path, n, o["actor"]))
        want = prev.get(o["doc"], 0) + 1
        if o["sent"] != want:
            die("%s line %d: doc %r sent %r, expected %d" % (path, n, o["doc"], o["sent"], want))
        prev[o["doc"]] = o["sent"]

def main():
    cmd, path = sys.argv[1], sys.argv[2]
    args = sys.argv[3:]
    if cmd == "jsonl":
        # jsonl FILE [N] : sentence records with all keys; N records when given
        recs = records(path)
        check_sentences(recs, path)
        if args and len(recs) != int(args[0]):
            die("%d records, expected %s" % (len(recs), args[0]))
    elif cmd == "docs":
        # docs FILE DOC:N ... : exactly these documents, in this order, with N sentences each
        recs = records(path)
        check_sentences(recs, path)
        seen = []
        for o in recs:
            if not seen or seen[-1][0] != o["doc"]:
                seen.append([o["doc"], 0])
            seen[-1][1] += 1
        want = [[a.rsplit(":", 1)[0], int(a.rsplit(":", 1)[1])] for a in args]
        if seen != want:
            die("documents %r, expected %r" % (seen, want))
    elif cmd == "explain":
        # explain FILE K : every record has "explain" with at most K reasons per task
        recs = records(path)
        check_sentences(recs, path, extra=["explain"])
        k = int(args[0])
        nonempty = 0
        for n, o in enumerate(recs, 1):
            ex = o["explain"]
            if set(ex) != {"stance", "sentiment"}:
                die("line %d: explain keys %r" % (n, sorted(ex)))
            for t, rs in ex.items():
                if len(rs) > k:
                    die("line %d: %d reasons for %s, at most %d" % (n, len(rs), t, k))
                for r in rs:
                    if not (isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and r[1] > 0):
                        die("line %d: reason %r" % (n, r))
                nonempty += len(rs) > 0
        if not nonempty:
            die("no reasons at all")
    elif cmd == "noexplain":
        for n, o in enumerate(records(path), 1):
            if "explain" in o:
                die("line %d has an explain key without --explain" % n)
    elif cmd == "summary":
        # summary SENTENCES.jsonl SUMMARY.jsonl : one record per (doc, actor), counts and score
        sents = records(path)
        summ = records(args[0])
        want = {}
        for o in sents:
            if o["actor"] is None:
                continue
            c = want.setdefault((o["doc"], o["actor"]), {"sentences": 0, "optimistic": 0, "skeptical": 0, "neutral": 0})
            c["sentences"] += 1
            c[o["stance"]] += 1
        got = {}
        for n, o in enumerate(summ, 1):
            key = (o.get("doc"), o.get("actor"))
            if key in got:
                die("summary line %d: %r appears twice" % (n, key))
            got[key] = o
        if set(got) != set(want):
            die("summary (doc, actor) pairs %r, expected %r" % (sorted(got), sorted(want)))
        if len({d for d, _ in want}) < 2:
            die("the test needs actors in two documents")
        for key, c in want.items():
            o = got[key]
            for k, v in c.items():
                if o.get(k) != v:
                    die("%r: %s = %r, expected %r" % (key, k, o.get(k), v))
            score = (c["optimistic"] - c["skeptical"]) / c["sentences"]
            if not isinstance(o.get("score"), (int, float)) or abs(o["score"] - score) > 1e-4:
                die("%r: score %r, expected %.4f" % (key, o.get("score"), score))
    elif cmd == "csv":
        # csv FILE N : a header row starting doc,sent,text,actor,cue,stance and N rows of the same width
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows or rows[0][:6] != ["doc", "sent", "text", "actor", "cue", "stance"]:
            die("header %r" % (rows[0] if rows else None))
        if "sentiment" not in rows[0]:
            die("no sentiment column in %r" % rows[0])
        bad = [r for r in rows[1:] if len(r) != len(rows[0])]
        if bad:
            die("rows of another width than the header: %r" % bad[:2])
        if len(rows) - 1 != int(args[0]):
            die("%d data rows, expected %s" % (len(rows) - 1, args[0]))
        st = rows[0].index("stance")
        for r in rows[1:]:
            if r[st] not in STANCE:
                die("stance %r" % r[st])
    elif cmd == "manifest":
        # manifest DIR KEY=VALUE... : checks on manifest.json (kernel=rbf, per=actor, submodels>=N)
        with open(path + "/manifest.json", encoding="utf-8") as f:
            m = json.load(f)
        for a in args:
            k, v = a.split("=", 1)
            for t in m["tasks"]:
                if k == "kernel" and t.get("kernel") != v:
                    die("task %s kernel %r" % (t["name"], t.get("kernel")))
                if k == "per" and t.get("per") != v:
                    die("task %s per %r" % (t["name"], t.get("per")))
                if k == "submodels" and len(t["models"]) < int(v):
                    die("task %s has %d models, expected at least %s" % (t["name"], len(t["models"]), v))
    elif cmd == "same":
        # same A B : two JSON Lines outputs equal once "doc" is ignored
        a = records(path)
        b = records(args[0])
        for o in a + b:
            o.pop("doc", None)
        if a != b:
            die("outputs differ: %d vs %d records" % (len(a), len(b)))
    else:
        die("unknown check " + cmd)

main()
EOF

# ------------------------------------------------------------------ inputs used below

cat >"$T/a.txt" <<'EOF'
Port talks resume in Veloria

Okafor said a deal was within reach and praised the good faith of the operators. “We are close,” he said. Port director Lena Brandt said the demands were unrealistic and warned the talks were going nowhere. “I have heard these promises before,” Brandt said. The next session is on Thursday.
EOF
A_SENTS=6

cat >"$T/b.txt" <<'EOF'
Regulator Ines Kova said she doubted the merger would be approved. Chief executive Paolo Conti said the combined company would thrive. Conti praised the staff of both firms. The filing runs to 300 pages.
EOF
B_SENTS=4

printf 'Good text. Bad \377 byte.\n' >"$T/bad-utf8.txt"

# ------------------------------------------------------------------ help, version, usage errors

run "$TRAIN" --help
expect_rc "stance-train --help exits 0" 0
expect_out "stance-train --help prints usage" "usage: stance-train"
run "$CLASSIFY" --help
expect_rc "stance-classify --help exits 0" 0
expect_out "stance-classify --help prints usage" "usage: stance-classify"
run "$TRAIN" --version
expect_rc "stance-train --version exits 0" 0
expect_out "stance-train --version names libsvm" "libsvm"

run "$TRAIN" --bogus
expect_rc "stance-train unknown option exits 2" 2
expect_err "stance-train unknown option hints at --help" "--help"
run "$CLASSIFY" --bogus
expect_rc "stance-classify unknown option exits 2" 2
expect_err "stance-classify unknown option hints at --help" "--help"
run "$TRAIN" --out "$T/never"
expect_rc "stance-train without --data exits 2" 2

# ------------------------------------------------------------------ train -> classify

M=$T/model
train "$M"
expect_rc "train on tiny.csv" 0
if [ -f "$M/manifest.json" ]; then pass; else fail "train writes manifest.json" "$M/manifest.json" "$(ls -la "$M" 2>&1)"; fi
if [ ! -s "$T/out" ]; then pass; else fail "train -q prints nothing on stdout" "empty stdout" "$(head -c 300 "$T/out")"; fi

run "$CLASSIFY" --version --model "$M"
expect_rc "stance-classify --version --model exits 0" 0
expect_out "stance-classify --version names the library versions" "libsvm"
# --version is about the programs: it must work where no model is found
run env STANCE_MODEL="$T/no-model-here" "$CLASSIFY" --version
expect_rc "stance-classify --version without a model exits 0" 0

run "$CLASSIFY" --model "$M" --format jsonl "$T/a.txt"
expect_rc "classify a.txt" 0
cp "$T/out" "$T/a.jsonl"
expect_py "classify --format jsonl: valid JSON with all keys, one record per sentence" jsonl "$T/a.jsonl" "$A_SENTS"
expect_py "classify: one document named after its file" docs "$T/a.jsonl" "$T/a.txt:$A_SENTS"
expect_py "classify without --explain has no explain key" noexplain "$T/a.jsonl"

# jsonl is the default when standard output is not a terminal
run "$CLASSIFY" --model "$M" "$T/a.txt"
if cmp -s "$T/out" "$T/a.jsonl"; then pass; else fail "jsonl is the default format in a pipe" "same output as --format jsonl" "$(head -c 300 "$T/out")"; fi

run "$CLASSIFY" --model "$M" --format csv "$T/a.txt" "$T/b.txt"
expect_rc "classify --format csv" 0
expect_py "classify --format csv: header and one row per sentence" csv "$T/out" $((A_SENTS + B_SENTS))

# ------------------------------------------------------------------ summary and explain

run "$CLASSIFY" --model "$M" --format jsonl "$T/a.txt" "$T/b.txt"
cp "$T/out" "$T/ab.jsonl"
run "$CLASSIFY" --model "$M" --format jsonl --summary "$T/a.txt" "$T/b.txt"
expect_rc "classify --summary" 0
cp "$T/out" "$T/ab-summary.jsonl"
expect_py "--summary: one record per document and actor, score = (optimistic - skeptical) / sentences" \
    summary "$T/ab.jsonl" "$T/ab-summary.jsonl"

run "$CLASSIFY" --model "$M" --format csv --summary "$T/a.txt" "$T/b.txt"
expect_rc "classify --summary --format csv" 0
expect_out "--summary --format csv has its header" "doc,actor,sentences,optimistic,skeptical,neutral,stance,score"

run "$CLASSIFY" --model "$M" --format jsonl --explain 3 "$T/a.txt"
expect_rc "classify --explain 3" 0
expect_py "--explain 3 adds an explain key with at most 3 reasons per task" explain "$T/out" 3

# ------------------------------------------------------------------ input formats

printf 'Okafor said the deal was close.\nMr. Smith arrived. He left.\n“We are close,” Brandt said.\n\n\nThe filing runs to 300 pages.\nConti praised the staff.\n' >"$T/in.lines"
run "$CLASSIFY" --model "$M" --input lines "$T/in.lines"
expect_rc "--input lines" 0
expect_py "--input lines: one record per line, a blank line starts a new document" \
    docs "$T/out" "$T/in.lines#1:3" "$T/in.lines#2:2"

cat >"$T/in.jsonl" <<'EOF'
{"id": "first", "text": "Okafor said the deal was close. “We are close,” he said."}

{"text": "Brandt said the talks were going nowhere.", "id": "second", "extra": [1, 2]}
EOF
run "$CLASSIFY" --model "$M" --input jsonl "$T/in.jsonl"
expect_rc "--input jsonl" 0
expect_py "--input jsonl: one document per object, named by id" docs "$T/out" "first:2" "second:1"

cat >"$T/in.csv" <<'EOF'
id,source,text
c1,wire,"Okafor said the deal was close, and praised the operators."
c2,wire,"Brandt said the talks were going nowhere.
The next session is on Thursday."
EOF
run "$CLASSIFY" --model "$M" --input csv "$T/in.csv"
expect_rc "--input csv" 0
expect_py "--input csv: one document per row, named by id" docs "$T/out" "c1:1" "c2:2"

printf 'body,id\n"Brandt said the talks were going nowhere.",x1\n' >"$T/in2.csv"
run "$CLASSIFY" --model "$M" --input csv --text body "$T/in2.csv"
expect_rc "--input csv --text body" 0
expect_py "--input csv --text picks the text column" docs "$T/out" "x1:1"

# ------------------------------------------------------------------ standard input

runin "$T/a.txt" "$CLASSIFY" --model "$M" -
expect_rc "classify - (stdin)" 0
cp "$T/out" "$T/stdin-dash.jsonl"
expect_py "classify - reads standard input" docs "$T/stdin-dash.jsonl" "stdin:$A_SENTS"
expect_py "stdin gives the same records as the file" same "$T/stdin-dash.jsonl" "$T/a.jsonl"
runin "$T/a.txt" "$CLASSIFY" --model "$M"
expect_rc "classify with no file (stdin)" 0
if cmp -s "$T/out" "$T/stdin-dash.jsonl"; then pass; else fail "no file is the same as -" "same output as with -" "$(head -c 300 "$T/out")"; fi
runin "$T/in.lines" "$CLASSIFY" --model "$M" --input lines -
expect_rc "--input lines from stdin" 0
expect_py "--input lines from stdin" docs "$T/out" "stdin#1:3" "stdin#2:2"

run env STANCE_MODEL="$M" "$CLASSIFY" "$T/a.txt"
expect_rc "STANCE_MODEL names the model" 0
if cmp -s "$T/out" "$T/a.jsonl"; then pass; else fail "STANCE_MODEL gives the same output as --model" "same records" "$(head -c 300 "$T/out")"; fi

# ------------------------------------------------------------------ bad input to classify

run "$CLASSIFY" --model "$M" "$T/bad-utf8.txt"
expect_rc "classify invalid UTF-8 exits 1" 1
expect_err "invalid UTF-8: the message names the file" "bad-utf8.txt"
expect_err "invalid UTF-8: the message gives the byte offset" "byte 15"

run "$CLASSIFY" --model "$M" "$T/bad-utf8.txt" "$T/b.txt"
expect_rc "a bad file among good ones exits 1" 1
expect_py "the other files are still processed" docs "$T/out" "$T/b.txt:$B_SENTS"

run "$CLASSIFY" --model "$M" "$T/no-such-file.txt"
expect_rc "classify a missing file exits 1" 1
expect_err "a missing file is named" "no-such-file.txt"

run "$CLASSIFY" --model "$M" --input csv --text body "$T/in.csv"
expect_rc "classify --input csv with an unknown --text column exits 1" 1
expect_err "classify: the unknown column is named" "body"

run "$CLASSIFY" --model "$T/no-model-here" "$T/a.txt"
expect_rc "missing model directory exits 1" 1
expect_err "missing model directory is named" "no-model-here"

mkdir "$T/broken"
cp "$M"/* "$T/broken/"
head -c 200 "$M/manifest.json" >"$T/broken/manifest.json"
run "$CLASSIFY" --model "$T/broken" "$T/a.txt"
expect_rc "corrupt model (truncated manifest.json) exits 1" 1
expect_err "corrupt model: the manifest is named" "manifest.json"

# ------------------------------------------------------------------ bad input to train

printf 'doc,text,stance,sentiment\nd1,Okafor said the deal was close.,optimistic,positive\nd1,"Brandt said, the plan would fail.,skeptical,negative\nd2,Chen praised it.,optimistic,positive\n' >"$T/malformed.csv"
run "$TRAIN" -q --data "$T/malformed.csv" --out "$T/m-bad" --folds 3 --lexicons "$LEX"
expect_rc "train on malformed CSV exits 1" 1
expect_err "malformed CSV: file:line" "malformed.csv:3"
if [ ! -e "$T/m-bad" ]; then pass; else fail "a failed training creates no model directory" "no $T/m-bad" "$(ls -la "$T/m-bad" 2>&1)"; fi

run "$TRAIN" -q --data "$TINY" --out "$T/m-bad" --text body --folds 3 --lexicons "$LEX"
expect_rc "train with an unknown --text column exits 1" 1
expect_err "train: the unknown column is named" "'body'"

printf 'doc,text,stance,sentiment\nd1,Okafor said the deal was close.,optimistic,positive\nd1,Brandt praised the plan.,optimistic,negative\nd2,Chen welcomed it.,optimistic,neutral\n' >"$T/oneclass.csv"
run "$TRAIN" -q --data "$T/oneclass.csv" --out "$T/m-bad" --folds 3 --lexicons "$LEX"
expect_rc "train with one class only exits 1" 1
expect_err "one class only: the column is named" "stance"

: >"$T/empty.csv"
run "$TRAIN" -q --data "$T/empty.csv" --out "$T/m-bad" --folds 3 --lexicons "$LEX"
expect_rc "train on an empty file exits 1" 1
expect_err "empty file: the file is named" "empty.csv"

run "$TRAIN" -q --data "$T/no-such.csv" --out "$T/m-bad" --folds 3 --lexicons "$LEX"
expect_rc "train on a missing file exits 1" 1

# A failed training leaves the previous model as it was, byte for byte.
K=$T/keep
train "$K"
expect_rc "train the model to keep" 0
mkdir "$T/keep.ref"
cp "$K"/* "$T/keep.ref/"
for bad in malformed oneclass empty; do
    run "$TRAIN" -q --data "$T/$bad.csv" --out "$K" --folds 3 --lexicons "$LEX"
    expect_rc "training on $bad.csv over an existing model exits 1" 1
    if same_tree "$K" "$T/keep.ref"; then pass; else
        fail "a failed training ($bad.csv) leaves the previous model byte-identical" "same files as before" \
            "$(ls -la "$K" 2>&1 | tr '\n' ' ')"
    fi
done
run "$TRAIN" -q --data "$TINY" --out "$K" --text body --folds 3 --lexicons "$LEX"
expect_rc "training with a bad --text over an existing model exits 1" 1
if same_tree "$K" "$T/keep.ref"; then pass; else fail "a failed training (--text body) leaves the model byte-identical" "same files" "$(ls -la "$K" 2>&1 | tr '\n' ' ')"; fi
leftover=$(cd "$T" && ls -d keep.* m-bad* 2>/dev/null | grep -v '^keep\.ref$')
if [ -z "$leftover" ]; then pass; else fail "failed trainings leave no temporary directories" "nothing beside the model" "$leftover"; fi
run "$CLASSIFY" --model "$K" "$T/a.txt"
if [ "$rc" -eq 0 ] && cmp -s "$T/out" "$T/a.jsonl"; then pass; else fail "the kept model still classifies as before" "exit 0, same records" "$(seen_err)"; fi

# ------------------------------------------------------------------ kernels and per-actor models

train "$T/rbf" --kernel rbf
expect_rc "train --kernel rbf" 0
expect_py "--kernel rbf is recorded in the manifest" manifest "$T/rbf" kernel=rbf
run "$CLASSIFY" --model "$T/rbf" "$T/a.txt" "$T/b.txt"
expect_rc "classify with the rbf model" 0
expect_py "rbf model: valid records" jsonl "$T/out" $((A_SENTS + B_SENTS))

train "$T/per" --per actor --per-min 10
expect_rc "train --per actor --per-min 10" 0
expect_py "--per actor: a model for at least one actor" manifest "$T/per" per=actor submodels=2
run "$CLASSIFY" --model "$T/per" "$T/a.txt" "$T/b.txt"
expect_rc "classify with the per-actor model" 0
expect_py "per-actor model: valid records" jsonl "$T/out" $((A_SENTS + B_SENTS))
run "$CLASSIFY" --model "$T/per" --summary "$T/a.txt" "$T/b.txt"
expect_rc "--summary with the per-actor model" 0

# ------------------------------------------------------------------ threads

run "$CLASSIFY" --model "$M" "$T/a.txt" "$T/b.txt"
cp "$T/out" "$T/one-thread.jsonl"
run "$CLASSIFY" --model "$M" --threads 3 "$T/a.txt" "$T/b.txt"
expect_rc "--threads 3" 0
if cmp -s "$T/out" "$T/one-thread.jsonl"; then pass; else
    fail "--threads 3 writes the same records in the same order" "the one-thread output" "$(diff "$T/one-thread.jsonl" "$T/out" | head -c 400)"
fi
# more documents than the queue holds, of different lengths, so workers finish out of order
python3 -c '
import json
for i in range(300):
    print(json.dumps({"id": "d%d" % i, "text": "Okafor said the talks would resume. " * (1 + i % 7) + "Brandt warned of delays."}))
' >"$T/many.jsonl"
run "$CLASSIFY" --model "$M" --input jsonl --format csv "$T/many.jsonl"
cp "$T/out" "$T/many-1.csv"
run "$CLASSIFY" --model "$M" --input jsonl --format csv --threads 4 "$T/many.jsonl"
expect_rc "--threads 4 on 300 documents" 0
if cmp -s "$T/out" "$T/many-1.csv"; then pass; else
    fail "--threads 4: same CSV as one thread, in input order" "identical output" "$(diff "$T/many-1.csv" "$T/out" | head -c 400)"
fi
run "$CLASSIFY" --model "$M" --input jsonl "$T/many.jsonl"
cp "$T/out" "$T/many-sentences.jsonl"
run "$CLASSIFY" --model "$M" --input jsonl --summary --threads 2 "$T/many.jsonl"
expect_rc "--summary --threads 2" 0
expect_py "--summary --threads 2: one record per document and actor" summary "$T/many-sentences.jsonl" "$T/out"

# ------------------------------------------------------------------ attribution detail and --actors

printf '%s\n' 'Finance Minister Ana Duarte said the talks would resume.' >"$T/span.txt"
run "$CLASSIFY" --model "$M" "$T/span.txt"
expect_rc "classify one attributed sentence" 0
if python3 - "$T/out" <<'PY'
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").readline())
t = r["text"]
assert r["actor"] == "Duarte", r
assert t[r["source_span"][0]:r["source_span"][1]] == "Finance Minister Ana Duarte", r["source_span"]
assert t[r["cue_span"][0]:r["cue_span"][1]] == "said", r["cue_span"]
assert r["attribution"] == "cue_before", r["attribution"]
assert 0 < r["actor_p"] <= 1, r["actor_p"]
PY
then pass; else fail "source_span, cue_span, attribution and actor_p" "spans on 'Finance Minister Ana Duarte' and 'said'" "$(head -c 400 "$T/out")"; fi

printf '%s\n' 'Zelenskyy said the talks would resume.' 'Duarte warned of delays.' >"$T/alias.txt"
printf '{"Zelensky": ["Zelenskyy", "Zelenskiy"]}\n' >"$T/actors.json"
run "$CLASSIFY" --model "$M" --input lines --actors "$T/actors.json" "$T/alias.txt"
expect_rc "--actors" 0
if python3 -c '
import json, sys
a = [json.loads(l)["actor"] for l in open(sys.argv[1], encoding="utf-8")]
assert a == ["Zelensky", "Duarte"], a' "$T/out"; then pass; else fail "--actors maps an alias to its canonical name" '["Zelensky", "Duarte"]' "$(head -c 400 "$T/out")"; fi
run "$CLASSIFY" --model "$M" --input lines --actors "$T/actors.json" --known-only "$T/alias.txt"
if python3 -c '
import json, sys
a = [json.loads(l)["actor"] for l in open(sys.argv[1], encoding="utf-8")]
assert a == ["Zelensky", None], a' "$T/out"; then pass; else fail "--known-only drops actors the file does not name" '["Zelensky", null]' "$(head -c 400 "$T/out")"; fi
run "$CLASSIFY" --model "$M" --known-only "$T/alias.txt"
expect_rc "--known-only without --actors exits 2" 2
printf '{"Zelensky": "Zelenskyy"}\n' >"$T/bad-actors.json"
run "$CLASSIFY" --model "$M" --actors "$T/bad-actors.json" "$T/alias.txt"
expect_rc "a malformed --actors file exits 1" 1
expect_err "a malformed --actors file is named" "bad-actors.json"

# ------------------------------------------------------------------ the LIBLINEAR solver and feature export

train "$T/ll" --solver liblinear --save-features "$T/ll.svm"
expect_rc "train --solver liblinear" 0
if python3 -c '
import json, sys
m = json.load(open(sys.argv[1] + "/manifest.json"))
assert all(t["solver"] == "liblinear" for t in m["tasks"]), [t.get("solver") for t in m["tasks"]]' "$T/ll"; then pass; else fail "--solver liblinear is recorded in the manifest" "solver liblinear" "$(head -c 300 "$T/ll/manifest.json")"; fi
run "$CLASSIFY" --model "$T/ll" "$T/a.txt" "$T/b.txt"
expect_rc "classify with a LIBLINEAR model" 0
expect_py "LIBLINEAR model: valid records" jsonl "$T/out" $((A_SENTS + B_SENTS))
rows=$(python3 -c 'import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["stance"]))' "$TINY")
if [ "$(wc -l <"$T/ll.svm")" -eq "$rows" ] && grep -qE '^[0-9]+( [0-9]+:[-0-9.e]+)+$' "$T/ll.svm"; then pass; else
    fail "--save-features writes one libsvm-format line per labeled row" "$rows lines like '2 1:0.17 5:0.2'" "$(head -c 200 "$T/ll.svm")"
fi
run "$TRAIN" -q --data "$TINY" --out "$T/ll-rbf" --lexicons "$LEX" --solver liblinear --kernel rbf
expect_rc "--solver liblinear --kernel rbf is a usage error" 2

# ------------------------------------------------------------------ interruption

# An interrupted training exits 130 and leaves the previous model as it was, byte for byte.
train "$T/keep"
cp -r "$T/keep" "$T/keep.before"
"$TRAIN" -q --data "$ROOT/datasets/news-train.csv" --out "$T/keep" --lexicons "$LEX" --folds 5 >"$T/out" 2>"$T/err" &
pid=$!
sleep 1
kill -INT "$pid" 2>/dev/null
wait "$pid"
rc=$?
expect_rc "an interrupted training exits 130" 130
expect_err "an interrupted training says so" "interrupted"
if same_tree "$T/keep" "$T/keep.before"; then pass; else fail "an interrupted training leaves the previous model" "identical directory" "$(ls -la "$T/keep" 2>&1)"; fi
if ls -d "$T"/keep.tmp-* >/dev/null 2>&1; then fail "an interrupted training removes its temporary directory" "no $T/keep.tmp-*" "$(ls -d "$T"/keep.tmp-*)"; else pass; fi

# ------------------------------------------------------------------ bad numbers

for args in "--folds x" "--folds 1" "--folds 101" "--per-min x" "--kernel poly" "--ngrams 4" "--solver sgd" \
    "--label stance --folds x" "--label stance --label sentiment --kernel poly"; do
    # shellcheck disable=SC2086
    run "$TRAIN" -q --data "$TINY" --out "$T/m-num" --lexicons "$LEX" $args
    expect_rc "stance-train $args exits 2" 2
done
if [ ! -e "$T/m-num" ]; then pass; else fail "a usage error writes no model" "no $T/m-num" "$(ls "$T/m-num" 2>&1)"; fi
for args in "--explain 0" "--explain x" "--explain 101" "--format xml" "--input pdf" "--threads 0" "--threads x"; do
    # shellcheck disable=SC2086
    run "$CLASSIFY" --model "$M" $args "$T/a.txt"
    expect_rc "stance-classify $args exits 2" 2
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
