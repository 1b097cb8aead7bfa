"""``qa index --watch PATH``: keep the index in line with a folder as files arrive, change or go.

File events come from watchfiles (Rust ``notify``: inotify, FSEvents, ReadDirectoryChangesW),
debounced so that a copy of 500 files, or an editor's save-rename-delete dance, is one run.
Where events do not work (network and container mounts, a missing inotify) it polls: the folder's
names, sizes and modification times every ``interval`` seconds. Each batch of changes runs the
ordinary incremental :func:`~qa.indexer.build_index`, which embeds only what changed, takes the
writer lock (a page upload meanwhile waits its turn) and bumps the generation marker, so a
running page shows the article count moving.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .documents import SUFFIXES
from .indexer import IndexReport, build_index
from .live import IndexBusy
from .settings import Settings, get_settings
from .store import StoreWriteError

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1500


def watch(path: str | Path | None = None, *, rebuild: bool = False, settings: Settings | None = None,
          progress: bool = True, notify: Callable[[str], None] | None = None,
          on_report: Callable[[IndexReport], None] | None = None, stop: threading.Event | None = None,
          poll: bool = False, interval: float = 2.0, debounce_ms: int = DEBOUNCE_MS) -> None:
    """Index ``path`` now, then again after each batch of changes, until ``stop`` is set (or
    Ctrl-C). A failing run (disk full, another writer holding on) is reported and watching goes on."""
    settings = settings or get_settings()
    root = Path(path) if path is not None else settings.index.corpus_dir
    say = notify or log.warning
    stop = stop or threading.Event()

    def run(rebuild_now: bool = False, catching_up: bool = False) -> None:
        try:
            report = build_index(root, rebuild=rebuild_now, settings=settings, progress=progress, notify=notify)
        except (StoreWriteError, IndexBusy) as exc:
            say(str(exc))
            return
        if on_report and not (catching_up and not (report.added or report.updated or report.removed)):
            on_report(report)  # (a catch-up that found nothing new says nothing)

    run(rebuild)
    say(f"watching {root} for changes (Ctrl-C to stop)")
    # The first batch is empty, once watching has begun: a file that arrived while the first
    # run indexed, before anything watched, is indexed then, not left out until it changes.
    for batch in changes(root, stop, poll=poll, interval=interval, debounce_ms=debounce_ms):
        run(catching_up=not batch)


def _relevant(path: str, root: Path) -> bool:
    p = Path(path)
    try:
        parts = p.relative_to(root).parts if root.is_dir() else (p.name,)
    except ValueError:
        parts = (p.name,)
    return p.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in parts)


def changes(root: Path, stop: threading.Event, *, poll: bool = False, interval: float = 2.0,
            debounce_ms: int = DEBOUNCE_MS) -> Iterator[set[str]]:
    """Batches of changed paths under ``root`` (only files the indexer reads), debounced; the
    first is empty and comes once watching has begun (what changed before it is not known)."""
    root = root.resolve()
    if not poll:
        try:
            import watchfiles

            live = False
            # A timeout yields an empty batch: the first one says the watcher is running.
            for batch in watchfiles.watch(root, debounce=debounce_ms, stop_event=stop, rust_timeout=1000,
                                          yield_on_timeout=True,
                                          watch_filter=lambda _change, p: _relevant(p, root)):
                if batch or not live:
                    live = True
                    yield {p for _, p in batch}
            return
        except ImportError:
            log.info("watchfiles is not installed; polling %s", root)
        except OSError as exc:  # inotify limit reached, unsupported file system…
            log.warning("file events unavailable for %s (%s); polling instead", root, exc)
    yield from _polled(root, stop, interval, debounce_ms)


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    files = [root] if root.is_file() else root.rglob("*")
    out = {}
    for p in files:
        try:
            if p.is_file() and _relevant(str(p), root):
                st = p.stat()
                out[str(p)] = (st.st_size, st.st_mtime_ns)
        except OSError:  # vanished between listing and stat
            continue
    return out


def _polled(root: Path, stop: threading.Event, interval: float, debounce_ms: int) -> Iterator[set[str]]:
    """Compare snapshots every ``interval`` s; a change is reported once the folder has been
    still for the debounce time (a file being copied keeps changing size)."""
    before = _snapshot(root)
    yield set()  # watching from here on
    while not stop.wait(interval):
        now = _snapshot(root)
        if now == before:
            continue
        while not stop.wait(debounce_ms / 1000):
            settled = _snapshot(root)
            if settled == now:
                break
            now = settled
        changed = {p for p in before.keys() | now.keys() if before.get(p) != now.get(p)}
        before = now
        if changed:
            yield changed
