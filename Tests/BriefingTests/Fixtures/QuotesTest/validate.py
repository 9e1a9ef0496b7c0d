#!/usr/bin/env python3
"""Check the held-out quote test set in this folder (conventions: ../Quotes/GUIDELINES.md).

    python3 validate.py [FILE.jsonl ...]     default: test-articles.jsonl

Checks (adapted from ../Quotes/validate.py):
  * every line is a JSON object with id, phenomenon, text, quotes, not_quotes; ids are unique and
    look like test-NN-<topic>; "phenomenon" starts with "article:";
  * kinds are direct/partial/indirect; every quote has a speaker;
  * every quote text occurs in the document and its FIRST occurrence is the annotated span
    (shared/eval/score.py locates quotes with str.find); start/end, when present, agree with it;
  * quote texts carry no surrounding spaces, no trailing comma and no unbalanced outer quotation
    marks; an indirect quote does not end with a full stop; a partial does not end with a full stop
    (guideline: US punctuation puts the writer's stop inside the mark, the partial drops it);
  * a direct or partial quote is opened by a quotation mark (or is a Q&A answer after "A: ");
    an indirect quote is not;
  * no two quotes overlap; every not_quotes entry occurs in the document;
  * an article has 300-800 words and 8-20 quotes; paragraphs are separated by "\\n\\n" or "\\n".
Prints one line per problem and a summary (articles, quotes by kind, distinct speakers);
exits 1 if there is a problem.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "partial", "indirect"}
MARKS = "\"“”‘’«»'"
OPENERS = "\"“‘'«"


def unbalanced_end(t):
    """True when t ends with a closing mark that nothing inside t opened (an outer mark was kept)."""
    last = t[-1]
    if last == "”":
        return t.count("“") < t.count("”")
    if last == "»":
        return t.count("«") < t.count("»")
    if last == '"':
        return t.count('"') % 2 == 1
    return False  # ’ and ' double as apostrophes


def check(paths):
    problems = []
    ids = set()
    kinds = collections.Counter()
    speakers = set()
    docs = 0
    words_all = []
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
            if not re.fullmatch(r"test-\d\d-[a-z0-9-]+", d["id"]):
                problems.append(f"{where}: id does not look like test-NN-<topic>")
            if not d["phenomenon"].startswith("article:"):
                problems.append(f"{where}: phenomenon should start with 'article:'")
            text = d["text"]
            if "\r" in text or "\n\n\n" in text or text != text.strip():
                problems.append(f"{where}: stray whitespace or line breaks")
            spans = []
            for q in d["quotes"]:
                t = q.get("text", "")
                k = q.get("kind")
                kinds[k] += 1
                speakers.add(q.get("speaker"))
                if k not in KINDS:
                    problems.append(f"{where}: bad kind {k!r}")
                if not (q.get("speaker") or "").strip():
                    problems.append(f"{where}: no speaker for {t[:40]!r}")
                i = text.find(t) if t else -1
                if i < 0:
                    problems.append(f"{where}: quote not in text: {t[:60]!r}")
                    continue
                if q.get("start") is not None and (q["start"] != i or q.get("end") != i + len(t)):
                    problems.append(f"{where}: first occurrence of {t[:40]!r} is at {i}, annotated at {q['start']}")
                if t != t.strip() or t.endswith(",") or t[0] in MARKS or unbalanced_end(t):
                    problems.append(f"{where}: untidy quote text {t!r}")
                before = text[:i]
                opened = before.endswith(tuple(OPENERS))
                if k in ("direct", "partial") and not opened and not before.endswith("A: "):
                    problems.append(f"{where}: {k} quote not opened by a quotation mark: {t[:40]!r}")
                if k == "indirect" and opened:
                    problems.append(f"{where}: indirect quote opened by a quotation mark: {t[:40]!r}")
                if k in ("indirect", "partial") and t.endswith("."):
                    problems.append(f"{where}: {k} quote ends with a full stop: {t[-40:]!r}")
                spans.append((i, i + len(t), t))
            spans.sort()
            for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
                if s2 < e1:
                    problems.append(f"{where}: quotes overlap: {t1[:30]!r} / {t2[:30]!r}")
            if [s for s in spans] != sorted(spans) or [q.get("start") for q in d["quotes"]] != sorted(
                    q.get("start") or 0 for q in d["quotes"]):
                problems.append(f"{where}: quotes not in document order")
            for nq in d["not_quotes"]:
                if nq not in text:
                    problems.append(f"{where}: not_quote not in text: {nq[:60]!r}")
            words = len(text.split())
            words_all.append(words)
            if not 300 <= words <= 800:
                problems.append(f"{where}: {words} words")
            if not 8 <= len(d["quotes"]) <= 20:
                problems.append(f"{where}: {len(d['quotes'])} quotes")
    for p in problems:
        print(p)
    total = sum(kinds.values())
    share = ", ".join(f"{k} {v} ({100 * v / total:.0f}%)" for k, v in sorted(kinds.items())) if total else ""
    span = f", {min(words_all)}-{max(words_all)} words" if words_all else ""
    print(f"{docs} articles{span}, {total} quotes ({share}), {len(speakers)} distinct speakers, "
          f"{len(problems)} problems")
    return not problems


if __name__ == "__main__":
    files = sys.argv[1:] or [os.path.join(HERE, "test-articles.jsonl")]
    sys.exit(0 if check(files) else 1)
