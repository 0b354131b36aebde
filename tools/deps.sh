#!/bin/sh
# Installs the Debian packages stance builds and tests with, when any is missing.
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -e
pkgs="gcc make pkg-config libsvm-dev liblinear-dev libcjson-dev libutf8proc-dev libcsv-dev libcmocka-dev python3"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "stance: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq $missing >&2
else
    echo "stance: missing packages:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
