"""``qa eval FILE.jsonl``: score a question set the way the project's benchmark does.

Each line: ``{"id", "question", "lang", "kind": fact|conflict|unanswerable, "gold": [file
prefixes], "facts": [regexes the answer must match]}``; ``gold`` names files by their name up to
the first underscore. Metrics: retrieval recall@k and MRR, answer accuracy, citation hit and
precision, abstention on unanswerable questions, citation language labels, latency: the whole
answer, the first text a page can show, and (LLM mode) the model's first token, with how often
the model's words were not kept (fallback), how many of its claims the checker removed, and how
often the kept claims' own citations name a file that answers (claim_cite_precision), and how
many answers the model turned into a decline, finding no answer in the evidence (model_declined;
such an answer is no fallback).
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


def timed_answer(question: str, mode: str | None):
    """The final answer, and when (seconds) the first text and the model's first token (the
    first text after the quotes that is not the note of a fallback) arrived."""
    from .answer import Answer, ask_stream
    from .answer.i18n import PHRASES

    notes = [p[k] for p in PHRASES.values() for k in ("fallback", "unavailable") if k in p]
    t0, first, second, answer = time.perf_counter(), None, None, None
    for item in ask_stream(question, mode=mode):
        if isinstance(item, Answer):
            answer = item
        elif first is None:
            first = time.perf_counter() - t0
        elif second is None and not any(n in item for n in notes):
            second = time.perf_counter() - t0
    return answer, time.perf_counter() - t0, first, second


def score_item(item: dict, top_k: int, retrieval_only: bool = False, mode: str | None = None) -> dict:
    from . import retrieve

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
    answer, row["ask_s"], row["first_text_s"], second = timed_answer(item["question"], mode)
    if answer.mode == "llm" or any(c.kind == "fallback" for c in answer.checks):
        row["fallback"] = float(answer.mode != "llm")
        row["claims_kept"] = sum(bool(c.cited) for c in answer.claims)
        row["claims_removed"] = sum(c.kind == "removed_claim" for c in answer.checks)
        row["model_declined"] = float(any(c.kind == "declined" for c in answer.checks))
        if second is not None:
            row["first_token_s"] = second
    row["answer"] = answer.text
    cited = [prefix(c.source) for c in answer.citations]
    if "fallback" in row and gold:
        # The model's own kept claims, apart from the quotes the answer carries anyway.
        source_of = {c.number: prefix(c.source) for c in answer.citations}
        row["claim_citations"] = [source_of.get(n) in gold for claim in answer.claims for n in claim.cited]
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


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 3) if flags else None


def _p50(rows: list[dict], key: str) -> float | None:
    vals = [r[key] for r in rows if r.get(key) is not None]
    return round(statistics.median(vals), 3) if vals else None


def summarise(rows: list[dict]) -> dict:
    asks = [r["ask_s"] for r in rows if "ask_s" in r]
    llm = [r for r in rows if "fallback" in r]
    return {
        "items": len(rows),
        "recall@k": _mean(rows, "recall"),
        "mrr": _mean(rows, "rr"),
        "answer_accuracy": _mean(rows, "facts"),
        "cite_hit": _mean(rows, "cite_hit"),
        "cite_precision": _mean(rows, "cite_precision"),
        "abstention": _mean(rows, "abstained"),
        "conflicts": _mean([r for r in rows if r["kind"] == "conflict"], "facts"),
        "ask_p50_s": round(statistics.median(asks), 3) if asks else None,
        "first_text_p50_s": _p50(rows, "first_text_s"),
        **({"fallback_rate": _mean(llm, "fallback"), "first_token_p50_s": _p50(llm, "first_token_s"),
            "claims_kept": sum(r["claims_kept"] for r in llm),
            "claims_removed": sum(r["claims_removed"] for r in llm),
            "model_declined": int(sum(r.get("model_declined", 0) for r in llm)),
            "claim_cite_precision": _share([ok for r in llm for ok in r.get("claim_citations", [])])}
           if llm else {}),
        "retrieve_p50_s": round(statistics.median(r["retrieve_s"] for r in rows), 4) if rows else None,
    }


def load(path: Path) -> list[dict]:
    """The question set's records; a bad line is a one-line error naming the file and line."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not a JSON record ({exc.msg})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or not item["question"].strip():
            raise ValueError(f'{path}:{n}: a record needs a "question" (text)')
        items.append(item)
    return items


def run_file(path: Path, top_k: int = 5, quiet: bool = False, index: Path | None = None,
             retrieval_only: bool = False, mode: str | None = None) -> dict:
    """Score every question in ``path``; prints one line per question unless ``quiet``."""
    if index is not None:
        from . import build_index

        build_index(index, progress=not quiet)
    items = load(Path(path))
    rows = []
    for item in items:
        row = score_item(item, top_k, retrieval_only, mode)
        rows.append(row)
        if not quiet:
            flag = row.get("facts", row.get("abstained", row.get("recall")))
            print(f"{row['id']} ok={flag} cited={row.get('cited', [])} :: {row.get('answer', '')[:120]!r}")
    return summarise(rows)
