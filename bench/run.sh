#!/bin/sh
# make bench: held-out accuracy, throughput and memory; writes BENCHMARKS.md.
# Public data is read from ../shared/data (never copied here). Peer tools: see issue 5.
set -eu
cd "$(dirname "$0")/.."
exec python3 bench/bench.py "$@"
