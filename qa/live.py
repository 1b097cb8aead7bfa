"""Several processes, one index: one writer at a time, and readers that see what writers did.

*One writer.* Every indexing run holds a file lock for its index (``index_dir/.qa/<collection>.lock``;
for a Chroma server, one per server and collection in the cache folder, which covers writers on
this machine). A second writer waits, saying so, instead of interleaving its upserts and
deletes with the first one's (which could leave a file's old and new versions side by side, or
delete what the other had just stored). The lock is an OS lock: a writer killed with -9 frees it.

*Readers see writes.* Embedded Chroma keeps each process's vector index (HNSW) in memory, loaded
once: a process that opened the store does not see vectors another process added later (its
``get``/``count`` do, they read SQLite; its queries do not). So writers bump a *generation
marker* file after each write, and a reader that finds the marker changed (one ``stat``, ~5 µs,
before each question) opens a fresh Chroma system for the folder. Chroma shares one system per
folder within a process and has no public way to reopen it, so :func:`private_client` builds one
outside that cache; the old one is stopped a little later, after questions in flight finish.
A Chroma server keeps one state for all its clients, so there only the lock is needed.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .settings import Settings

log = logging.getLogger(__name__)

RETIRE_IDLE_S = 15.0  # a replaced reader system is stopped once unused this long (questions in flight)
# At most one marker write every 3 s while a run stores group after group (and one at its end):
# each write makes every reader reload the whole vector index on its next question.
BUMP_EVERY_S = 3.0


class IndexBusy(RuntimeError):
    """Another process held the index's writer lock for longer than ``lock_wait``."""


def _state_file(settings: Settings, suffix: str) -> Path:
    s = settings.store
    if s.chroma_host:  # nothing of ours belongs in a server's folder; the lock is per machine
        safe = "".join(ch if ch.isalnum() or ch in "-." else "_" for ch in f"{s.chroma_host}_{s.chroma_port}")
        return settings.index.cache_dir / "locks" / f"{safe}_{s.collection}{suffix}"
    return s.index_dir / ".qa" / f"{s.collection}{suffix}"


def where(settings: Settings) -> str:
    s = settings.store
    return f"{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(s.index_dir)


@contextmanager
def writer_lock(settings: Settings, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index's writer lock; if another process has it, say so once and wait."""
    from filelock import FileLock, Timeout

    path = _state_file(settings, ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # keep the file: deleting it on release lets a waiter lock an unlinked inode
        lock = FileLock(str(path), preserve_lock_file=True)
    except TypeError:  # filelock < 4 has no such option (and keeps Unix lock files anyway)
        lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        wait = settings.index.lock_wait
        message = f"another process is writing to the index at {where(settings)}; waiting for it to finish"
        (notify or log.warning)(message)
        try:
            lock.acquire(timeout=wait if wait > 0 else -1, poll_interval=0.2)
        except Timeout:
            raise IndexBusy(f"the index at {where(settings)} was still being written by another "
                            f"process after {wait:g} s; try again later") from None
    try:
        yield
    finally:
        lock.release()


class Marker:
    """The generation marker of an embedded index (absent for a Chroma server)."""

    def __init__(self, settings: Settings) -> None:
        self.path = None if settings.store.chroma_host else _state_file(settings, ".generation")
        self._last = 0.0

    def bump(self, force: bool = True) -> None:
        """Tell readers the index changed (atomically: write a new file, rename it over)."""
        if self.path is None or (not force and time.monotonic() - self._last < BUMP_EVERY_S):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(f"{time.time_ns()} {os.getpid()}\n")
        os.replace(tmp, self.path)
        self._last = time.monotonic()

    def signature(self) -> tuple | None:
        """What changes whenever a writer bumps (a new inode each time); None when absent."""
        if self.path is None:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)


_client_lock = threading.Lock()


def shared_client(path: Path, chroma_settings):
    """chromadb's PersistentClient, the one shared by the folder's clients in this process.
    chromadb's registry of systems is not thread-safe and :func:`private_client` edits it, so
    clients are made one at a time: a fresh-clone CI run saw a reader's client stop the system
    a watcher's indexing run was making («'RustBindingsAPI' object has no attribute 'bindings'»)."""
    import chromadb

    with _client_lock:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def private_client(path: Path, chroma_settings):
    """A PersistentClient on a Chroma system of its own (not shared with other clients of the
    folder in this process), so that it loads the index as it is on disk now. Returns
    ``(client, system)``; stop the system when done (:func:`retire`)."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient as Shared

    with _client_lock:
        ident = str(path)
        shared = Shared._identifier_to_system.pop(ident, None), Shared._identifier_to_refcount.pop(ident, None)
        try:
            client = chromadb.PersistentClient(path=ident, settings=chroma_settings)
            system = Shared._identifier_to_system.pop(client._identifier)
            Shared._identifier_to_refcount.pop(client._identifier, None)
        finally:
            if shared[0] is not None:  # give others back the shared one they had
                Shared._identifier_to_system[ident] = shared[0]
                Shared._identifier_to_refcount[ident] = shared[1] or 0
    return client, system


def retire(system, idle_of=None, idle: float = RETIRE_IDLE_S) -> None:
    """Stop a private Chroma system: now, or (``idle_of``: the Store that used it) once that
    Store has not been read for ``idle`` seconds, checked in a daemon thread. Each replaced
    system holds a whole vector index in memory, so they are not left to the garbage collector."""
    if system is None:
        return

    def stop() -> None:
        last = getattr(idle_of, "last_used", 0.0) if idle_of is not None else 0.0
        wait = idle - (time.monotonic() - last)
        if idle_of is not None and wait > 0:  # a question may still be using it
            timer = threading.Timer(wait, stop)
            timer.daemon = True
            timer.start()
            return
        try:
            system.stop()
        except Exception:  # noqa: BLE001 - already stopped; nothing to free
            log.debug("stopping a retired Chroma system failed", exc_info=True)

    stop()
