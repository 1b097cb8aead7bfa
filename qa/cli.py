"""The ``qa`` command: index, ask, eval, serve.

Errors a user can cause (empty question, missing folder, store built by another model, LLM
server down) end in one line on stderr and exit status 1, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from .settings import RetrievalSettings, explain, get_settings, top_k_of


def _cmd_index(args: argparse.Namespace) -> int:
    from .indexer import build_index

    def notify(message: str) -> None:
        print(f"qa: {message}", file=sys.stderr, flush=True)

    if args.watch:
        from .watch import watch

        watch(args.path, rebuild=args.rebuild, progress=not args.quiet, notify=notify, poll=args.poll,
              on_report=lambda report: _print_report(report, args.json))
        return 0
    report = build_index(args.path, rebuild=args.rebuild, progress=not args.quiet, notify=notify)
    _print_report(report, args.json)
    if args.strict and report.skipped:
        print(f"qa: error: {len(report.skipped)} file(s) skipped (--strict)", file=sys.stderr)
        return 1
    return 0


def _print_report(report, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), flush=True)
        return
    print(report.summary(), flush=True)
    for name, reason in report.skipped.items():
        print(f"  skipped {name}: {reason}", flush=True)
    for name, reason in report.flagged.items():
        print(f"  flagged {name}: {reason} (never quoted nor given to a model)", flush=True)


def _cmd_ask(args: argparse.Namespace) -> int:
    from .answer import Answer, ask_stream
    from .records import Scope

    question = " ".join(args.question)
    final: Answer | None = None
    pieces: list[str] = []
    scope = Scope(tuple(args.language or ()), tuple(args.file or ()))
    for item in ask_stream(question, mode=args.mode, top_k=args.top_k, scope=scope):
        if isinstance(item, Answer):
            final = item
        else:
            pieces.append(item)
            if not args.json:
                print(item, end="", flush=True)
    assert final is not None
    if args.json:
        print(json.dumps(final.to_dict(), ensure_ascii=False, indent=2))
        return 0
    if final.mode == "llm" and pieces:
        if final.text.startswith(pieces[0]):  # the quotes stand as printed; the model's words, as checked
            print("\n\n--- checked answer ---\n" + final.text.removeprefix(pieces[0]))
        else:  # the model declined (QA_LLM_DECLINES): its answer replaces the quotes printed first
            print("\n\n--- answer (replaces the quotes above) ---\n" + final.text)
    print()
    for check in final.checks:
        print(f"note: {check.message}")
    for c in final.citations:
        page = f" page {c.page}" if c.page else ""
        about = " · ".join(x for x in (c.title, c.outlet, c.date) if x)
        print(f"[{c.number}] {c.source} ({c.language}, score {c.score:.3f}) chars {c.start}-{c.end}{page}"
              + (f" — {about}" if about else ""))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_file

    summary = run_file(args.file, top_k=args.top_k, quiet=args.quiet, index=args.index,
                       retrieval_only=args.retrieval_only, mode=args.mode)
    print(json.dumps(summary))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .web import launch

    launch(host=args.host, port=args.port, auth=args.auth)
    return 0


def _top_k(text: str) -> int:
    try:
        return top_k_of(text, RetrievalSettings())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("top_k ")) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qa", description="Multilingual QA over your articles, with citations.")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("index", help="index a folder of .txt/.md/.html/.pdf/.docx files (incremental)")
    s.add_argument("path", nargs="?", type=Path, default=None,
                   help="default: QA_CORPUS_DIR (data/articles, from the working directory)")
    s.add_argument("--rebuild", action="store_true",
                   help="index from scratch into new collections; the old ones answer until it completes")
    s.add_argument("--strict", action="store_true", help="exit with status 1 when a file was skipped")
    s.add_argument("--watch", action="store_true",
                   help="keep running: index files as they arrive, change or disappear")
    s.add_argument("--poll", action="store_true",
                   help="with --watch: poll the folder instead of file events (network mounts)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    s.set_defaults(func=_cmd_index)

    s = sub.add_parser("ask", help="answer a question with citations")
    s.add_argument("question", nargs="+")
    s.add_argument("--json", action="store_true", help="print the whole Answer as JSON")
    s.add_argument("--mode", choices=["extractive", "llm"], default=None)
    s.add_argument("--top-k", type=_top_k, default=None, help="passages retrieved (1-50; default 5), with the chunks of up to twice as many nearest sentences")
    s.add_argument("--language", action="append", metavar="CODE",
                   help="answer only from articles in this language (ISO 639-1; repeatable)")
    s.add_argument("--file", action="append", metavar="NAME",
                   help="answer only from this indexed file (its name as `qa index` lists it; repeatable)")
    s.set_defaults(func=_cmd_ask)

    s = sub.add_parser("eval", help="score a JSONL question set (same metrics as shared/eval/score.py)")
    s.add_argument("file", type=Path)
    s.add_argument("--top-k", type=_top_k, default=5)
    s.add_argument("--index", type=Path, default=None, help="index this folder first")
    s.add_argument("--retrieval-only", action="store_true")
    s.add_argument("--mode", choices=["extractive", "llm"], default=None,
                   help="answer mode (LLM mode adds fallback rate, claims removed, time to first token)")
    s.add_argument("-q", "--quiet", action="store_true")
    s.set_defaults(func=_cmd_eval)

    s = sub.add_parser("serve", help="open the chat page")
    s.add_argument("--host", default=None, help="default 127.0.0.1; 0.0.0.0 needs --auth")
    s.add_argument("--port", type=int, default=None)
    s.add_argument("--auth", default=None, help="user:password")
    s.set_defaults(func=_cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        get_settings()
        return args.func(args)
    except BrokenPipeError:  # `qa ask … | head -1`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except KeyboardInterrupt:
        print("interrupted; run the same command again to finish (nothing is lost)", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user; -v shows the traceback
        if args.verbose:
            logging.exception("failed")
        print(f"qa: error: {_one_line(exc)}", file=sys.stderr)
        return 1


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return explain(exc)
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
