#!/usr/bin/env python3
"""Check references.jsonl against the article files; print word statistics.

Run from anywhere: python3 Tests/BriefingTests/Fixtures/Summaries/validate.py
Exits 1 on any problem.
"""

import json
import pathlib
import re
import statistics
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent
SOURCES = [
    ("Quotes/dev-articles.jsonl", "dev"),
    ("Quotes2/dev2-articles.jsonl", "dev"),
    ("Quotes3/dev3-articles.jsonl", "test"),
    ("QuotesTest/test-articles.jsonl", "test"),
]
MIN_WORDS, MAX_WORDS = 40, 75
ABBREVIATIONS = "".join(rf"(?<!\b{a}\.)" for a in ("a.m", "p.m", "Gov", "Sen", "Jan", "No", "Dr", "St", "Mr", "Ms"))


def sentences(text):
    return [s for s in re.split(ABBREVIATIONS + r'(?<=[.!?])["”]?\s+(?=["“]?[A-Z0-9])', text) if s.strip()]


def main():
    problems = []
    expected = {}
    for name, split in SOURCES:
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                expected[json.loads(line)["id"]] = split
    for path in sorted((HERE / "web-articles").glob("*.txt")):
        expected[path.stem] = "test"

    seen = {}
    for number, line in enumerate((HERE / "references.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: invalid JSON ({error.msg})")
            continue
        if set(row) != {"id", "split", "reference"}:
            problems.append(f"line {number}: keys must be id, split, reference")
            continue
        if row["id"] in seen:
            problems.append(f"line {number}: duplicate id {row['id']}")
        seen[row["id"]] = row
        if row["id"] in expected and row["split"] != expected[row["id"]]:
            problems.append(f"{row['id']}: split {row['split']}, expected {expected[row['id']]}")
        words = len(row["reference"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{row['id']}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        count = len(sentences(row["reference"]))
        if not 2 <= count <= 4:
            problems.append(f"{row['id']}: {count} sentences, expected 2-4")

    for missing in sorted(set(expected) - set(seen)):
        problems.append(f"no reference for {missing}")
    for extra in sorted(set(seen) - set(expected)):
        problems.append(f"reference for unknown article {extra}")

    for split in ("dev", "test", "all"):
        rows = [r for r in seen.values() if split == "all" or r["split"] == split]
        counts = [len(r["reference"].split()) for r in rows]
        sents = [len(sentences(r["reference"])) for r in rows]
        if counts:
            print(f"{split:>4}: {len(rows):3d} references, words min {min(counts)} max {max(counts)} "
                  f"mean {statistics.mean(counts):.1f}; sentences min {min(sents)} max {max(sents)} "
                  f"mean {statistics.mean(sents):.2f}")
    web = [r for r in seen.values() if r["id"].startswith("web-")]
    print(f" web: {len(web)} references for {len(list((HERE / 'web-articles').glob('*.txt')))} page dumps")
    for problem in problems:
        print("PROBLEM:", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
