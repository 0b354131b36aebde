#!/usr/bin/python3
"""scikit-learn peer for make bench (run with Debian's /usr/bin/python3 and python3-sklearn).

  peer_sklearn.py train TRAIN.csv TEXT LABEL MODEL.pkl SEED
      TF-IDF (word 1-2 grams, min_df 2, sublinear tf) + LinearSVC(class_weight=balanced), C chosen
      from {1/16, 1/4, 1, 4, 16} by 5-fold stratified CV on macro-F1 (GridSearchCV, n_jobs=1),
      then refit on all rows. Prints JSON: C, cv macro-F1, fit seconds.
  peer_sklearn.py predict MODEL.pkl LINES.txt OUT.txt
      one sentence per line in, one label per line out, in chunks of 10,000 lines (bounded memory).
      Prints JSON: sentences, load and predict seconds.
"""
import json, os, pickle, sys, time, warnings

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
warnings.filterwarnings("ignore")

import csv
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

GRID = [1 / 16, 1 / 4, 1, 4, 16]


def train(path, text, label, out, seed):
    X, y = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r[label]:
                X.append(r[text])
                y.append(r[label])
    t0 = time.perf_counter()
    pipe = Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
                     ("clf", LinearSVC(class_weight="balanced", max_iter=10000))])
    gs = GridSearchCV(pipe, {"clf__C": GRID}, scoring="f1_macro", n_jobs=1, refit=True,
                      cv=StratifiedKFold(5, shuffle=True, random_state=seed))
    gs.fit(X, y)
    fit = time.perf_counter() - t0
    with open(out, "wb") as f:
        pickle.dump(gs.best_estimator_, f)
    print(json.dumps({"C": gs.best_params_["clf__C"], "cv_macro_f1": gs.best_score_, "fit_seconds": fit,
                      "rows": len(X)}))


def predict(model, lines, out):
    t0 = time.perf_counter()
    with open(model, "rb") as f:
        pipe = pickle.load(f)
    t1 = time.perf_counter()
    n = 0
    with open(lines, encoding="utf-8") as fin, open(out, "w", encoding="utf-8") as fout:
        chunk = []
        for line in fin:
            chunk.append(line.rstrip("\n"))
            if len(chunk) == 10000:
                fout.write("\n".join(pipe.predict(chunk)) + "\n")
                n += len(chunk)
                chunk = []
        if chunk:
            fout.write("\n".join(pipe.predict(chunk)) + "\n")
            n += len(chunk)
    t2 = time.perf_counter()
    print(json.dumps({"sentences": n, "load_seconds": t1 - t0, "predict_seconds": t2 - t1}))


if __name__ == "__main__":
    if sys.argv[1] == "train":
        train(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]))
    elif sys.argv[1] == "predict":
        predict(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
