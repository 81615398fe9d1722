#!/usr/bin/env python3
"""Builds a large dossier for timing `claimcheck check`: N articles from the 10kGNAD test
split (../shared/corpora/10kgnad-test.csv, read at run time, never copied into the
repository), article i being article i mod 1,028 with every run of digits changed by a
factor that depends on i alone, so copies state other figures. Deterministic.

    benches/perturbed_corpus.py 8000 /tmp/perturbed-8000
    /usr/bin/time -f '%e s %M KB' target/release/claimcheck check /tmp/perturbed-8000 --format json >/dev/null
"""
import csv
import os
import random
import re
import sys

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "10kgnad-test.csv")


def main() -> None:
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(CORPUS, encoding="utf-8") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):
            rng = random.Random(i)
            factor = rng.choice([0.5, 0.8, 1.25, 2.0, 3.0])
            text = re.sub(r"\d+", lambda m: str(max(1, round(int(m.group(0)) * factor))), text)
        with open(os.path.join(out, f"a{i:05d}.txt"), "w", encoding="utf-8") as g:
            g.write(text + "\n")


if __name__ == "__main__":
    main()
