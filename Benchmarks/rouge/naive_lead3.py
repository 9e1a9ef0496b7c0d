#!/usr/bin/env python3
"""Write a deliberately naive lead-3 "system" for checking score.py.

For every article behind references.jsonl it takes the first three pieces of
the raw text split on ". " (no sentence splitter, no headline or furniture
handling). This is NOT the project's lead-3 baseline; it only gives score.py
something to chew on and a rough floor for the README.

Usage: python3 Benchmarks/rouge/naive_lead3.py > /tmp/naive-lead3.jsonl
"""

import json
import pathlib
import re

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "BriefingTests" / "Fixtures"
ARTICLE_FILES = [
    "Quotes/dev-articles.jsonl",
    "Quotes2/dev2-articles.jsonl",
    "Quotes3/dev3-articles.jsonl",
    "QuotesTest/test-articles.jsonl",
]


def naive_lead3(text):
    pieces = [p.strip() for p in text.split(". ") if p.strip()]
    return [re.sub(r"\s+", " ", p) for p in pieces[:3]]


def main():
    for name in ARTICLE_FILES:
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                print(json.dumps({"id": row["id"], "summary": naive_lead3(row["text"])}, ensure_ascii=False))
    for path in sorted((FIXTURES / "Summaries" / "web-articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        print(json.dumps({"id": "web-" + path.stem, "summary": naive_lead3(text)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
