"""Incremental indexing: folder → chunks → vectors → Chroma.

Each chunk carries the SHA-256 of its file and the number of chunks the file produced. A file
is *complete* in the store when all its chunks with its current hash are there. That single
rule makes every case come out right:

* unchanged and complete → nothing to do, nothing embedded;
* changed → new chunks are upserted, then the old hash's chunks are deleted;
* interrupted (Ctrl-C, kill -9) → the file is incomplete, so the next run embeds it again;
  chunk ids are deterministic (path, hash, position), so re-adding never duplicates;
* deleted from the folder → its chunks go.

What is embedded: each *sentence*, once. Retrieval matches questions against sentences and
ranks a chunk by its best one (``qa/retrieval.py``); a chunk's own vector is the mean of its
sentences' vectors, weighted by how much of each it holds. Embedding the chunks as well cost
twice the embedding time for no better ranking.

One bad file never stops a run: whatever fails inside one file (decoding, parsing, a splitter,
the file vanishing or changing while it is read) skips that file with the reason in the report;
its earlier chunks stay. Big files are read, split and stored in sections (``qa.loaders``), in
bounded memory. Only a failing *store write* (disk full, server gone) ends the run, with one
line saying what still answers.

One writer at a time per index (``qa.live``); each write bumps the index's generation marker so
that long-lived readers (the page) reload. ``rebuild`` fills new collections and switches to
them only when complete (``qa.store``).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from .components import embedder_for
from .documents import UnreadableFile, find_files
from .kinds import INSTRUCTION
from .live import Marker, writer_lock
from .loaders import SourceFile, fingerprint, open_source
from .prepare import plan_section, pooled, prepare_section, signature
from .records import Chunk, IndexReport, Sentence
from .settings import Settings, get_settings
from .store import Store, StoreWriteError

log = logging.getLogger(__name__)


GROUP_SENTENCES = 256  # sentences embedded and stored together (several small files at once)
Progress = Callable[[int, int, str], None]


@dataclass
class _Small:
    """A file read whole, its records built: stored with other small files in one group."""

    sf: SourceFile
    chunks: list[Chunk]
    sentences: list[Sentence]
    existed: bool


@dataclass
class _Big:
    """A file too big to hold: its chunk spans per section (pass 1), stored section by section."""

    sf: SourceFile
    spans: list[np.ndarray]
    n_sentences: int
    existed: bool


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnreadableFile):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200] if text else ''}".rstrip(": ")


def build_index(
    path: str | Path | None = None,
    rebuild: bool = False,
    settings: Settings | None = None,
    progress: bool = True,
    on_progress: Progress | None = None,
    notify: Callable[[str], None] | None = None,
) -> IndexReport:
    """Bring the store in line with the files under ``path`` (default: the bundled articles).

    Only what changed is embedded. Files outside ``path`` that were indexed from another folder
    are left alone, so several folders can share one store. ``notify`` hears, once, that another
    writer holds the index and this run waits for it. Raises :class:`StoreWriteError` when a
    write fails; a file that cannot be indexed is only reported (``report.skipped``).
    """
    settings = settings or get_settings()
    root = Path(path) if path is not None else settings.index.corpus_dir
    if not root.exists():
        raise FileNotFoundError(f"no such folder: {root}")
    t0 = time.perf_counter()
    report = IndexReport(root=str(root), rebuilt=rebuild)
    marker = Marker(settings)
    with writer_lock(settings, notify):
        store = Store(settings, embedder_for(settings), rebuild=rebuild, private=True)
        try:
            store.drop_leftovers()
            _Run(store, settings, root, report, marker, progress, on_progress).run()
            if store.staging:
                store.publish()
            report.chunks_total = store.count()
        finally:
            store.close()
            marker.bump()
    report.seconds = time.perf_counter() - t0
    log.info("index %s: %s", root, report.summary())
    return report


class _Run:
    """One indexing run: plan (hash, read, split), then embed and store, then remove."""

    def __init__(self, store: Store, settings: Settings, root: Path, report: IndexReport,
                 marker: Marker, progress: bool, on_progress: Progress | None) -> None:
        self.store, self.settings, self.root, self.report = store, settings, root, report
        self.marker, self.on_progress = marker, on_progress
        self.root_key = str(root.resolve())
        self.show_progress = progress
        self.done = self.total = 0

    def skip(self, source: str, exc: BaseException | str) -> None:
        self.report.skipped[source] = exc if isinstance(exc, str) else _reason(exc)
        log.info("skipped %s: %s", source, self.report.skipped[source])  # the report lists it

    def run(self) -> None:
        self.prep = signature()
        versions = self.store.file_versions(self.root_key, self.prep)
        stale = sorted(src for src, have in versions.items() if any(h[2] for h in have.values()))
        if stale:
            log.info("%d file(s) were prepared by another version of this code or its language "
                     "detectors: indexing them again", len(stale))
        small, big, seen = self.plan(versions)
        self.total = sum(len(it.sentences) for it in small) + sum(b.n_sentences for b in big)
        self.bar = tqdm(total=self.total, desc="embedding", unit="text",
                        disable=not self.show_progress or self.total == 0)
        try:
            group: list[_Small] = []
            for item in small:
                group.append(item)
                if sum(len(it.sentences) for it in group) >= GROUP_SENTENCES:
                    self.store_group(group, versions)
                    group = []
            if group:
                self.store_group(group, versions)
            for item in big:
                self.store_big(item, versions)
        finally:
            self.bar.close()
        for source in sorted(set(versions) - seen):
            self.store.delete_file(self.root_key, source)
            self.report.removed.append(source)
            self.report.chunks_removed += sum(n for n, *_ in versions[source].values())
            self.marker.bump(force=False)

    def plan(self, versions: dict) -> tuple[list[_Small], list[_Big], set[str]]:
        """Hash every file; read and split the new and changed ones. Whatever fails is skipped."""
        ix = self.settings.index
        small: list[_Small] = []
        big: list[_Big] = []
        seen: set[str] = set()
        for file in find_files(self.root):
            source = file.name if self.root.is_file() else file.relative_to(self.root).as_posix()
            seen.add(source)
            have = versions.get(source, {})
            try:
                size, sha, data = fingerprint(file, int(ix.max_file_mb * 1e6))
                held = have.get(sha)
                if held and held[0] == held[1] and not held[2] and len(have) == 1:
                    self.report.unchanged.append(source)
                    continue
                if held and held[2]:  # same file, prepared otherwise: its ids would be reused
                    self.store.delete_file(self.root_key, source, only_sha=sha)
                    self.report.chunks_removed += held[0]
                sf = open_source(file, self.root, source, size, sha, data)
                if sf.streamed:
                    big.append(self.plan_big(sf, bool(have)))
                else:
                    small.append(self.prepare_whole(sf, bool(have)))
            except FileNotFoundError:
                seen.discard(source)  # gone since the folder was listed: removed below
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the run
                self.skip(source, exc)
        big.sort(key=lambda b: b.sf.size)
        return small, big, seen

    def plan_big(self, sf: SourceFile, existed: bool) -> _Big:
        """A big file's first pass: its chunk spans and sentence count, section by section."""
        ix = self.settings.index
        planned = []
        with tqdm(total=sf.size, desc=f"reading {sf.source}", unit="B", unit_scale=True,
                  disable=not self.show_progress) as bar:
            for _, text in sf.sections():
                planned.append(plan_section(text, ix.chunk_size, ix.chunk_overlap))
                bar.update(len(text))
        return _Big(sf, [p[0] for p in planned], sum(p[1] for p in planned), existed)

    def prepare_whole(self, sf: SourceFile, existed: bool) -> _Small:
        ix = self.settings.index
        chunks: list[Chunk] = []
        sentences: list[Sentence] = []
        for offset, text in sf.sections():
            c, s = prepare_section(sf, offset, text, len(chunks), len(sentences), 0,
                                   ix.chunk_size, ix.chunk_overlap)
            chunks += c
            sentences += s
        if not chunks:
            raise UnreadableFile("no text")
        for c in chunks:
            c.n_chunks = len(chunks)
        self.flag(sf.source, sentences)
        return _Small(sf, chunks, sentences, existed)

    def flag(self, source: str, sentences: list[Sentence]) -> None:
        said = next((x.text for x in sentences if x.kind == INSTRUCTION), None)
        if said and source not in self.report.flagged:  # never quoted nor prompted (qa.kinds)
            self.report.flagged[source] = f"text addressed to an AI assistant: «{said[:80]}»"

    def embed(self, sentences: list[Sentence]) -> np.ndarray:
        embedder = self.store.embedder
        parts: list[np.ndarray] = []
        batch = embedder.embed_batch_size
        for i in range(0, len(sentences), batch):
            part = sentences[i : i + batch]
            parts.append(embedder.embed_passages([s.text for s in part]))
            self.bar.update(len(part))
            self.done += len(part)
            if self.on_progress:
                self.on_progress(self.done, self.total, part[-1].source)
        return np.concatenate(parts) if parts else np.zeros((0, embedder.dimension), np.float32)

    def write(self, chunks: list[Chunk], sentences: list[Sentence], vectors: np.ndarray) -> None:
        """Store records of one or more files (their sentences' vectors pooled into chunks')."""
        by_file: dict[tuple[str, str], tuple[list[Chunk], list[int]]] = {}
        for c in chunks:
            by_file.setdefault((c.source, c.sha256), ([], []))[0].append(c)
        for i, s in enumerate(sentences):
            by_file.setdefault((s.source, s.sha256), ([], []))[1].append(i)
        ordered: list[Chunk] = []
        chunk_vectors: list[list[float]] = []
        for mine, rows in by_file.values():
            chunk_vectors += pooled(mine, [sentences[i] for i in rows], vectors[rows], self.store.embedder)
            ordered += mine
        self.store.add(ordered, chunk_vectors, sentences, vectors.tolist(), self.prep)
        self.marker.bump(force=False)

    def finish(self, sf: SourceFile, n_chunks: int, existed: bool, versions: dict) -> None:
        if existed:
            self.store.delete_file(self.root_key, sf.source, keep_sha=sf.sha256)
            self.report.chunks_removed += sum(n for sha, (n, *_) in versions.get(sf.source, {}).items()
                                              if sha != sf.sha256)
        self.report.chunks_added += n_chunks
        (self.report.updated if existed else self.report.added).append(sf.source)

    def store_group(self, group: list[_Small], versions: dict) -> None:
        """Embed and store small files together; if that fails for a reason other than the
        store, try them one by one so that only the culprit is skipped."""
        try:
            sentences = [s for it in group for s in it.sentences]
            self.write([c for it in group for c in it.chunks], sentences, self.embed(sentences))
        except StoreWriteError:
            raise
        except Exception as exc:  # noqa: BLE001
            if len(group) == 1:
                self.skip(group[0].sf.source, exc)
                return
            for item in group:
                self.store_group([item], versions)
            return
        for it in group:
            self.finish(it.sf, len(it.chunks), it.existed, versions)

    def store_big(self, item: _Big, versions: dict) -> None:
        """Store a big file section by section; on any failure drop what was stored of it."""
        ix, sf = self.settings.index, item.sf
        n_chunks = sum(len(s) for s in item.spans)
        first_chunk = first_sentence = 0
        try:
            for k, (offset, text) in enumerate(sf.sections()):
                spans = [(int(a), int(b)) for a, b in item.spans[k]] if k < len(item.spans) else []
                chunks, sentences = prepare_section(sf, offset, text, first_chunk, first_sentence,
                                                    n_chunks, ix.chunk_size, ix.chunk_overlap, spans)
                if chunks:
                    self.flag(sf.source, sentences)
                    self.write(chunks, sentences, self.embed(sentences))
                first_chunk += len(chunks)
                first_sentence += len(sentences)
            if first_chunk != n_chunks or not n_chunks:
                raise UnreadableFile("changed while being indexed (the next run indexes the new version)")
        except StoreWriteError:
            raise
        except Exception as exc:  # noqa: BLE001 - skipped; its partial version is dropped
            self.skip(sf.source, exc)
            self.store.delete_file(self.root_key, sf.source, only_sha=sf.sha256)
            return
        self.finish(sf, n_chunks, item.existed, versions)
