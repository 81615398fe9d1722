#!/usr/bin/env python3
"""Builds three layouts of the same text, for timing `scan` and `check` on long inputs.

usage: long_line.py MB DIR

DIR/split/   the shipped sources repeated until MB megabytes, one article per file
DIR/one/     the same text as one file (a one-source dossier)
DIR/line/    the same text as one file on a single line (newlines made spaces)

Then, for example:
    time claimcheck scan --format json DIR/line/* >/dev/null
    time claimcheck check --format json DIR/one >/dev/null
"""
import glob
import os
import sys

mb, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
header = "---\nlang: de\ndate: 2025-07-01\n---\n"
bodies = []
for path in sorted(glob.glob(os.path.join(here, "..", "sources", "*.txt"))):
    text = open(path, encoding="utf-8").read()
    bodies.append(text.split("---", 2)[2] if text.startswith("---") else text)
target = mb * 1024 * 1024
for d in ("split", "one", "line"):
    os.makedirs(os.path.join(out, d), exist_ok=True)
written, n, whole = 0, 0, []
while written < target:
    for body in bodies:
        with open(os.path.join(out, "split", f"a{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(header + body)
        whole.append(body + "\n\n")
        written += len(body.encode("utf-8")) + 2
        n += 1
text = "".join(whole)
with open(os.path.join(out, "one", "one.txt"), "w", encoding="utf-8") as f:
    f.write(header + text)
with open(os.path.join(out, "line", "line.txt"), "w", encoding="utf-8") as f:
    f.write(header + text.replace("\n", " "))
print(f"{n} articles, {written} bytes")
