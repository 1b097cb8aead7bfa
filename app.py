"""Open the polyglot-qa chat page: ``python app.py [--host H] [--port P] [--auth user:password]``.

Listens on 127.0.0.1 unless told otherwise; any other address needs ``--auth`` (or ``QA_AUTH``).
Gradio's offline switches (no analytics, no Hugging Face look-ups) are set by :mod:`qa.web`
before it imports Gradio, so nothing here imports Gradio first.
"""
from __future__ import annotations

import argparse
import logging
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="polyglot-qa: the chat page over your articles.")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1; 0.0.0.0 needs --auth)")
    p.add_argument("--port", type=int, default=None, help="port (default 7860)")
    p.add_argument("--auth", default=None, help="user:password required to open the page (or QA_AUTH)")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from qa.web import launch

        launch(host=args.host, port=args.port, auth=args.auth)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user; -v shows the traceback
        if args.verbose:
            logging.exception("failed")
        lines = str(exc).strip().splitlines()
        print(f"app.py: error: {lines[0] if lines else type(exc).__name__}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
