"""Serving the page: who may reach it, how it looks, and loading the models before the first visitor.

The page listens on loopback unless told otherwise, and any other address needs a password.
Nothing is loaded from outside the machine: the theme uses system fonts, and the page's own CSS
and JavaScript are files in ``static/`` (shipped as package data) inlined into the page.
"""
from __future__ import annotations

import ipaddress
import logging
import time
from pathlib import Path

import gradio as gr

from ..answer import ask_stream, background
from ..answer.i18n import load_detectors
from ..components import embedder_for
from ..settings import Settings, get_settings
from .page import build

log = logging.getLogger(__name__)

MAX_UPLOAD = "20mb"
STATIC = Path(__file__).with_name("static")


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``(user, password)``; the password may contain colons."""
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise ValueError("--auth must be user:password (both non-empty)")
    return user, password


def is_loopback(host: str) -> bool:
    """Only this machine can connect to ``host`` (so no password is needed)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def theme() -> gr.themes.Base:
    """Gradio's default look with system fonts: the default themes would fetch web fonts."""
    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    )


def warm_up(settings: Settings) -> None:
    """Load the embedder, the store and the language detectors before the first visitor."""
    t0 = time.perf_counter()
    try:
        load_detectors()  # first: an empty index stops the warm-up at the question below
        background.vectors(embedder_for(settings))  # ~1.5 s, else paid by the first question
        for _ in ask_stream("warm-up: which articles are indexed?", settings=settings, mode="extractive"):
            pass
        log.info("warmed up in %.1f s", time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - an empty index is fine: the page says so
        log.warning("warm-up: %s", exc)


def launch(host: str | None = None, port: int | None = None, auth: str | None = None, *,
           block: bool = True, settings: Settings | None = None) -> gr.Blocks:
    """Serve the page. Loopback only unless ``host`` says otherwise, and then only with auth.

    ``auth`` is ``"user:password"`` (default: the ``web.auth`` setting, ``QA_AUTH``).
    """
    settings = settings or get_settings()
    host = host or settings.web.host
    port = port or settings.web.port
    credentials = parse_auth(auth or settings.web.auth)
    if not is_loopback(host) and credentials is None:
        raise ValueError(
            f"refusing to serve on {host} without a password: pass --auth user:password (or set QA_AUTH)"
        )
    warm_up(settings)
    demo = build(settings)
    demo.queue(default_concurrency_limit=settings.web.concurrency, max_size=max(64, 32 * settings.web.concurrency))
    demo.launch(
        server_name=host,
        server_port=port,
        auth=credentials,
        auth_message="polyglot-qa: sign in" if credentials else None,
        theme=theme(),
        css=(STATIC / "page.css").read_text(encoding="utf-8"),
        head=f"<script>\n{(STATIC / 'page.js').read_text(encoding='utf-8')}</script>\n",
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        share=False,
        footer_links=["api", "settings"],
        run_history=False,
        max_file_size=MAX_UPLOAD,
        prevent_thread_lock=not block,
        inbrowser=False,
        quiet=False,
    )
    return demo
