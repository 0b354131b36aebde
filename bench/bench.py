#!/usr/bin/env python3
"""make bench: accuracy against peers, training time, throughput, memory, --threads.

Writes BENCHMARKS.md (generated; date, commit, machine and the exact command of every row).
Public data is read from ../shared/data and never copied into the repository; every model trained
on it, every fold file and every corpus lives in one temporary directory ($T in the commands),
deleted at the end. Peers (scikit-learn, fastText, LIBLINEAR from Debian; VADER from npm) are
installed when missing; a peer that cannot be installed is skipped with a line in the report.

Options (for quick checks; `make bench` uses none): --quick (small corpus, fewer folds, for
testing the script itself; the report says so), --keep (keep $T).
"""
import collections, concurrent.futures, csv, datetime, json, math, os, platform, random, re, shlex
import shutil, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
BIN = os.path.join(ROOT, "bin")
TRAIN_BIN = os.path.join(BIN, "stance-train")
CLASSIFY_BIN = os.path.join(BIN, "stance-classify")
SYS_PY = "/usr/bin/python3"  # Debian's python3-sklearn installs for this interpreter
CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "stance-bench")
NPM_DIR = os.path.join(CACHE, "npm")
SEED = 1
QUICK = "--quick" in sys.argv
KEEP = "--keep" in sys.argv
T0 = time.monotonic()
TMP = None  # set in main
LOCK = threading.Lock()

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no bench/__pycache__
import eval_split  # noqa: E402  (f1s, norm_actor; also run as a program for the held-out split)


# ------------------------------------------------------------------ utilities

def log(msg):
    t = time.monotonic() - T0
    with LOCK:
        print(f"[bench {int(t // 60):02d}:{int(t % 60):02d}] {msg}", flush=True)


def show(argv, stdin=None, stdout=None):
    """The command as one would type it from the project root."""
    def p(s):
        s = str(s)
        if TMP:
            s = s.replace(TMP, "$T")
        s = s.replace(SHARED, "../shared/data").replace(ROOT + "/", "").replace(CACHE, "~/.cache/stance-bench")
        return s
    def q(a):
        if a == sys.executable:
            return "python3"
        if re.fullmatch(r"[$~][\w./~$@%+=:,-]*", a):
            return a  # $T/... and ~/... stay readable (no odd characters in them)
        return shlex.quote(a)
    out = " ".join(q(p(x)) if x != sys.executable else "python3" for x in argv)
    if stdin:
        out += " < " + p(stdin)
    if stdout:
        out += " > " + p(stdout)
    return out


class Run(dict):
    __getattr__ = dict.get


def measure(argv, stdin=None, stdout=None, env=None):
    """Runs ARGV from the project root; returns wall and CPU seconds and the peak resident memory
    of that process (wait4 rusage: the process and the children it waited for)."""
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    fout = open(stdout, "wb") if stdout else subprocess.DEVNULL
    ferr = tempfile.TemporaryFile()
    try:
        t0 = time.monotonic()
        p = subprocess.Popen([str(a) for a in argv], stdin=fin, stdout=fout, stderr=ferr, cwd=ROOT, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        ferr.seek(0)
        err = ferr.read().decode("utf-8", "replace")
    finally:
        for f in (fin, fout):
            if f is not subprocess.DEVNULL:
                f.close()
        ferr.close()
    return Run(rc=p.returncode, wall=wall, cpu=ru.ru_utime + ru.ru_stime, rss_mb=ru.ru_maxrss / 1024,
               err=err.strip(), cmd=show(argv, stdin, stdout))


def check(r, what):
    if r.rc != 0:
        tail = r.err.splitlines()[-3:] if r.err else []
        sig = f" (signal {-r.rc})" if r.rc < 0 else ""
        raise RuntimeError(f"{what}: exit {r.rc}{sig}: {' | '.join(tail)} [command: {r.cmd}]")
    return r


def sh_out(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT).stdout
    except OSError:
        return ""


def fold_ws(s):
    return " ".join(s.split())


def ft_tokens(s):
    """fastText splits on whitespace only: lower-case and separate punctuation first."""
    return " ".join(re.findall(r"\w+|[^\w\s]", s.lower()))


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def f1_per_class(gold, pred, classes):
    return eval_split.f1s(gold, pred, classes)


def macro_f1(gold, pred, classes):
    f = f1_per_class(gold, pred, classes)
    return sum(f.values()) / len(f)


def accuracy(gold, pred):
    return sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)


def mean_sd(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None, None
    return statistics.mean(xs), (statistics.stdev(xs) if len(xs) > 1 else 0.0)


def fmt(x, nd=3):
    return "–" if x is None else f"{x:.{nd}f}"


def fmt_ms(xs, nd=3, pct=False):
    m, s = mean_sd(xs)
    if m is None:
        return "–"
    k = 100 if pct else 1
    return f"{m * k:.{1 if pct else nd}f} ± {s * k:.{1 if pct else nd}f}"


def secs(x):
    if x is None:
        return "–"
    return f"{x:.1f} s" if x < 600 else f"{x / 60:.1f} min"


# ------------------------------------------------------------------ machine and peers

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for l in f:
                if l.startswith("model name"):
                    return l.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit():
    """The checked-out commit, read from .git without running git."""
    g = os.path.join(ROOT, ".git")
    try:
        if os.path.isfile(g):  # worktree: "gitdir: PATH"
            g = open(g).read().split(":", 1)[1].strip()
        head = open(os.path.join(g, "HEAD")).read().strip()
        if not head.startswith("ref:"):
            return head[:12]
        ref = head[4:].strip()
        p = os.path.join(g, ref)
        if os.path.isfile(p):
            return open(p).read().strip()[:12] + f" ({ref.rsplit('/', 1)[-1]})"
        pr = os.path.join(g, "packed-refs")
        if os.path.isfile(pr):
            for l in open(pr):
                if l.strip().endswith(" " + ref):
                    return l.split()[0][:12] + f" ({ref.rsplit('/', 1)[-1]})"
        return f"(no commit yet on {ref.rsplit('/', 1)[-1]})"
    except OSError:
        return "unknown (no .git)"


def dpkg_installed(pkg):
    out = sh_out(["dpkg-query", "-W", "-f=${Status}", pkg])
    return out.strip().endswith("install ok installed")


def apt_install(pkgs, notes):
    """Installs the Debian packages that are missing; one failure does not stop the others."""
    missing = [p for p in pkgs if not dpkg_installed(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        notes.append(f"not root: cannot install {' '.join(missing)} (run: sudo apt-get install -y {' '.join(missing)})")
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log(f"installing Debian packages: {' '.join(missing)}")
    r = subprocess.run(["apt-get", "install", "-y", "-q"] + missing, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        log("apt-get install failed; running apt-get update and retrying package by package")
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, text=True, env=env)
        for p in missing:
            r = subprocess.run(["apt-get", "install", "-y", "-q", p], capture_output=True, text=True, env=env)
            if r.returncode != 0:
                notes.append(f"apt-get install -y {p} failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}")


def setup_peers():
    notes = []
    apt_install(["python3-sklearn", "fasttext", "liblinear-tools"], notes)
    have = {}
    # scikit-learn
    r = subprocess.run([SYS_PY, "-c", "import sklearn; print(sklearn.__version__)"], capture_output=True, text=True) \
        if os.path.exists(SYS_PY) else None
    have["sklearn"] = r.stdout.strip() if r and r.returncode == 0 else None
    if not have["sklearn"]:
        notes.append("scikit-learn: not available for /usr/bin/python3 (python3-sklearn); its rows are skipped")
    # fastText
    have["fasttext"] = shutil.which("fasttext")
    if have["fasttext"]:
        have["fasttext"] = (sh_out(["dpkg-query", "-W", "-f=${Version}", "fasttext"]).strip() or "?")
    else:
        notes.append("fastText: `fasttext` not found after apt-get install fasttext; its rows are skipped")
    # LIBLINEAR
    if shutil.which("liblinear-train") and shutil.which("liblinear-predict"):
        have["liblinear"] = sh_out(["dpkg-query", "-W", "-f=${Version}", "liblinear-tools"]).strip() or "?"
    else:
        have["liblinear"] = None
        notes.append("LIBLINEAR: liblinear-train/liblinear-predict not found (liblinear-tools); its rows are skipped")
    # VADER (npm), into a cache outside the repository
    have["vader"] = None
    if not shutil.which("node") or not shutil.which("npm"):
        apt_install(["nodejs", "npm"], notes)
    if shutil.which("node") and shutil.which("npm"):
        mod = os.path.join(NPM_DIR, "node_modules", "vader-sentiment")
        if not os.path.isdir(mod):
            os.makedirs(NPM_DIR, exist_ok=True)
            log(f"installing vader-sentiment from npm into {NPM_DIR}")
            r = subprocess.run(["npm", "install", "--prefix", NPM_DIR, "--no-audit", "--no-fund", "--loglevel=error",
                                "vader-sentiment"], capture_output=True, text=True)
            if r.returncode != 0:
                notes.append(f"VADER: npm install vader-sentiment failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}")
        if os.path.isdir(mod):
            try:
                have["vader"] = json.load(open(os.path.join(mod, "package.json"))).get("version", "?")
            except (OSError, ValueError):
                have["vader"] = "?"
    else:
        notes.append("VADER: node/npm not available; its rows are skipped")
    return have, notes


# ------------------------------------------------------------------ our tool

def train_help():
    return sh_out([TRAIN_BIN, "--help"])


def default_solver(help_text):
    m = re.search(r"--solver S\s+(\w+) \(default", help_text)
    return m.group(1) if m else "libsvm"


def ours_train(data, out, label_args, extra=(), features=None):
    argv = [TRAIN_BIN, "--data", data, "--out", out, "--seed", str(SEED)] + list(label_args) + list(extra)
    if features:
        argv += ["--save-features", features]
    rep = out + ".report.txt"
    r = measure(argv, stdout=rep)
    check(r, "stance-train")
    r["report"] = open(rep, encoding="utf-8").read()
    m = re.search(r"C=(\S+) chosen", r["report"])
    r["C"] = m.group(1) if m else "?"
    return r


def lines_file(path, docs):
    """docs: list of lists of sentences; a blank line between documents (--input lines)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join("\n".join(fold_ws(s) for s in d) for d in docs) + "\n")


def ours_classify(model, docs, tag):
    """Classifies DOCS (lists of sentences) with --input lines; returns the records in order."""
    inp = os.path.join(TMP, tag + ".lines")
    out = os.path.join(TMP, tag + ".jsonl")
    lines_file(inp, docs)
    r = check(measure([CLASSIFY_BIN, "--model", model, "--input", "lines", "--format", "jsonl", "--quiet", inp],
                      stdout=out), "stance-classify")
    recs = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
    n = sum(len(d) for d in docs)
    if len(recs) != n:
        raise RuntimeError(f"stance-classify returned {len(recs)} records for {n} sentences [{r.cmd}]")
    r["recs"] = recs
    return r


# --- our feature vectors for LIBLINEAR (test rows), through the public API

FEATVEC = None
FEATVEC_RESTARTS = []  # crashes of featvec (in lib/attrib.c) that were worked around, for the report


def build_featvec():
    """Compiles bench/featvec.c against build/libstance.a with the Makefile's LDLIBS."""
    global FEATVEC
    lib = os.path.join(ROOT, "build", "libstance.a")
    if not os.path.exists(lib):
        return "build/libstance.a missing"
    ldlibs = sh_out(["make", "-s", "--no-print-directory", "--eval", "bench-ldlibs: ; @echo $(LDLIBS)",
                     "bench-ldlibs"]).split() or "-lsvm -llinear -lcjson -lutf8proc -lcsv -lm -lpthread".split()
    exe = os.path.join(TMP, "featvec")
    r = subprocess.run([os.environ.get("CC", "cc"), "-std=c11", "-O2", "-D_GNU_SOURCE", "-I" + os.path.join(ROOT, "lib"),
                        os.path.join(ROOT, "bench", "featvec.c"), lib, "-o", exe] + ldlibs,
                       capture_output=True, text=True)
    if r.returncode != 0:
        return "cannot build bench/featvec.c: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    FEATVEC = exe
    return None


class Vecs(list):
    skipped = frozenset()


def our_vectors(model, docs, tag):
    """The vectors stance-train builds (log(1+count) * idf over the model's vocabulary, L2-normalised),
    for sentences grouped into documents as the trainer groups them."""
    man = json.load(open(os.path.join(model, "manifest.json"), encoding="utf-8"))
    F = man["features"]
    voc = {n: (i + 1, idf) for i, (n, idf) in enumerate(F["vocabulary"])}
    argv = [FEATVEC, model, F["ngram_max"], F["char_ngrams"], F["mask_actor"]]
    lines_out, start, part, skipped = [], 0, 0, set()
    while start < len(docs):
        inp = os.path.join(TMP, f"{tag}.fv{part}.lines")
        out = os.path.join(TMP, f"{tag}.fv{part}.out")
        lines_file(inp, docs[start:])
        r = measure(argv, stdin=inp, stdout=out)
        got = open(out, encoding="utf-8").read().split("\n")[:-1]
        if r.rc == 0:
            lines_out += got
            break
        if r.rc > 0 or part >= 50:
            check(r, "featvec")
        # Killed by a signal inside the library (see FEATVEC_RESTARTS): keep the whole documents
        # written, redo the document it died on alone in a fresh process, and go on after it.
        done, n = 0, 0
        while done < len(docs) - start and n + len(docs[start + done]) <= len(got):
            n += len(docs[start + done])
            done += 1
        lines_out += got[:n]
        bad = docs[start + done]
        one = os.path.join(TMP, f"{tag}.fv{part}.one.lines")
        lines_file(one, [bad])
        r1 = measure(argv, stdin=one, stdout=one + ".out")
        if r1.rc == 0:
            lines_out += open(one + ".out", encoding="utf-8").read().split("\n")[:-1]
            how = "redone alone without a crash"
        elif r1.rc < 0 and len(bad) == 1:
            # it crashes alone too: this one sentence gets an empty vector (LIBLINEAR then has only
            # its bias for it), it is left out of the check against --save-features, and the report says so
            skipped.add(len(lines_out))
            lines_out.append("")
            how = f"crashes alone too, given an empty vector: {fold_ws(bad[0])[:90]!r}"
        else:
            check(r1, "featvec (one document)")
        with LOCK:
            FEATVEC_RESTARTS.append(f"{tag}: signal {-r.rc} at document {start + done + 1} of {len(docs)}, {how}")
        start += done + 1
        part += 1
    vecs = Vecs()
    vecs.skipped = skipped
    for line in lines_out:
        cnt = collections.Counter(line.split("\t")) if line else {}
        v = {}
        for n, c in cnt.items():
            if n in voc:
                i, idf = voc[n]
                v[i] = math.log1p(c) * idf
        norm = math.sqrt(sum(x * x for x in v.values()))
        vecs.append({i: x / norm for i, x in v.items()} if norm else {})
    if len(vecs) != sum(len(d) for d in docs):
        raise RuntimeError("featvec: wrong number of sentences")
    return vecs


def same_as_saved(vecs, saved_path):
    """True when VECS equal stance-train --save-features's vectors (to 1e-6)."""
    saved = [l.split() for l in open(saved_path) if l.strip()]
    if len(saved) != len(vecs):
        return False, f"{len(saved)} saved rows, {len(vecs)} rebuilt"
    bad = 0
    skip = getattr(vecs, "skipped", set())
    for k, (s, v) in enumerate(zip(saved, vecs)):
        if k in skip:
            continue
        sv = {int(t.split(":")[0]): float(t.split(":")[1]) for t in s[1:]}
        sv = {i: x for i, x in sv.items() if x != 0}
        vv = {i: x for i, x in v.items() if abs(x) > 1e-12}
        if set(sv) != set(vv) or any(abs(sv[i] - vv[i]) > 1e-6 for i in sv):
            bad += 1
    return bad == 0, f"{len(saved) - bad - len(skip)}/{len(saved)} rows identical" + (
        f" ({len(skip)} not rebuilt: the library crashed on them)" if skip else "")


def write_svm(path, vecs, ys):
    with open(path, "w") as f:
        for v, y in zip(vecs, ys):
            f.write(str(y) + "".join(f" {i}:{x:.9g}" for i, x in sorted(v.items())) + "\n")


# ------------------------------------------------------------------ peers

def sklearn_run(train_rows, test_texts, label, tag):
    """TF-IDF + LinearSVC, C by 5-fold CV (see peer_sklearn.py). Returns predictions and timings."""
    tr = os.path.join(TMP, tag + ".sk.train.csv")
    write_csv(tr, ["text", "label"], [(t, y) for t, y in train_rows])
    model = os.path.join(TMP, tag + ".sk.pkl")
    out = os.path.join(TMP, tag + ".sk.train.json")
    r = check(measure([SYS_PY, os.path.join(ROOT, "bench", "peer_sklearn.py"), "train", tr, "text", "label", model,
                       SEED], stdout=out), "scikit-learn train")
    info = json.load(open(out))
    res = Run(train=r, C=info["C"], fit=info["fit_seconds"], model=model)
    if test_texts is not None:
        te = os.path.join(TMP, tag + ".sk.test.txt")
        with open(te, "w", encoding="utf-8") as f:
            f.write("\n".join(fold_ws(t) for t in test_texts) + "\n")
        po = os.path.join(TMP, tag + ".sk.pred")
        p = check(measure([SYS_PY, os.path.join(ROOT, "bench", "peer_sklearn.py"), "predict", model, te, po],
                          stdout=po + ".json"), "scikit-learn predict")
        res["pred"] = [l.rstrip("\n") for l in open(po, encoding="utf-8")]
        res["predict"] = p
    return res


FT_ARGS = ["-epoch", "25", "-lr", "0.5", "-wordNgrams", "2", "-dim", "50", "-minCount", "1", "-thread", "1",
           "-seed", str(SEED), "-verbose", "0"]


def fasttext_run(train_rows, test_texts, tag):
    tr = os.path.join(TMP, tag + ".ft.train.txt")
    train_rows = list(train_rows)
    random.Random(SEED).shuffle(train_rows)  # fastText's SGD follows file order; rt-polarity is sorted by class
    with open(tr, "w", encoding="utf-8") as f:
        for t, y in train_rows:
            f.write(f"__label__{y} {ft_tokens(t)}\n")
    model = os.path.join(TMP, tag + ".ft")
    r = check(measure(["fasttext", "supervised", "-input", tr, "-output", model] + FT_ARGS), "fasttext supervised")
    res = Run(train=r, model=model + ".bin")
    if test_texts is not None:
        te = os.path.join(TMP, tag + ".ft.test.txt")
        with open(te, "w", encoding="utf-8") as f:
            f.write("\n".join(ft_tokens(t) for t in test_texts) + "\n")
        po = os.path.join(TMP, tag + ".ft.pred")
        p = check(measure(["fasttext", "predict", model + ".bin", te], stdout=po), "fasttext predict")
        res["pred"] = [l.strip().replace("__label__", "") for l in open(po, encoding="utf-8")]
        res["predict"] = p
        if len(res["pred"]) != len(test_texts):
            raise RuntimeError("fasttext predict: wrong number of lines")
    return res


def liblinear_run(train_vecs, train_y, test_vecs, classes, tag):
    """LIBLINEAR (-s 2, L2-regularised L2-loss SVC, bias 1) on our vectors; class weights
    n / (classes * n_class) as our trainer; C found by liblinear-train -C (5-fold CV accuracy)."""
    idx = {c: i for i, c in enumerate(classes)}
    ytr = [idx[y] for y in train_y]
    tr = os.path.join(TMP, tag + ".ll.train.svm")
    te = os.path.join(TMP, tag + ".ll.test.svm")
    write_svm(tr, train_vecs, ytr)
    write_svm(te, test_vecs, [0] * len(test_vecs))
    cnt = collections.Counter(ytr)
    wargs = []
    for i in sorted(cnt):
        wargs += [f"-w{i}", f"{len(ytr) / (len(cnt) * cnt[i]):.6g}"]
    base = ["liblinear-train", "-s", "2", "-B", "1"] + wargs
    rc = check(measure(base + ["-C", "-v", "5", tr], stdout=tr + ".C.txt"), "liblinear-train -C")
    m = re.search(r"Best C = ([0-9.eE+-]+)", open(tr + ".C.txt").read())
    C = m.group(1) if m else "1"
    model = tr + ".model"
    rt = check(measure(base + ["-c", C, "-q", tr, model]), "liblinear-train")
    po = te + ".pred"
    rp = check(measure(["liblinear-predict", te, model, po], stdout=po + ".log"), "liblinear-predict")
    pred = [classes[int(float(l))] for l in open(po) if l.strip()]
    return Run(pred=pred, C=C, csearch=rc, train=rt, predict=rp, cpu=rc.cpu + rt.cpu, wall=rc.wall + rt.wall)


def vader_scores(lines_path, out):
    return check(measure(["node", os.path.join(ROOT, "bench", "peer_vader.js"), os.path.join(NPM_DIR, "node_modules")],
                         stdin=lines_path, stdout=out), "VADER")


def vader_label(c):
    return "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"


# ------------------------------------------------------------------ report helpers

class Report:
    def __init__(self):
        self.parts = []

    def add(self, *lines):
        self.parts.extend(lines)

    def table(self, header, rows):
        self.parts.append("| " + " | ".join(header) + " |")
        self.parts.append("|" + "|".join("---" for _ in header) + "|")
        for r in rows:
            self.parts.append("| " + " | ".join(str(x) for x in r) + " |")
        self.parts.append("")

    def text(self):
        return "\n".join(self.parts) + "\n"


def make_folds(labels, k, seed):
    """Stratified: shuffle each class with SEED, deal its rows round-robin into K folds."""
    rng = random.Random(seed)
    by = collections.defaultdict(list)
    for i, y in enumerate(labels):
        by[y].append(i)
    fold = [0] * len(labels)
    j = 0
    for y in sorted(by):
        idx = by[y]
        rng.shuffle(idx)
        for i in idx:
            fold[i] = j % k
            j += 1
    return fold


def safe(fn, what, errors):
    try:
        return fn()
    except Exception as e:  # one failing row must not sink the report
        msg = f"{what}: {e}"
        log("FAILED " + msg)
        errors.append(msg)
        return None


# ------------------------------------------------------------------ 1a. news-test

NEWS_TASKS = (("stance", ["optimistic", "skeptical", "neutral"]), ("sentiment", ["positive", "negative", "neutral"]))


def group_docs(rows):
    docs, prev = [], object()
    for r in rows:
        if not docs or not r.get("doc") or r.get("doc") != prev:
            docs.append([])
        docs[-1].append(r["text"])
        prev = r.get("doc")
    return docs


def news_metrics(gold_rows, preds):
    """preds: {task: [labels]} -> stance macro-F1, F_avg(opt, skep), sentiment macro-F1."""
    out = {}
    for task, classes in NEWS_TASKS:
        if task in preds and preds[task] is not None:
            g = [r[task] for r in gold_rows]
            f = f1_per_class(g, preds[task], classes)
            out[task + "_macro_f1"] = sum(f.values()) / len(f)
            if task == "stance":
                out["stance_f_avg_opt_skep"] = (f["optimistic"] + f["skeptical"]) / 2
    return out


def sec_attribution(ctx):
    """Actor attribution on datasets/attribution.csv: overall and per construction, both halves."""
    R, errors = ctx["report"], ctx["errors"]
    att = os.path.join(ROOT, "datasets", "attribution.csv")
    model = os.path.join(ROOT, "models", "news")
    res = {}
    cmds = []
    for split in ("test", "dev"):
        out = os.path.join(TMP, f"attribution.{split}.json")
        argv = [sys.executable, os.path.join(ROOT, "bench", "eval_attribution.py"), CLASSIFY_BIN, model, att,
                "--split", split, "--json"]
        r = safe(lambda: measure(argv, stdout=out), f"attribution ({split})", errors)
        if r is None:
            continue
        check(r, f"eval_attribution.py --split {split}")
        res[split] = json.load(open(out))
        cmds.append(r.cmd)
    if not res:
        return
    arows = list(csv.DictReader(open(os.path.join(ROOT, "datasets", "attribution.csv"), encoding="utf-8")))
    size = {sp: (len({r["doc"] for r in arows if r["split"] == sp}), sum(r["split"] == sp for r in arows))
            for sp in ("dev", "test")}
    R.add("## 1e. Actor attribution: `datasets/attribution.csv`", "",
          f"Ours only (the peers do not attribute). {size['dev'][0] + size['test'][0]} articles written for the "
          "project with the gold actor and the construction each sentence exercises. The attribution rules were "
          f"written on `dev` ({size['dev'][0]} articles, {size['dev'][1]:,} sentences, including the earlier "
          f"held-out halves, each scored once before it joined dev); `test` ({size['test'][0]} articles, "
          f"{size['test'][1]:,} sentences by writers who never saw the code, labeled a second time blind and "
          "adjudicated; see `datasets/README.md`) is not used to develop them. "
          "Precision, recall and F1 of the "
          "exact canonical actor over sentences that have one (several sources compared as a set); 'none right' is "
          "the share of sentences without an actor left without one. Goals of issue 4: F1 ≥ 0.92, none right ≥ 0.95.", "")
    keys = sorted(set(res.get("test", {})) | set(res.get("dev", {})), key=lambda k: (k != "all", k))
    rows = []
    for k in keys:
        row = [k]
        for split in ("test", "dev"):
            v = res.get(split, {}).get(k)
            if not v:
                row += ["–"] * 4
                continue
            row += [str(v["sentences"]), fmt(v["precision"]), fmt(v["recall"]),
                    fmt(v["f1"]) if k != "no_actor" else fmt(v["no_actor_right"]) + " (none right)"]
        rows.append(row)
    R.table(["construction", "test sentences", "test P", "test R", "test F1", "dev sentences", "dev P", "dev R",
             "dev F1"], rows)
    allt = res.get("test", {}).get("all")
    if allt:
        ctx["attribution"] = allt
        R.add(f"On the held-out test articles: actor F1 {fmt(allt['f1'])} (goal 0.92), "
              f"none right {fmt(allt['no_actor_right'])} (goal 0.95): "
              + ("met." if allt["f1"] >= 0.92 and allt["no_actor_right"] >= 0.95 else "**not met**."), "")
    R.add("Commands:", "", *[f"- `{c}`" for c in cmds], "")


def sec_news(ctx):
    R, errors, have = ctx["report"], ctx["errors"], ctx["have"]
    train_csv = os.path.join(ROOT, "datasets", "news-train.csv")
    test_csv = os.path.join(ROOT, "datasets", "news-test.csv")
    train, test = read_csv(train_csv), read_csv(test_csv)
    rows = []  # (system, metrics, train time, command)
    cmds = []

    def eval_model(model, name):
        out = os.path.join(TMP, f"news.eval.{name}.json")
        r = measure([sys.executable, os.path.join(ROOT, "bench", "eval_split.py"), CLASSIFY_BIN, model, test_csv],
                    stdout=out)
        check(r, f"eval_split.py with {show([model])}")
        return json.load(open(out)), r

    # ours, shipped model
    log("news: ours, shipped models/news, on datasets/news-test.csv")
    res = safe(lambda: eval_model(os.path.join(ROOT, "models", "news"), "shipped"), "ours (shipped models/news)", errors)
    ctx["shipped_ok"] = res is not None
    if res:
        rows.append(("ours, shipped `models/news`", res[0], None))
        cmds.append(("ours, shipped", res[1].cmd))
    # ours, trained here (alone on the machine: this is also the training-time measurement)
    model = os.path.join(TMP, "news-model")
    feats = os.path.join(TMP, "news-train.svm")
    log(f"news: ours, training on datasets/news-train.csv (default solver, {ctx['solver']}; takes minutes)")
    quick = ["--folds", "2"] if QUICK else []
    tr = safe(lambda: ours_train(train_csv, model, [], extra=quick, features=feats), "ours: stance-train news-train", errors)
    ctx["train"]["ours"] = tr
    if tr:
        ctx["news_model"] = model
        res = safe(lambda: eval_model(model, "trained"), "ours (trained here)", errors)
        if res:
            rows.append((f"ours, trained here (default: {ctx['solver']}, C by 5-fold CV)", res[0], tr))
            cmds.append(("ours, trained here", tr.cmd + "; then " + res[1].cmd))
    if ctx["has_solver"]:
        m2 = os.path.join(TMP, "news-model-liblinear")
        log("news: ours, --solver liblinear")
        tr2 = safe(lambda: ours_train(train_csv, m2, [], extra=["--solver", "liblinear"]), "ours --solver liblinear", errors)
        ctx["train"]["ours_liblinear"] = tr2
        if tr2:
            res = safe(lambda: eval_model(m2, "liblinear"), "ours --solver liblinear (eval)", errors)
            if res:
                rows.append(("ours, `--solver liblinear` (logistic regression, C by 5-fold CV)", res[0], tr2))
                cmds.append(("ours, --solver liblinear", tr2.cmd + "; then " + res[1].cmd))
    test_texts = [r["text"] for r in test]
    # scikit-learn
    if have["sklearn"]:
        log("news: scikit-learn TF-IDF + LinearSVC (C by 5-fold CV), stance and sentiment")
        preds, runs = {}, []
        for task, _ in NEWS_TASKS:
            s = safe(lambda: sklearn_run([(r["text"], r[task]) for r in train], test_texts, task, f"news.{task}"),
                     f"scikit-learn news {task}", errors)
            if s:
                preds[task], ctx["sk_models"][task] = s.pred, s.model
                runs.append(s)
        if len(runs) == 2:
            t = Run(wall=sum(s.train.wall for s in runs), cpu=sum(s.train.cpu for s in runs),
                    rss_mb=max(s.train.rss_mb for s in runs), fit=sum(s.fit for s in runs),
                    C=", ".join(str(s.C) for s in runs))
            ctx["train"]["sklearn"] = t
            rows.append((f"scikit-learn {have['sklearn']} TF-IDF + LinearSVC (C = {t.C})", news_metrics(test, preds), t))
            cmds.append(("scikit-learn", runs[0].train.cmd + "; then " + runs[0].predict.cmd + " (and the same with sentiment)"))
    # fastText
    if have["fasttext"]:
        log("news: fastText supervised, stance and sentiment")
        preds, runs = {}, []
        for task, _ in NEWS_TASKS:
            s = safe(lambda: fasttext_run([(r["text"], r[task]) for r in train], test_texts, f"news.{task}"),
                     f"fastText news {task}", errors)
            if s:
                preds[task], ctx["ft_models"][task] = s.pred, s.model
                runs.append(s)
        if len(runs) == 2:
            t = Run(wall=sum(s.train.wall for s in runs), cpu=sum(s.train.cpu for s in runs),
                    rss_mb=max(s.train.rss_mb for s in runs))
            ctx["train"]["fasttext"] = t
            rows.append((f"fastText {have['fasttext']} (fixed settings, see below)", news_metrics(test, preds), t))
            cmds.append(("fastText", runs[0].train.cmd + "; then " + runs[0].predict.cmd + " (and the same with sentiment)"))
    # LIBLINEAR on our features
    if have["liblinear"] and FEATVEC and tr:
        log("news: LIBLINEAR on our feature vectors")

        def ll():
            vtr = our_vectors(model, group_docs(train), "news.train")
            ok, how = same_as_saved(vtr, feats)
            ctx["featvec_checks"].append(("news-train", ok, how, len(vtr)))
            if not ok:
                raise RuntimeError(f"rebuilt training vectors differ from --save-features ({how})")
            vte = our_vectors(model, group_docs(test), "news.test")
            preds, runs = {}, []
            for task, classes in NEWS_TASKS:
                s = liblinear_run(vtr, [r[task] for r in train], vte, classes, f"news.{task}")
                preds[task] = s.pred
                runs.append(s)
            return preds, runs, how
        res = safe(ll, "LIBLINEAR news", errors)
        if res:
            preds, runs, how = res
            t = Run(wall=sum(s.wall for s in runs), cpu=sum(s.cpu for s in runs),
                    rss_mb=max(max(s.csearch.rss_mb, s.train.rss_mb) for s in runs), C=", ".join(s.C for s in runs))
            ctx["train"]["liblinear"] = t
            ctx["featvec_check"] = how
            rows.append((f"LIBLINEAR {have['liblinear']} on our features (-s 2, C = {t.C})", news_metrics(test, preds), t))
            cmds.append(("LIBLINEAR", f"{runs[0].csearch.cmd}; {runs[0].train.cmd}; {runs[0].predict.cmd} "
                                      "(and the same for sentiment)"))

    R.add("## 1a. Held-out news split: `datasets/news-test.csv`", "",
          f"Train on `datasets/news-train.csv` ({len(train)} sentences), test on `datasets/news-test.csv` "
          f"({len(test)} sentences, other articles). Actor F1 is ours only (the peers do not attribute). "
          "Training time is wall-clock for both tasks (stance and sentiment), run alone on the machine.", "")
    R.table(["system", "actor F1", "stance macro-F1", "F_avg(opt, skep)", "sentiment macro-F1", "training (both tasks)"],
            [(name, fmt(m.get("actor_f1")), fmt(m.get("stance_macro_f1")), fmt(m.get("stance_f_avg_opt_skep")),
              fmt(m.get("sentiment_macro_f1")), secs(t.wall) if t else "–") for name, m, t in rows])
    R.add("Commands ($T is the temporary directory of the run):", "")
    for name, c in cmds:
        R.add(f"- {name}: `{c}`")
    R.add("")
    ctx["news_rows"] = rows


# ------------------------------------------------------------------ 2. speed and memory

def bbc_docs():
    docs = []
    for sub in ("business", "politics"):
        d = os.path.join(SHARED, "news", sub)
        if os.path.isdir(d):
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                    docs.append((f"{sub}/{name}", f.read()))
    return docs


def write_jsonl(path, docs, reps):
    with open(path, "w", encoding="utf-8") as f:
        for r in range(reps):
            for name, text in docs:
                f.write(json.dumps({"id": f"{name}#{r + 1}", "text": text}, ensure_ascii=False) + "\n")


def sec_speed(ctx):
    R, errors, have = ctx["report"], ctx["errors"], ctx["have"]
    docs = bbc_docs()
    if not docs:
        R.add("## 2. Speed and memory", "", "../shared/data/news not found: skipped.", "")
        return
    model = os.path.join(ROOT, "models", "news") if ctx.get("shipped_ok") else ctx.get("news_model")
    if not model:
        R.add("## 2. Speed and memory", "", "No model of ours could be loaded or trained: skipped.", "")
        return
    once = os.path.join(TMP, "bbc.once.jsonl")
    write_jsonl(once, docs, 1)
    out = os.path.join(TMP, "bbc.once.out.jsonl")
    log("speed: splitting the BBC texts once (sentences for the peers)")
    check(measure([CLASSIFY_BIN, "--model", model, "--input", "jsonl", "--format", "jsonl", "--quiet", once],
                  stdout=out), "stance-classify on the BBC texts")
    sents = [json.loads(l)["text"] for l in open(out, encoding="utf-8") if l.strip()]
    target = 20000 if QUICK else 200000
    reps = max(1, -(-target // len(sents)))
    c1, c4 = os.path.join(TMP, "bbc.1x.jsonl"), os.path.join(TMP, "bbc.4x.jsonl")
    write_jsonl(c1, docs, reps)
    write_jsonl(c4, docs, 4 * reps)
    s1, s1tok = os.path.join(TMP, "bbc.1x.sentences.txt"), os.path.join(TMP, "bbc.1x.sentences.tok.txt")
    with open(s1, "w", encoding="utf-8") as f:
        for _ in range(reps):
            f.write("\n".join(sents) + "\n")
    with open(s1tok, "w", encoding="utf-8") as f:
        tok = "\n".join(ft_tokens(s) for s in sents) + "\n"
        for _ in range(reps):
            f.write(tok)
    n1 = len(sents) * reps
    art_mb = sum(len(t.encode("utf-8")) for _, t in docs) * reps / 1e6
    sent_mb = os.path.getsize(s1) / 1e6
    ctx["load_before"] = os.getloadavg()
    res = {}

    def ours(corpus, threads, key):
        log(f"speed: ours, {show([corpus])}, --threads {threads}")
        r = check(measure([CLASSIFY_BIN, "--model", model, "--input", "jsonl", "--format", "jsonl", "--quiet",
                           "--threads", threads, corpus], stdout=None), "stance-classify")
        r["cmd"] += " > /dev/null"
        res[key] = r
        return r

    safe(lambda: ours(c1, 1, "ours1"), "ours 1x", errors)
    safe(lambda: ours(c4, 1, "ours4"), "ours 4x", errors)
    ncores = os.cpu_count() or 1
    if ncores > 1:
        safe(lambda: ours(c1, ncores, "oursN"), f"ours --threads {ncores}", errors)
    if have["fasttext"]:
        for task in ("stance", "sentiment"):
            m = ctx["ft_models"].get(task)
            if m:
                log(f"speed: fastText predict ({task} model)")
                r = safe(lambda: check(measure(["fasttext", "predict", m, s1tok]), "fasttext predict"),
                         f"fastText predict {task}", errors)
                if r:
                    r["cmd"] += " > /dev/null"
                    res["ft_" + task] = r
    if have["sklearn"] and ctx["sk_models"].get("stance"):
        log("speed: scikit-learn predict (stance pipeline)")
        po = os.path.join(TMP, "bbc.sk.pred")
        r = safe(lambda: check(measure([SYS_PY, os.path.join(ROOT, "bench", "peer_sklearn.py"), "predict",
                                        ctx["sk_models"]["stance"], s1, po], stdout=po + ".json"), "sklearn predict"),
                 "scikit-learn predict", errors)
        if r:
            res["sk"] = r
    if have["vader"]:
        log("speed: VADER (node) scoring")
        r = safe(lambda: vader_scores(s1, os.path.join(TMP, "bbc.vader.txt")), "VADER throughput", errors)
        if r:
            res["vader"] = r
    ctx["load_after"] = os.getloadavg()
    ctx["speed"] = res

    # training-time table (news-train, both tasks)
    R.add("## 2. Speed and memory", "")
    tr = ctx["train"]
    R.add("### Training time: `datasets/news-train.csv`, both tasks (stance and sentiment)", "",
          "Wall-clock and CPU seconds of the whole training command, each run alone on the machine, one thread. "
          "Ratio = peer's wall time / ours (above 1: ours is faster).", "")
    ours_t = tr.get("ours")
    trows = []
    for key, name, what in (
            ("ours", f"ours (default, {ctx['solver']})", "features, C search {1/16..16} by 5-fold CV macro-F1, final fit with probabilities (libsvm -b 1)"),
            ("ours_liblinear", "ours `--solver liblinear`", "same, with LIBLINEAR logistic regression"),
            ("sklearn", "scikit-learn pipeline", "GridSearchCV over the same 5 C values, 5 folds, then refit (process wall, incl. interpreter start; fit alone: {fit})"),
            ("fasttext", "fastText", "fixed settings, no search"),
            ("liblinear", "LIBLINEAR (our vectors given)", "liblinear-train -C search + final train; excludes our feature extraction")):
        t = tr.get(key)
        if not t:
            continue
        ratio = f"{t.wall / ours_t.wall:.2f}" if ours_t and key != "ours" else "–"
        trows.append((name, secs(t.wall), secs(t.cpu), f"{t.rss_mb:.0f} MB", ratio,
                      what.replace("{fit}", secs(t.fit) if t.fit else "?")))
    R.table(["system", "wall", "CPU", "peak RSS", "peer / ours", "what the time covers"], trows)

    # throughput
    R.add("### Classification throughput and memory, single thread", "",
          f"Corpus: the {len(docs)} BBC business and politics articles of ../shared/data/news, repeated {reps} times: "
          f"{n1:,} sentences, {art_mb:.1f} MB of article text, as JSON Lines documents for our `--input jsonl` "
          f"(our sentence splitting, attribution and both tasks included). The peers get the same {n1:,} sentences "
          f"(as our splitter cut them) one per line, {sent_mb:.1f} MB: fastText the lower-cased, tokenised form its "
          "model was trained on (tokenising is done beforehand and not timed), scikit-learn and VADER the raw "
          "sentences. Ours writes full JSON Lines (labels, probabilities, decision values) to /dev/null; fastText "
          "writes one label per line to /dev/null; scikit-learn and VADER write one label/score per line to a file. "
          "Each peer classifies one task; ours does two. fastText's peak memory is mostly its default 2,000,000-bucket "
          "n-gram table (-bucket, with -wordNgrams 2). Wall time includes loading the model. Load average before/after: "
          f"{ctx['load_before'][0]:.2f} / {ctx['load_after'][0]:.2f}.", "")
    o1 = res.get("ours1")
    prow = []
    for key, name, mb in (("ours1", "ours (stance + sentiment + actor)", art_mb),
                          ("ft_stance", "fastText predict (stance model)", sent_mb),
                          ("ft_sentiment", "fastText predict (sentiment model)", sent_mb),
                          ("sk", "scikit-learn TF-IDF + LinearSVC predict (stance)", sent_mb),
                          ("vader", "VADER (node, vader-sentiment)", sent_mb)):
        r = res.get(key)
        if not r:
            continue
        sps = n1 / r.wall
        rs = f"{(n1 / o1.wall) / sps:.2f}" if o1 and key != "ours1" else "–"
        rm = f"{o1.rss_mb / r.rss_mb:.2f}" if o1 and key != "ours1" else "–"
        prow.append((name, f"{sps:,.0f}", f"{mb / r.wall:.2f}", secs(r.wall), f"{r.rss_mb:.0f} MB", rs, rm))
    if res.get("ft_stance") and res.get("ft_sentiment"):
        w = res["ft_stance"].wall + res["ft_sentiment"].wall
        prow.append(("fastText, both models (sum of the two runs)", f"{n1 / w:,.0f}", f"{sent_mb / w:.2f}", secs(w),
                     f"{max(res['ft_stance'].rss_mb, res['ft_sentiment'].rss_mb):.0f} MB",
                     f"{(n1 / o1.wall) / (n1 / w):.2f}" if o1 else "–", "–"))
    R.table(["system", "sentences/s", "MB text/s", "wall", "peak RSS", "ours / peer (speed)", "ours / peer (RSS)"], prow)
    R.add("Commands:", "")
    for key, name in (("ours1", "ours"), ("ft_stance", "fastText"), ("ft_sentiment", "fastText (sentiment)"),
                      ("sk", "scikit-learn"), ("vader", "VADER")):
        if res.get(key):
            R.add(f"- {name}: `{res[key].cmd}`")
    R.add("", "LIBLINEAR is only a learner here (it needs our feature extraction), so it has no throughput row.", "")
    # memory vs corpus size
    o4 = res.get("ours4")
    if o1 and o4:
        R.add("### Peak memory against corpus size (ours, single thread)", "")
        R.table(["corpus", "sentences", "wall", "sentences/s", "peak RSS"],
                [("1x", f"{n1:,}", secs(o1.wall), f"{n1 / o1.wall:,.0f}", f"{o1.rss_mb:.1f} MB"),
                 ("4x", f"{4 * n1:,}", secs(o4.wall), f"{4 * n1 / o4.wall:,.0f}", f"{o4.rss_mb:.1f} MB")])
        R.add(f"Command: `{o4.cmd}`", "")
    oN = res.get("oursN")
    if o1 and oN:
        R.add(f"## 3. Batch: `--threads` (1 to {ncores}, the machine's cores)", "")
        R.table(["threads", "wall", "sentences/s", "speed-up", "peak RSS"],
                [(1, secs(o1.wall), f"{n1 / o1.wall:,.0f}", "1.00", f"{o1.rss_mb:.1f} MB"),
                 (ncores, secs(oN.wall), f"{n1 / oN.wall:,.0f}", f"{o1.wall / oN.wall:.2f}", f"{oN.rss_mb:.1f} MB")])
        R.add(f"Command: `{oN.cmd}` (same 1x corpus)", "")
    ctx["speed_n1"] = n1


# ------------------------------------------------------------------ 1b-1d. public sets

def nyt_label(score):
    s = float(score)
    return "positive" if s > 0.2 else "negative" if s < -0.2 else "neutral"


def cv_dataset(ctx, name, rows, label_col, classes, k, libsvm_folds, libsvm_extra, vader_map, metric):
    """K-fold cross-validation, the same folds for every system. Schedules our default (slow)
    trainer on the pool for LIBSVM_FOLDS (fold numbers), runs the rest here. Returns per-system
    per-fold scores and commands."""
    errors, have, pool = ctx["errors"], ctx["have"], ctx["pool"]
    gold = [r[label_col] for r in rows]
    folds = make_folds(gold, k, SEED)
    d = os.path.join(TMP, name)
    os.makedirs(d, exist_ok=True)
    parts = []
    for f in range(k):
        tr = [r for r, g in zip(rows, folds) if g != f]
        te = [r for r, g in zip(rows, folds) if g == f]
        trp, tep = os.path.join(d, f"fold{f + 1}.train.csv"), os.path.join(d, f"fold{f + 1}.test.csv")
        write_csv(trp, ["id", "text", label_col], [(r["id"], r["text"], r[label_col]) for r in tr])
        write_csv(tep, ["id", "text", label_col], [(r["id"], r["text"], r[label_col]) for r in te])
        parts.append((tr, te, trp, tep))
    score = lambda g, p: metric(g, p, classes)
    out = collections.defaultdict(dict)  # system -> fold -> dict(score, cpu, wall, cmd)

    def ours_fold(f, extra, key, features=None):
        tr, te, trp, tep = parts[f]
        m = os.path.join(d, f"fold{f + 1}.{key}.model")
        t = ours_train(trp, m, ["--label", label_col], extra, features=features)
        c = ours_classify(m, [[r["text"]] for r in te], f"{name}.fold{f + 1}.{key}")
        pred = [x[label_col] for x in c.recs]
        return dict(score=score([r[label_col] for r in te], pred), cpu=t.cpu, wall=t.wall, C=t.C,
                    cmd=f"{t.cmd}; then {c.cmd}", model=m, features=features)

    futures = {}
    for f in libsvm_folds:
        futures[f] = pool.submit(ours_fold, f, libsvm_extra, "default")
    # ours, --solver liblinear (fast), also the vocabulary for the LIBLINEAR peer
    for f in range(k):
        tr, te, trp, tep = parts[f]
        gte = [r[label_col] for r in te]
        if ctx["has_solver"]:
            r = safe(lambda: ours_fold(f, ["--solver", "liblinear"], "liblinear",
                                       features=os.path.join(d, f"fold{f + 1}.train.svm") if FEATVEC else None),
                     f"{name} fold {f + 1}: ours liblinear", errors)
            if r:
                out["ours_liblinear"][f] = r
        vm = out["ours_liblinear"].get(f, {}).get("model")
        vf = out["ours_liblinear"].get(f, {}).get("features")
        if have["liblinear"] and FEATVEC and vm and vf:
            def ll():
                vtr = our_vectors(vm, [[r["text"]] for r in tr], f"{name}.fold{f + 1}.train")
                ok, how = same_as_saved(vtr, vf)
                ctx["featvec_checks"].append((f"{name} fold {f + 1}", ok, how, len(vtr)))
                if not ok:
                    raise RuntimeError(f"rebuilt training vectors differ from --save-features ({how})")
                vte = our_vectors(vm, [[r["text"]] for r in te], f"{name}.fold{f + 1}.test")
                s = liblinear_run(vtr, [r[label_col] for r in tr], vte, classes, f"{name}.fold{f + 1}")
                return dict(score=score(gte, s.pred), cpu=s.cpu, wall=s.wall, C=s.C,
                            cmd=f"{s.csearch.cmd}; {s.train.cmd}; {s.predict.cmd}")
            r = safe(ll, f"{name} fold {f + 1}: LIBLINEAR", errors)
            if r:
                out["liblinear"][f] = r
        if have["sklearn"]:
            def sk():
                s = sklearn_run([(r["text"], r[label_col]) for r in tr], [r["text"] for r in te], label_col,
                                f"{name}.fold{f + 1}")
                return dict(score=score(gte, s.pred), cpu=s.train.cpu, wall=s.train.wall, C=s.C,
                            cmd=f"{s.train.cmd}; then {s.predict.cmd}")
            r = safe(sk, f"{name} fold {f + 1}: scikit-learn", errors)
            if r:
                out["sklearn"][f] = r
        if have["fasttext"]:
            def ft():
                s = fasttext_run([(r["text"], r[label_col]) for r in tr], [r["text"] for r in te], f"{name}.fold{f + 1}")
                return dict(score=score(gte, s.pred), cpu=s.train.cpu, wall=s.train.wall,
                            cmd=f"{s.train.cmd}; then {s.predict.cmd}")
            r = safe(ft, f"{name} fold {f + 1}: fastText", errors)
            if r:
                out["fasttext"][f] = r
        log(f"{name}: fold {f + 1}/{k} done for the fast systems")
    if have["vader"] and vader_map:
        def vd():
            lp = os.path.join(d, "all.sentences.txt")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(fold_ws(r["text"]) for r in rows) + "\n")
            so = os.path.join(d, "all.vader.txt")
            v = vader_scores(lp, so)
            comp = [float(x) for x in open(so) if x.strip()]
            if len(comp) != len(rows):
                raise RuntimeError("VADER: wrong number of scores")
            for f in range(k):
                idx = [i for i, g in enumerate(folds) if g == f]
                out["vader"][f] = dict(score=score([gold[i] for i in idx], [vader_map(comp[i]) for i in idx]),
                                       cpu=0, wall=0, cmd=v.cmd)
        safe(vd, f"{name}: VADER", errors)
    return out, futures, parts, folds


def collect(name, out, futures, errors):
    for f, fut in futures.items():
        try:
            out["ours_default"][f] = fut.result()
        except Exception as e:
            msg = f"{name} fold {f + 1}: ours (default): {e}"
            log("FAILED " + msg)
            errors.append(msg)
    log(f"{name}: our default trainer done")


def cv_rows(out, k, systems, subset=None):
    rows = []
    for key, label in systems:
        per = out.get(key) or {}
        if not per:
            continue
        sc = [per[f]["score"] for f in sorted(per)]
        sub = [per[f]["score"] for f in (subset or []) if f in per]
        cpu = [per[f]["cpu"] for f in sorted(per)]
        Cs = sorted({str(per[f].get("C")) for f in per if per[f].get("C") is not None})
        rows.append(dict(key=key, label=label, n=len(sc), scores=sc, sub=sub, cpu=statistics.mean(cpu) if cpu else None,
                         C=", ".join(Cs), cmd=per[sorted(per)[0]]["cmd"], first=sorted(per)[0]))
    return rows


def sys_names(ctx, extra_default=""):
    h = ctx["have"]
    return [("ours_default", f"ours (default, {ctx['solver']}{extra_default})"),
            ("ours_liblinear", "ours `--solver liblinear`"),
            ("sklearn", f"scikit-learn {h['sklearn'] or ''} TF-IDF + LinearSVC"),
            ("fasttext", f"fastText {h['fasttext'] or ''}"),
            ("liblinear", f"LIBLINEAR {h['liblinear'] or ''} on our features"),
            ("vader", f"VADER {h['vader'] or ''} (no training)")]


def sec_public(ctx):
    R, errors = ctx["report"], ctx["errors"]
    # --- NYT
    nyt_path = os.path.join(SHARED, "vader", "nyt_editorial_snippets.csv")
    rt_path = os.path.join(SHARED, "polarity", "rt_polarity.csv")
    hw_tr, hw_te = os.path.join(SHARED, "hedging", "wiki_train.csv"), os.path.join(SHARED, "hedging", "wiki_test.csv")
    jobs = {}
    # the slowest work first: the hedging set's default training goes to the pool before the folds
    hedge = None
    if os.path.exists(hw_tr) and os.path.exists(hw_te):
        htr, hte = read_csv(hw_tr), read_csv(hw_te)
        if QUICK:
            htr, hte = htr[:3000], hte[:800]
        hedge = (htr, hte)

        def hedge_default():
            m = os.path.join(TMP, "hedging.default.model")
            p = os.path.join(TMP, "hedging.train.csv")
            write_csv(p, ["id", "text", "label"], [(r["id"], r["text"], r["label"]) for r in htr])
            t = ours_train(p, m, ["--label", "label"], ["--folds", "3"])
            c = ours_classify(m, [[r["text"]] for r in hte], "hedging.default")
            return dict(pred=[x["label"] for x in c.recs], cpu=t.cpu, wall=t.wall, C=t.C, cmd=f"{t.cmd}; then {c.cmd}")
        jobs["hedge"] = ctx["pool"].submit(hedge_default)
    nyt = rt = None
    if os.path.exists(rt_path):
        rows = read_csv(rt_path)
        if QUICK:
            rows = rows[::5]
        log(f"rt-polarity: {len(rows)} sentences, 10 folds")
        rt = (rows,) + cv_dataset(ctx, "rt", rows, "label", ["pos", "neg"], 10, RT_LIBSVM_FOLDS, ["--folds", "3"],
                                  lambda c: "pos" if c > 0 else "neg", lambda g, p, cl: accuracy(g, p))
    if os.path.exists(nyt_path):
        rows = read_csv(nyt_path)
        for r in rows:
            r["sentiment"] = nyt_label(r["score"])
        if QUICK:
            rows = rows[:1500]
        log(f"NYT: {len(rows)} sentences, 5 folds")
        nyt = (rows,) + cv_dataset(ctx, "nyt", rows, "sentiment", ["positive", "negative", "neutral"], 5,
                                   [0, 1] if QUICK else list(range(5)), [], vader_label, macro_f1)
    # hedging, the fast systems
    hres = {}
    if hedge:
        htr, hte = hedge
        log(f"hedging: {len(htr)} training / {len(hte)} test sentences")
        g = [r["label"] for r in hte]
        have = ctx["have"]
        prf = lambda pred: prf1(g, pred, "uncertain")
        if ctx["has_solver"]:
            def ol():
                m = os.path.join(TMP, "hedging.liblinear.model")
                p = os.path.join(TMP, "hedging.train.ll.csv")
                write_csv(p, ["id", "text", "label"], [(r["id"], r["text"], r["label"]) for r in htr])
                fe = os.path.join(TMP, "hedging.train.svm")
                t = ours_train(p, m, ["--label", "label"], ["--solver", "liblinear"], features=fe)
                c = ours_classify(m, [[r["text"]] for r in hte], "hedging.liblinear")
                return dict(pred=[x["label"] for x in c.recs], cpu=t.cpu, wall=t.wall, C=t.C, model=m, features=fe,
                            cmd=f"{t.cmd}; then {c.cmd}")
            r = safe(ol, "hedging: ours liblinear", errors)
            if r:
                hres["ours_liblinear"] = r
        vm = hres.get("ours_liblinear", {}).get("model")
        if have["liblinear"] and FEATVEC and vm:
            def ll():
                vtr = our_vectors(vm, [[r["text"]] for r in htr], "hedging.train")
                ok, how = same_as_saved(vtr, hres["ours_liblinear"]["features"])
                ctx["featvec_checks"].append(("hedging", ok, how, len(vtr)))
                if not ok:
                    raise RuntimeError(f"rebuilt training vectors differ from --save-features ({how})")
                vte = our_vectors(vm, [[r["text"]] for r in hte], "hedging.test")
                s = liblinear_run(vtr, [r["label"] for r in htr], vte, ["certain", "uncertain"], "hedging")
                return dict(pred=s.pred, cpu=s.cpu, wall=s.wall, C=s.C, cmd=f"{s.csearch.cmd}; {s.train.cmd}; {s.predict.cmd}")
            r = safe(ll, "hedging: LIBLINEAR", errors)
            if r:
                hres["liblinear"] = r
        if have["sklearn"]:
            def sk():
                s = sklearn_run([(r["text"], r["label"]) for r in htr], [r["text"] for r in hte], "label", "hedging")
                return dict(pred=s.pred, cpu=s.train.cpu, wall=s.train.wall, C=s.C, cmd=f"{s.train.cmd}; then {s.predict.cmd}")
            r = safe(sk, "hedging: scikit-learn", errors)
            if r:
                hres["sklearn"] = r
        if have["fasttext"]:
            def ft():
                s = fasttext_run([(r["text"], r["label"]) for r in htr], [r["text"] for r in hte], "hedging")
                return dict(pred=s.pred, cpu=s.train.cpu, wall=s.train.wall, cmd=f"{s.train.cmd}; then {s.predict.cmd}")
            r = safe(ft, "hedging: fastText", errors)
            if r:
                hres["fasttext"] = r
        log("hedging: fast systems done; waiting for the slow trainings")
    # wait for the pool
    if nyt:
        collect("NYT", nyt[1], nyt[2], errors)
    if rt:
        collect("rt-polarity", rt[1], rt[2], errors)
    if "hedge" in jobs:
        try:
            hres["ours_default"] = jobs["hedge"].result()
        except Exception as e:
            errors.append(f"hedging: ours (default): {e}")
            log(f"FAILED hedging: ours (default): {e}")
        log("hedging: our default trainer done")

    # --- report 1b
    names = sys_names(ctx)
    if nyt:
        rows, out = nyt[0], nyt[1]
        dist = collections.Counter(r["sentiment"] for r in rows)
        R.add("## 1b. VADER's NYT editorial snippets: sentiment, 5-fold cross-validated macro-F1", "",
              f"`../shared/data/vader/nyt_editorial_snippets.csv`, {len(rows)} sentences; gold = the mean rating "
              f"(−4..4): > 0.2 positive ({dist['positive']}), < −0.2 negative ({dist['negative']}), else neutral "
              f"({dist['neutral']}). Five stratified folds made once (seed {SEED}), written as CSV to $T/nyt, the same "
              "for every system. Ours: `stance-train --label sentiment` on four folds, then `stance-classify "
              "--input lines` on the fifth with every test sentence its own document (a blank line between), compared "
              "record by record. Score: macro-F1 over the three classes on each test fold, mean ± sd over the 5 folds. "
              "VADER is not trained: compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral (the usual thresholds). "
              "That is also the ±0.2 raw-scale mapping: VADER's compound is on −1..1, the ratings on −4..4, and "
              "0.05 × 4 = 0.2, so the two mappings are the same cut and there is one VADER row.", "")
        cr = cv_rows(out, 5, names)
        R.table(["system", "macro-F1 (mean ± sd, 5 folds)", "folds", "C chosen", "training CPU per fold"],
                [(x["label"], fmt_ms(x["scores"]), x["n"], x["C"] or "–", secs(x["cpu"]) if x["key"] != "vader" else "–")
                 for x in cr] +
                [("published: VADER (Hutto & Gilbert 2014, Table 4)", "0.55", "–", "–", "–"),
                 ("published: individual humans", "0.65", "–", "–", "–"),
                 ("published: best in-domain ML (MaxEnt trained on NYT, Table 5)", "0.50", "–", "–", "–")])
        R.add("The published numbers are from the paper (its own evaluation, not these folds); SOURCES.md notes "
              "they were read off the PDF's table images.", "", "Commands (fold 1; folds 2–5 the same):", "")
        for x in cr:
            R.add(f"- {x['label']}: `{x['cmd']}`")
        R.add("")
        ctx["nyt_rows"] = cr
    # --- report 1c
    if rt:
        rows, out = rt[0], rt[1]
        sub = sorted(out.get("ours_default", {}))
        rt_cpu = secs(statistics.mean(out["ours_default"][f]["cpu"] for f in sub)) if sub else "?"
        R.add("## 1c. Sentence polarity (rt-polarity): 10-fold cross-validated accuracy", "",
              f"`../shared/data/polarity/rt_polarity.csv`, {len(rows)} sentences (pos/neg). Ten stratified folds made "
              f"once (seed {SEED}), the same for every system. Our default trainer ({ctx['solver']}) took "
              f"{rt_cpu} of CPU per training on {len(rows) * 9 // 10:,} sentences here even with `--folds 3`, so "
              "all ten folds (with a 5-fold C search, slower still) do not fit in the bench's half hour: "
              f"it was run on fold{'s' if len(sub) > 1 else ''} {', '.join(str(f + 1) for f in sub) or '(none)'} only, "
              "with `--folds 3` (C chosen by 3-fold CV instead of 5); the column 'same folds' gives every system's "
              "accuracy on exactly those folds, for a like-for-like comparison. VADER: positive if compound > 0, "
              "else negative (no neutral class here).", "")
        cr = cv_rows(out, 10, sys_names(ctx, ", `--folds 3`"), subset=sub)
        R.table(["system", "accuracy % (mean ± sd)", "folds", f"same folds ({', '.join(str(f + 1) for f in sub)})",
                 "C chosen", "training CPU per fold"],
                [(x["label"], fmt_ms(x["scores"], pct=True), x["n"],
                  f"{100 * statistics.mean(x['sub']):.1f}" if x["sub"] else "–", x["C"] or "–",
                  secs(x["cpu"]) if x["key"] != "vader" else "–") for x in cr] +
                [("published: SVM with bigrams (Wang & Manning 2012)", "77.7", "10", "–", "–", "–"),
                 ("published: NBSVM-bi (Wang & Manning 2012)", "79.4", "10", "–", "–", "–")])
        R.add("Commands (first fold run; the others the same):", "")
        for x in cr:
            R.add(f"- {x['label']}: `{x['cmd']}`")
        R.add("")
        ctx["rt_rows"] = cr
    # --- report 1d
    if hedge:
        htr, hte = hedge
        g = [r["label"] for r in hte]
        R.add("## 1d. Hedging (Szeged uncertainty corpus, Wikipedia part): F1 of the `uncertain` class", "",
              f"Train `../shared/data/hedging/wiki_train.csv` ({len(htr)} sentences), test `wiki_test.csv` "
              f"({len(hte)} sentences, {g.count('uncertain')} uncertain). The split is SOURCES.md's (by document), "
              "not CoNLL-2010's, and the labels are semantic uncertainty cues without CoNLL's weasel cues (12.6% "
              "uncertain against about 22%), so the published CoNLL-2010 figure is context, not a like-for-like "
              f"comparison. Our default trainer ({ctx['solver']}) ran with `--folds 3` (C chosen by 3-fold CV, not 5): "
              f"it took {secs(hres['ours_default']['cpu']) if hres.get('ours_default') else '?'} of CPU that way on "
              f"{len(htr):,} sentences; the default 5-fold search would take well over 10 minutes.", "")
        rows = []
        for key, label in sys_names(ctx, ", `--folds 3`"):
            r = hres.get(key)
            if not r:
                continue
            p_, r_, f_ = prf1(g, r["pred"], "uncertain")
            rows.append((label, fmt(f_), fmt(p_), fmt(r_), r.get("C") or "–", secs(r["cpu"]), r["cmd"]))
        R.table(["system", "F1 (uncertain)", "precision", "recall", "C chosen", "training CPU"],
                [x[:6] for x in rows] + [("published: best CoNLL-2010 Wikipedia (weasel) system", "0.602", "–", "–", "–", "–")])
        R.add("Commands:", "")
        for x in rows:
            R.add(f"- {x[0]}: `{x[6]}`")
        R.add("")
        ctx["hedge_rows"] = rows


def prf1(gold, pred, c):
    tp = sum(1 for a, b in zip(gold, pred) if a == c and b == c)
    pp = sum(1 for b in pred if b == c)
    gp = sum(1 for a in gold if a == c)
    p = tp / pp if pp else 0.0
    r = tp / gp if gp else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


RT_LIBSVM_FOLDS = [0, 1]


# ------------------------------------------------------------------ goals and main

def sec_goals(ctx):
    R = ctx["report"]
    res = ctx.get("speed", {})
    tr = ctx["train"]
    lines = []

    def say(goal, ok, detail):
        state = "**met**" if ok else ("**not met**" if ok is not None else "**not measured**")
        lines.append(f"- {goal}: {state}. {detail}")
    o1, ft = res.get("ours1"), res.get("ft_stance")
    n1 = ctx.get("speed_n1")
    if o1 and ft:
        a, b = n1 / o1.wall, n1 / ft.wall
        extra = ""
        if res.get("ft_sentiment"):
            w = ft.wall + res["ft_sentiment"].wall
            extra = (f" Against fastText running both of its models (stance and sentiment, as ours labels both): "
                     f"{n1 / w:,.0f} sentences/s, ratio {a / (n1 / w):.2f}.")
        say("Throughput at least fastText's (single thread)", a >= b,
            f"Ours {a:,.0f} sentences/s against fastText predict {b:,.0f} sentences/s with one model "
            f"(ratio {a / b:.2f}).{extra}")
    else:
        say("Throughput at least fastText's (single thread)", None, "A run is missing (see Problems).")
    if tr.get("ours") and tr.get("sklearn"):
        a, b = tr["ours"].wall, tr["sklearn"].wall
        extra = ""
        if tr.get("ours_liblinear"):
            c = tr["ours_liblinear"].wall
            extra = f" With `--solver liblinear` ours takes {secs(c)} ({'faster' if c < b else 'slower'} than scikit-learn)."
        say("Training faster than scikit-learn's pipeline", a < b,
            f"On news-train, both tasks, with the same C grid and 5-fold search: ours (default, {ctx['solver']}) "
            f"{secs(a)}, scikit-learn {secs(b)} (ours takes {a / b:.1f}× as long).{extra}")
    else:
        say("Training faster than scikit-learn's pipeline", None, "A run is missing (see Problems).")
    nr = {x["key"]: x for x in ctx.get("nyt_rows", [])}
    if nr.get("ours_default") and any(k in nr for k in ("sklearn", "fasttext", "liblinear", "vader")):
        ours = statistics.mean(nr["ours_default"]["scores"])
        peers = {nr[k]["label"]: statistics.mean(nr[k]["scores"]) for k in ("sklearn", "fasttext", "liblinear", "vader")
                 if k in nr}
        best = max(peers, key=peers.get)
        extra = ""
        if nr.get("ours_liblinear"):
            extra = f" Ours with `--solver liblinear`: {statistics.mean(nr['ours_liblinear']['scores']):.3f}."
        sd = max(statistics.stdev(nr["ours_default"]["scores"]) if len(nr["ours_default"]["scores"]) > 1 else 0,
                 max((statistics.stdev(nr[k]["scores"]) for k in nr if k != "ours_default" and len(nr[k]["scores"]) > 1),
                     default=0))
        if abs(ours - peers[best]) < sd:
            extra += (f" The gap to the best peer ({ours - peers[best]:+.3f}) is smaller than the spread across folds "
                      f"(sd up to {sd:.3f}): a tie within noise.")
        say("NYT sentiment macro-F1 above every peer's", ours > peers[best],
            f"Ours {ours:.3f} (5-fold mean); best peer {best} {peers[best]:.3f}; all peers: "
            + ", ".join(f"{k.strip()} {v:.3f}" for k, v in peers.items()) + f".{extra} (Published: VADER 0.55, humans 0.65.)")
    else:
        say("NYT sentiment macro-F1 above every peer's", None, "A run is missing (see Problems).")
    o4 = res.get("ours4")
    if o1 and o4:
        grow = o4.rss_mb / o1.rss_mb
        say("Memory independent of corpus size", grow <= 1.10,
            f"Peak RSS {o1.rss_mb:.1f} MB on {n1:,} sentences, {o4.rss_mb:.1f} MB on {4 * n1:,} (×{grow:.2f}; "
            "the bar is at most 10% growth for 4× the input).")
    else:
        say("Memory independent of corpus size", None, "A run is missing (see Problems).")
    R.add("## 4. Goals", "", *lines, "")


def featvec_summary(checks):
    if not checks:
        return "not checked"
    bad = [c for c in checks if not c[1]]
    if not bad:
        return (f"identical on all {len(checks)} training sets checked ({sum(c[3] for c in checks):,} rows"
                + (", less the sentences the library crashed on, see below" if FEATVEC_RESTARTS else "") + ": "
                + ", ".join(sorted({c[0].split(' fold')[0] + (' folds' if ' fold' in c[0] else '') for c in checks}))
                + ")")
    return "MISMATCH on " + "; ".join(f"{c[0]}: {c[2]}" for c in bad) + " (those LIBLINEAR rows are dropped)"


def main():
    global TMP
    ctx = dict(report=Report(), errors=[], train={}, sk_models={}, ft_models={}, featvec_checks=[])
    log("setting up peers (Debian: python3-sklearn, fasttext, liblinear-tools; npm: vader-sentiment)")
    have, notes = setup_peers()
    ctx["have"] = have
    help_text = train_help()
    ctx["solver"] = default_solver(help_text)
    ctx["has_solver"] = "--solver" in help_text
    TMP = tempfile.mkdtemp(prefix="stance-bench-")
    log(f"temporary directory: {TMP}")
    err = build_featvec()
    if err:
        notes.append(f"LIBLINEAR rows need bench/featvec.c for test vectors: {err}; skipped")
    ncores = os.cpu_count() or 1
    try:
        parts = {k: Report() for k in ("news", "public", "speed", "goals")}
        ctx["report"] = parts["news"]
        sec_news(ctx)
        sec_attribution(ctx)
        ctx["report"] = parts["speed"]
        sec_speed(ctx)
        ctx["report"] = parts["public"]
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(2, ncores))) as pool:
            ctx["pool"] = pool
            sec_public(ctx)
        ctx["report"] = parts["goals"]
        sec_goals(ctx)
    finally:
        if not KEEP:
            shutil.rmtree(TMP, ignore_errors=True)
        else:
            log(f"kept {TMP}")
    total = time.monotonic() - T0
    head = Report()
    vers = sh_out([CLASSIFY_BIN, "--version"]).strip().splitlines()
    head.add("# Benchmarks", "",
             "Generated by `make bench` (bench/run.sh, bench/bench.py); do not edit by hand.", "",
             f"- date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
             f"- commit: {git_commit()} (the checked-out commit; uncommitted changes, if any, are not shown)",
             f"- machine: {ncores} cores, {cpu_model()}, "
             f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB RAM, "
             f"{platform.system()} {platform.release()}",
             f"- stance: {vers[0] if vers else '?'}; default solver of stance-train: {ctx['solver']}",
             f"- peers: scikit-learn {have['sklearn'] or 'missing'} (/usr/bin/python3), fastText "
             f"{have['fasttext'] or 'missing'}, LIBLINEAR {have['liblinear'] or 'missing'} (liblinear-tools), "
             f"VADER {have['vader'] or 'missing'} (npm vader-sentiment, the JavaScript port)",
             f"- total run time of `make bench`: {total / 60:.1f} minutes (after the build)"
             + (" — **--quick run: small data, not the real benchmark**" if QUICK else ""), "")
    for n in notes:
        head.add(f"- skipped/note: {n}")
    if notes:
        head.add("")
    head.add("Public data is read from `../shared/data` (see its SOURCES.md); nothing of it, and no model trained "
             "on it, is written inside the repository: folds, corpora and models live in a temporary directory "
             "(`$T` below) that is deleted after the run. Everything single-threaded unless stated. In sections 1b–1d "
             "our default (slow) trainer runs on two worker threads, one per core, while the other systems run "
             "beside it, so training times there are CPU seconds, not wall-clock, and only indicative. "
             "Sections 1a and 2 run one thing at a time.", "",
             "Settings of the peers: scikit-learn `TfidfVectorizer(ngram_range=(1,2), min_df=2, sublinear_tf=True)` + "
             "`LinearSVC(class_weight='balanced')`, C from {1/16, 1/4, 1, 4, 16} by 5-fold stratified "
             f"`GridSearchCV` on macro-F1 (seed {SEED}), `n_jobs=1`. fastText `supervised {' '.join(FT_ARGS)}` (fixed, "
             "not tuned) on lower-cased text with punctuation split off, training lines shuffled (seed 1: its SGD follows "
             "file order). LIBLINEAR `-s 2 -B 1` (L2-regularised "
             "L2-loss SVC with a bias) with our class weights n/(classes × n_class), C by `liblinear-train -C` "
             "(5-fold CV accuracy), on our exact feature vectors: the training vectors are what `stance-train "
             "--save-features` writes; test vectors are rebuilt from the model's vocabulary and idf through the "
             "public API (bench/featvec.c: `st_doc_from_sentences` + `st_features`, then log(1+count)·idf, L2 "
             "norm), after checking that the same code rebuilds the training vectors exactly as --save-features wrote "
             "them (a mismatch fails the row): "
             + featvec_summary(ctx["featvec_checks"]) + "."
             + (f" **featvec was killed by a signal inside libstance {len(FEATVEC_RESTARTS)} time(s)** (the same "
                "library stance-train and stance-classify use): the bench kept the documents done, redid the one it "
                "died on alone in a fresh process and went on; a one-sentence document that crashed alone too was "
                "given an empty vector (so LIBLINEAR had only its bias for it) and left out of the check. "
                "Each case: " + "; ".join(FEATVEC_RESTARTS) + "." if FEATVEC_RESTARTS else ""),
             "")
    problems = ["", "## Problems in this run", ""] + [f"- {e}" for e in ctx["errors"]] + [""] if ctx["errors"] else []
    text = head.text() + "".join(parts[k].text() for k in ("news", "public", "speed", "goals")) + "\n".join(problems)
    with open(os.path.join(ROOT, "BENCHMARKS.md"), "w", encoding="utf-8") as f:
        f.write(text)
    log(f"wrote BENCHMARKS.md ({total / 60:.1f} minutes)")
    print(text)


if __name__ == "__main__":
    main()
