#!/usr/bin/env python3
"""Times `claimcheck check` at growing sizes of the perturbed corpus and reports how it grows.

    benches/check_scale.py [--bin target/release/claimcheck] [--dir /tmp/claimcheck-scale]
                           [--repeat 3] [SIZE ...]              # default sizes: 1000 2000 4000 8000

Each size's dossier is built once by `perturbed_corpus.py` beside this file (in DIR/pN) and
then checked `--repeat` times with `/usr/bin/time -v`; the row shows the run with the least
CPU time (user + system), the least disturbed by other work on the machine. The last line
gives the growth exponent from the first to the last size, in wall and in CPU time
(n^k: k = log(t_last / t_first) / log(n_last / n_first)).
"""
import argparse
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(binary, folder):
    """(wall s, user s, sys s, max RSS KB) of one check."""
    r = subprocess.run(
        ["/usr/bin/time", "-v", binary, "check", folder, "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    if r.returncode not in (0, 1):
        sys.exit(f"check failed on {folder}:\n{r.stderr}")

    def field(name):
        m = re.search(rf"{re.escape(name)}: (.*)", r.stderr)
        return m.group(1).strip()

    h, m_, s = (["0"] * 3 + field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"))[-3:]
    wall = int(h) * 3600 + int(m_) * 60 + float(s)
    return wall, float(field("User time (seconds)")), float(field("System time (seconds)")), int(
        field("Maximum resident set size (kbytes)")
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/claimcheck")
    ap.add_argument("--dir", default="/tmp/claimcheck-scale")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 2000, 4000, 8000])
    args = ap.parse_args()
    rows = []
    print(f"{'articles':>8} {'wall s':>7} {'user s':>7} {'sys s':>6} {'max RSS MB':>10}")
    for n in args.sizes:
        folder = os.path.join(args.dir, f"p{n}")
        if not os.path.isdir(folder) or len(os.listdir(folder)) != n:
            subprocess.run([sys.executable, os.path.join(HERE, "perturbed_corpus.py"), str(n), folder], check=True)
        best = min((measure(args.bin, folder) for _ in range(args.repeat)), key=lambda r: r[1] + r[2])
        rows.append((n, *best))
        print(f"{n:>8} {best[0]:>7.2f} {best[1]:>7.2f} {best[2]:>6.2f} {best[3] / 1024:>10.0f}", flush=True)
    if len(rows) >= 2:
        (n0, w0, u0, s0, _), (n1, w1, u1, s1, _) = rows[0], rows[-1]
        k = lambda a, b: math.log(b / a) / math.log(n1 / n0)
        print(f"growth {n0} -> {n1}: wall n^{k(w0, w1):.2f}, CPU n^{k(u0 + s0, u1 + s1):.2f}")


if __name__ == "__main__":
    main()
