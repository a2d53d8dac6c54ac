#!/usr/bin/env python3
"""Sums Stryker.NET mutation reports (mutation-testing-elements JSON) per folder.

Usage: build/mutation-score.py StrykerOutput/<batch>/reports/mutation-report.json [...]

Prints, per folder of the mutated project (the first directory under the project, e.g. Courses/), the counts
killed / timeout / survived / no coverage and the score (killed + timeout) / (all four), then the total.
Compile errors and ignored mutants are not counted, as in docs/testing.md. With --survivors it also lists each
surviving or uncovered mutant as file:line mutator -> replacement.
"""
import collections
import json
import sys

COUNTED = ("Killed", "Timeout", "Survived", "NoCoverage")


def folder_of(path):
    parts = path.replace("\\", "/").split("/")
    for i, part in enumerate(parts):
        if part == "src" and i + 2 < len(parts):
            rest = parts[i + 2:]
            return parts[i + 1] + "/" + (rest[0] + "/" if len(rest) > 1 else "")
    return path


def main(argv):
    survivors = "--survivors" in argv
    reports = [a for a in argv if not a.startswith("--")]
    if not reports:
        print(__doc__)
        return 2
    counts = collections.defaultdict(collections.Counter)
    listed = []
    for report in reports:
        with open(report, encoding="utf-8") as f:
            data = json.load(f)
        for path, file in data["files"].items():
            lines = file.get("source", "").split("\n")
            for m in file["mutants"]:
                if m["status"] not in COUNTED:
                    continue
                counts[folder_of(path)][m["status"]] += 1
                if survivors and m["status"] in ("Survived", "NoCoverage"):
                    line = m["location"]["start"]["line"]
                    code = lines[line - 1].strip() if line - 1 < len(lines) else ""
                    listed.append(f"{path.split('/src/')[-1]}:{line} {m['status']} {m['mutatorName']}: {code[:90]} -> {(m.get('replacement') or '')[:60]}")
    total = collections.Counter()
    print(f"{'folder':45} {'killed':>7} {'timeout':>7} {'survived':>8} {'no cov':>6} {'score':>7}")
    for folder in sorted(counts):
        c = counts[folder]
        total.update(c)
        print(row(folder, c))
    print(row("total", total))
    for line in listed:
        print(line)
    return 0


def row(name, c):
    detected = c["Killed"] + c["Timeout"]
    counted = detected + c["Survived"] + c["NoCoverage"]
    score = 100.0 * detected / counted if counted else float("nan")
    return f"{name:45} {c['Killed']:7} {c['Timeout']:7} {c['Survived']:8} {c['NoCoverage']:6} {score:6.2f}%"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
