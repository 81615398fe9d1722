#!/usr/bin/env bash
# Scores claimcheck on the probe dossiers of tests/probes with the dossier scorer of
# ../shared/dossiers (which reads the gold beside itself): a temporary copy of both.
# usage: benches/probes.sh [score options: --peer value, --show, --dossier NAME ...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
scorer="$here/../shared/dossiers/score"
[ -f "$scorer" ] || { echo "probes.sh: no scorer at $scorer: put ../shared beside the repository" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/tests/probes/." "$work/"
cp "$scorer" "$work/score"
cd "$work"
python3 score --bin "$here/target/release/claimcheck" "$@"
