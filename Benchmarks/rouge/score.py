#!/usr/bin/env python3
"""Score system summaries against the human reference summaries with ROUGE.

Usage:
  python3 Benchmarks/rouge/score.py \
      --references Tests/BriefingTests/Fixtures/Summaries/references.jsonl \
      --system lead3=a.jsonl --system textrank=b.jsonl --system briefing=c.jsonl \
      [--split dev|test|all] [--json]

references.jsonl: one JSON object per line, {"id", "split": "dev"|"test", "reference"}.
System files:     one JSON object per line, {"id", "summary": ["sentence", ...]}.

Scoring uses Google's `rouge-score` package (pip install rouge-score) with
RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True). A system
summary's sentences are joined with a newline. Precision, recall and F1 are
averaged over every reference article in the chosen split; an article the
system has no summary for counts as an empty summary (all scores 0) and is
reported. Ids in a system file that are not in the split are ignored (and
counted in the JSON output as "extra").

The table prints scores x100; --json prints fractions in [0, 1].
"""

import argparse
import json
import sys

METRICS = ("rouge1", "rouge2", "rougeL")


def die(message):
    print(f"score.py: {message}", file=sys.stderr)
    sys.exit(1)


def load_jsonl(path, what):
    rows = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    die(f"{what} {path}:{number}: invalid JSON ({error.msg})")
    except OSError as error:
        die(f"cannot read {what} {path}: {error.strerror}")
    return rows


def load_references(path, split):
    references = {}
    for row in load_jsonl(path, "references"):
        if not isinstance(row, dict) or not {"id", "split", "reference"} <= row.keys():
            die(f"references {path}: every line needs id, split and reference")
        if row["id"] in references:
            die(f"references {path}: duplicate id {row['id']}")
        if split == "all" or row["split"] == split:
            references[row["id"]] = row["reference"]
    if not references:
        die(f"references {path}: no articles in split '{split}'")
    return references


def load_system(path):
    summaries = {}
    for row in load_jsonl(path, "system file"):
        if not isinstance(row, dict) or "id" not in row or "summary" not in row:
            die(f"system file {path}: every line needs id and summary")
        summary = row["summary"]
        if isinstance(summary, str):
            sentences = [summary]
        elif isinstance(summary, list) and all(isinstance(s, str) for s in summary):
            sentences = summary
        else:
            die(f"system file {path}: summary of {row['id']} must be a list of strings")
        summaries[row["id"]] = "\n".join(s.strip() for s in sentences if s.strip())
    return summaries


def score_system(scorer, references, summaries):
    totals = {m: {"precision": 0.0, "recall": 0.0, "f1": 0.0} for m in METRICS}
    missing = []
    words = []
    for article_id, reference in references.items():
        summary = summaries.get(article_id)
        if summary is None:
            missing.append(article_id)
            continue  # an empty summary scores 0 on everything
        words.append(len(summary.split()))
        if not summary:
            continue
        scores = scorer.score(reference, summary)  # (target, prediction)
        for metric in METRICS:
            totals[metric]["precision"] += scores[metric].precision
            totals[metric]["recall"] += scores[metric].recall
            totals[metric]["f1"] += scores[metric].fmeasure
    n = len(references)
    means = {m: {k: v / n for k, v in parts.items()} for m, parts in totals.items()}
    extra = sorted(set(summaries) - set(references))
    return {
        "n": n,
        "scored": n - len(missing),
        "missing": missing,
        "extra": len(extra),
        "mean_summary_words": (sum(words) / len(words)) if words else 0.0,
        "scores": means,
    }


def parse_system(value):
    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(f"expected NAME=PATH, got '{value}'")
    return name, path


def main():
    parser = argparse.ArgumentParser(description="ROUGE scores of system summaries against the reference summaries.")
    parser.add_argument("--references", required=True, help="references.jsonl")
    parser.add_argument("--system", action="append", type=parse_system, required=True,
                        metavar="NAME=PATH", help="a system's summaries (JSONL); repeatable")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of a table")
    args = parser.parse_args()

    try:
        from rouge_score import rouge_scorer
    except ImportError:
        die("the rouge-score package is missing: pip install rouge-score")

    names = [name for name, _ in args.system]
    if len(set(names)) != len(names):
        die("system names must be unique")

    references = load_references(args.references, args.split)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    results = {name: score_system(scorer, references, load_system(path)) for name, path in args.system}

    if args.json:
        print(json.dumps({"split": args.split, "references": args.references, "scale": "0-1",
                          "systems": results}, indent=2, ensure_ascii=False))
        return

    width = max(8, *(len(name) for name in names))
    header = f"{'system':<{width}}  {'n':>4}  {'R1-F':>6}  {'R2-F':>6}  {'RL-F':>6}  {'R1-P':>6}  {'R1-R':>6}  {'words':>6}"
    print(f"ROUGE on split '{args.split}' ({len(references)} articles; scores x100, stemmed)")
    print(header)
    print("-" * len(header))
    for name in names:
        r = results[name]
        s = r["scores"]
        print(f"{name:<{width}}  {r['n']:>4}  {100 * s['rouge1']['f1']:6.2f}  {100 * s['rouge2']['f1']:6.2f}  "
              f"{100 * s['rougeL']['f1']:6.2f}  {100 * s['rouge1']['precision']:6.2f}  "
              f"{100 * s['rouge1']['recall']:6.2f}  {r['mean_summary_words']:6.1f}")
    for name in names:
        missing = results[name]["missing"]
        if missing:
            shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
            print(f"note: {name} has no summary for {len(missing)} of {results[name]['n']} articles "
                  f"(scored as empty): {shown}")


if __name__ == "__main__":
    main()
