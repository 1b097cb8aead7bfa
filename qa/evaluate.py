"""``qa eval FILE.jsonl``: score a question set the way the project's benchmark does.

Each line: ``{"id", "question", "lang", "kind": fact|conflict|unanswerable, "gold": [file
prefixes], "facts": [regexes the answer must match]}``; ``gold`` names files by their name up to
the first underscore. Metrics: retrieval recall@k and MRR, answer accuracy, citation hit and
precision, abstention on unanswerable questions, citation language labels, latency.
"""
from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path

THOUSANDS = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d{3}(?!\d))")


def normalise(text: str) -> str:
    return THOUSANDS.sub("", text or "").lower()


def prefix(source: str) -> str:
    return Path(str(source)).name.split("_")[0]


def _mean(rows: list[dict], key: str) -> float | None:
    vals = [r[key] for r in rows if key in r]
    return round(sum(vals) / len(vals), 3) if vals else None


def score_item(item: dict, top_k: int, retrieval_only: bool = False) -> dict:
    from . import ask, retrieve

    row: dict = {"id": item.get("id"), "kind": item.get("kind", "fact")}
    gold = set(item.get("gold", []))
    t0 = time.perf_counter()
    passages = retrieve(item["question"], top_k=top_k)
    row["retrieve_s"] = time.perf_counter() - t0
    ranked = [prefix(p.source) for p in passages]
    if gold:
        row["recall"] = float(bool(gold & set(ranked)))
        first = next((i for i, s in enumerate(ranked) if s in gold), None)
        row["rr"] = 0.0 if first is None else 1.0 / (first + 1)
    if retrieval_only:
        return row
    t0 = time.perf_counter()
    answer = ask(item["question"])
    row["ask_s"] = time.perf_counter() - t0
    row["answer"] = answer.text
    cited = [prefix(c.source) for c in answer.citations]
    row["cited"] = [f"{c.source}:{c.language}" for c in answer.citations]
    if row["kind"] == "unanswerable":
        row["abstained"] = float(not cited)
    else:
        text = normalise(answer.text)
        row["facts"] = float(all(re.search(f, text) for f in item.get("facts", [])))
        row["cite_hit"] = float(any(s in gold for s in cited))
        if cited:
            row["cite_precision"] = sum(s in gold for s in cited) / len(cited)
    return row


def summarise(rows: list[dict]) -> dict:
    asks = [r["ask_s"] for r in rows if "ask_s" in r]
    return {
        "items": len(rows),
        "recall@k": _mean(rows, "recall"),
        "mrr": _mean(rows, "rr"),
        "answer_accuracy": _mean(rows, "facts"),
        "cite_hit": _mean(rows, "cite_hit"),
        "cite_precision": _mean(rows, "cite_precision"),
        "abstention": _mean(rows, "abstained"),
        "ask_p50_s": round(statistics.median(asks), 3) if asks else None,
        "retrieve_p50_s": round(statistics.median(r["retrieve_s"] for r in rows), 4) if rows else None,
    }


def run_file(path: Path, top_k: int = 5, quiet: bool = False, index: Path | None = None,
             retrieval_only: bool = False) -> dict:
    """Score every question in ``path``; prints one line per question unless ``quiet``."""
    if index is not None:
        from . import build_index

        build_index(index, progress=not quiet)
    items = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for item in items:
        row = score_item(item, top_k, retrieval_only)
        rows.append(row)
        if not quiet:
            flag = row.get("facts", row.get("abstained", row.get("recall")))
            print(f"{row['id']} ok={flag} cited={row.get('cited', [])} :: {row.get('answer', '')[:120]!r}")
    return summarise(rows)
