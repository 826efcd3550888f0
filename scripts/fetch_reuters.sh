#!/usr/bin/env bash
# Unpack Debian's weka package (never installed: no Java is pulled in) into .cache/weka/, for the Reuters-21578
# items of the measure gold's Reuters batch (newsfigures/eval/reuters.py). Needs apt with Debian's sources; a no-op
# when weka is installed or already unpacked.
set -euo pipefail
cd "$(dirname "$0")/.."
examples=usr/share/doc/weka/examples/ReutersCorn-test.arff
if [ -f "/$examples" ] || [ -f ".cache/weka/$examples" ]; then
  exit 0
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && apt-get download weka >/dev/null 2>&1 || { apt-get update -qq && apt-get download weka >/dev/null; })
mkdir -p .cache
mkdir "$scratch/weka"
dpkg-deb --fsys-tarfile "$scratch"/weka_*.deb | tar -x -C "$scratch/weka" --wildcards './usr/share/doc/weka/examples/ReutersCorn-*.arff'
rm -rf .cache/weka && mv "$scratch/weka" .cache/weka
