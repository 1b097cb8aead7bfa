"""Run every question set in one go and compare two runs, question by question.

Tuning needs the same few steps every time: index the two corpora into scratch stores, score
every ``tune`` (or ``check``) half plus the public sets, and see which questions changed outcome
since the last run. This does them in-process with ``qa.evaluate.score_item`` (the same metrics
as ``qa eval`` and ``../shared/eval/score.py``), one child process per corpus so each gets its
own store:

    .venv/bin/python eval/sweep.py run TAG [--half tune|check|all] [--out /tmp/sweep] [--only public,blind16]
    .venv/bin/python eval/sweep.py diff OLD_TAG NEW_TAG [--out /tmp/sweep]

``run`` prints one summary line per set and writes ``OUT/TAG.json`` (every row). ``diff`` lists
the questions whose outcome (right, wrong, abstained) moved, with both answers' first words.
Reading a ``check`` half's answers to debug a change breaks the held-out rule: ``diff`` hides
the answers of check questions unless ``--show-check`` is given (for verifying a fix to a
wrong question, which the eval README says to record).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPORA = {"b": ROOT / "data" / "articles", "x": SHARED / "xquad-dev" / "corpus"}
PUBLIC = {"b": SHARED / "questions.jsonl", "x": SHARED / "xquad-dev" / "questions.jsonl"}


def sets_for(corpus: str, half: str, only: str = "") -> list[Path]:
    """The question files of one corpus: the public set, then each held-out half asked for.

    A bundled set's name has no ``x`` before its dash (``blind14-``); an xquad one does
    (``blind14x-``, ``xquad-``)."""
    files = [PUBLIC[corpus]]
    halves = ["tune", "check"] if half == "all" else [half]
    for path in sorted(HERE.glob("*.jsonl")):
        name, _, which = path.stem.rpartition("-")
        on_xquad = name == "xquad" or name.endswith("x")
        if which in halves and on_xquad == (corpus == "x"):
            files.append(path)
    if only:  # names of sets, comma-separated ("public,blind16"): each set's halves asked for
        wanted = set(only.split(","))
        files = [p for p in files if ("public" if p == PUBLIC[corpus] else p.stem.rpartition("-")[0]) in wanted]
    return files


def _child(corpus: str, half: str, out: Path, only: str = "") -> None:
    """Index one corpus into the store the environment names, then score its sets."""
    sys.path.insert(0, str(ROOT))
    import qa
    from qa.evaluate import load, score_item, summarise

    qa.build_index(CORPORA[corpus], progress=False)
    result = {}
    for path in sets_for(corpus, half, only):
        name = "public" if path == PUBLIC[corpus] else path.stem
        name = f"public-{corpus}" if name == "public" else name
        rows = []
        for item in load(path):
            row = score_item(item, 5)
            row["question"] = item["question"]
            rows.append(row)
        result[name] = {"summary": summarise(rows), "rows": rows}
        s = result[name]["summary"]
        print(f"{name:18} n={s['items']:3} acc={s['answer_accuracy']} prec={s['cite_precision']} "
              f"abst={s['abstention']} conf={s['conflicts']} p50={s['ask_p50_s']}"
              + (f" fallback={s['fallback_rate']} kept={s['claims_kept']} removed={s['claims_removed']}"
                 f" claim_prec={s['claim_cite_precision']}" if "fallback_rate" in s else ""), flush=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1))


def run(tag: str, half: str, out: Path, only: str = "") -> None:
    out.mkdir(parents=True, exist_ok=True)
    children = []
    for corpus in CORPORA:
        index = out / f"index-{corpus}"
        # A scratch store another checkout built holds its articles under that checkout's folder:
        # indexing this one's added them again beside them (a second copy of every file). Kept
        # only where this checkout built it (incremental: unchanged files are not embedded again).
        mark = out / f"index-{corpus}.root"
        if index.exists() and (not mark.exists() or mark.read_text() != str(CORPORA[corpus])):
            shutil.rmtree(index)
        mark.write_text(str(CORPORA[corpus]))
        env = dict(os.environ, QA_INDEX_DIR=str(index))
        part = out / f"{tag}-{corpus}.json"
        children.append((part, subprocess.Popen(
            [sys.executable, __file__, "_child", corpus, half, str(part), only], env=env)))
    merged = {}
    for part, child in children:
        if child.wait() != 0:
            raise SystemExit(f"sweep: the run for {part.name} failed (exit {child.returncode})")
        merged.update(json.loads(part.read_text()))
        part.unlink()
    (out / f"{tag}.json").write_text(json.dumps(merged, ensure_ascii=False, indent=1))
    wrong = sum(1 for s in merged.values() for r in s["rows"]
                if r.get("facts", r.get("abstained")) == 0.0)
    print(f"{tag}: {wrong} questions wrong or answered-unanswerable of "
          f"{sum(len(s['rows']) for s in merged.values())}")


def _outcome(row: dict) -> str:
    if "abstained" in row:
        return "declined" if row["abstained"] else "ANSWERED"
    if not row.get("cited"):
        return "abstained"
    return "right" if row.get("facts") else "WRONG"


def diff(old: str, new: str, out: Path, show_check: bool) -> None:
    a, b = (json.loads((out / f"{t}.json").read_text()) for t in (old, new))
    moved = texts = 0
    for name in b:
        rows_a = {r["id"]: r for r in a.get(name, {}).get("rows", [])}
        for row in b[name]["rows"]:
            before = rows_a.get(row["id"])
            if before is None:
                continue
            if _outcome(before) == _outcome(row):
                texts += before.get("answer") != row.get("answer")
                continue
            moved += 1
            print(f"{name:16} {row['id']:8} {_outcome(before):9} -> {_outcome(row):9} {row['question'][:70]}")
            if show_check or not name.endswith("-check"):
                print(f"   was: {before.get('answer', '')[:150]!r}\n   now: {row.get('answer', '')[:150]!r}")
    print(f"{moved} questions moved; {texts} more answers changed words, not outcome")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("tag")
    r.add_argument("--half", choices=["tune", "check", "all"], default="tune")
    r.add_argument("--out", type=Path, default=Path("/tmp/sweep"))
    r.add_argument("--only", default="", help="these sets alone, comma-separated: public,blind16,xquad…")
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--out", type=Path, default=Path("/tmp/sweep"))
    d.add_argument("--show-check", action="store_true")
    c = sub.add_parser("_child")
    c.add_argument("corpus")
    c.add_argument("half")
    c.add_argument("part", type=Path)
    c.add_argument("only", nargs="?", default="")
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.tag, args.half, args.out, args.only)
    elif args.cmd == "diff":
        diff(args.old, args.new, args.out, args.show_check)
    else:
        _child(args.corpus, args.half, args.part, args.only)


if __name__ == "__main__":
    main()
