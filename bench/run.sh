#!/bin/sh
# make bench: accuracy against peers on the project's split and on public sets, training time,
# throughput, memory and --threads; writes BENCHMARKS.md. Public data is read from ../shared/data
# (never copied here); models trained on it live in a temporary directory. Peers are installed when
# missing (Debian: python3-sklearn, fasttext, liblinear-tools; npm: vader-sentiment into
# ~/.cache/stance-bench). Takes about 30 minutes on 2 cores. bench/bench.py --quick checks the script.
set -eu
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
