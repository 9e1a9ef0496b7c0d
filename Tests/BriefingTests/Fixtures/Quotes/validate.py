#!/usr/bin/env python3
"""Check the quote fixtures in this folder (see GUIDELINES.md).

    python3 validate.py [FILE.jsonl ...]     default: dev-articles.jsonl phenomena.jsonl

Checks: every line is a JSON object with id, phenomenon, text, quotes, not_quotes; ids are unique
across the files; kinds are direct/partial/indirect; every quote has a speaker and a text that
occurs in the document, and its first occurrence is the annotated span (the scorer locates quotes
with str.find); no two quotes overlap; every not_quotes entry occurs in the document; quote texts
carry no surrounding spaces, no trailing comma and no outer quotation marks; an article
("phenomenon" starting with "article:") has 250-700 words and 6-18 quotes.
Prints one line per problem and a summary; exits 1 if there is a problem.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "partial", "indirect"}
MARKS = "\"“”‘’«»"


def check(paths):
    problems = []
    ids = set()
    kinds = collections.Counter()
    speakers = set()
    docs = 0
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{os.path.basename(path)}:{n}"
            try:
                d = json.loads(line)
            except ValueError as e:
                problems.append(f"{where}: invalid JSON: {e}")
                continue
            missing = {"id", "phenomenon", "text", "quotes", "not_quotes"} - set(d)
            if missing:
                problems.append(f"{where}: missing {sorted(missing)}")
                continue
            docs += 1
            where = f"{where} {d['id']}"
            if d["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(d["id"])
            text = d["text"]
            spans = []
            for q in d["quotes"]:
                t = q.get("text", "")
                kinds[q.get("kind")] += 1
                speakers.add(q.get("speaker"))
                if q.get("kind") not in KINDS:
                    problems.append(f"{where}: bad kind {q.get('kind')!r}")
                if not (q.get("speaker") or "").strip():
                    problems.append(f"{where}: no speaker for {t[:40]!r}")
                i = text.find(t) if t else -1
                if i < 0:
                    problems.append(f"{where}: quote not in text: {t[:60]!r}")
                    continue
                if q.get("start") is not None and (q["start"] != i or q.get("end") != i + len(t)):
                    problems.append(f"{where}: first occurrence of {t[:40]!r} is at {i}, annotated at {q['start']}")
                if t != t.strip() or t.endswith(",") or t[0] in MARKS or (t[-1] in MARKS and t.count(t[-1]) % 2):
                    problems.append(f"{where}: untidy quote text {t!r}")
                spans.append((i, i + len(t), t))
            spans.sort()
            for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
                if s2 < e1:
                    problems.append(f"{where}: quotes overlap: {t1[:30]!r} / {t2[:30]!r}")
            for nq in d["not_quotes"]:
                if nq not in text:
                    problems.append(f"{where}: not_quote not in text: {nq[:60]!r}")
            if d["phenomenon"].startswith("article:"):
                words = len(text.split())
                if not 250 <= words <= 700:
                    problems.append(f"{where}: {words} words")
                if not 6 <= len(d["quotes"]) <= 18:
                    problems.append(f"{where}: {len(d['quotes'])} quotes")
    for p in problems:
        print(p)
    total = sum(kinds.values())
    print(f"{docs} documents, {total} quotes {dict(kinds)}, {len(speakers)} distinct speakers, "
          f"{len(problems)} problems")
    return not problems


if __name__ == "__main__":
    files = sys.argv[1:] or [os.path.join(HERE, f) for f in ("dev-articles.jsonl", "phenomena.jsonl")]
    sys.exit(0 if check(files) else 1)
