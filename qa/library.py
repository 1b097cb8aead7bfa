"""The article library without a user interface: adding files to the corpus, listing the index.

The chat page's **Add articles** tab and its index table call these, and so can the CLI or a
script: nothing here imports Gradio or renders anything. Uploads are the only way a visitor
writes to the server's disk, so :func:`safe_name` and :func:`save_uploads` are written to keep
every file directly inside the corpus folder, whatever name it arrives with.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .components import store_for
from .documents import SUFFIXES
from .indexer import IndexReport, build_index
from .settings import Settings

log = logging.getLogger(__name__)

# English names of the languages the detector reports (ISO 639-1), for people reading a page or
# a listing; an unknown code is shown as itself. A table, not a library: lingua cost 96 MB for this.
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ms": "Malay", "nb": "Norwegian Bokmål",
    "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}


def language_name(code: str) -> str:
    """``"pt"`` -> ``"Portuguese"``; ``"und"`` or empty -> ``"unknown"``; other codes as given."""
    if not code or code == "und":
        return "unknown"
    return LANGUAGE_NAMES.get(code.lower(), code)


# ------------------------------------------------------------------------------- uploads


def safe_name(name: str) -> str | None:
    """A file name that can only land directly inside the corpus folder, or None.

    Directory parts (``../``, ``/``, ``\\``) are dropped, odd characters replaced, leading dots
    removed (no hidden files), and only the suffixes the indexer reads are allowed.
    """
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    base = re.sub(r"[^\w.\- ()]+", "_", base).strip(" .-_")
    if not base or "." not in base:
        return None
    stem, suffix = base.rsplit(".", 1)
    suffix = "." + suffix.lower()
    if suffix not in SUFFIXES or not stem.strip(" .-_"):
        return None
    return stem[:150] + suffix


class Uploads(NamedTuple):
    """The names saved into the corpus, and ``{name as given: reason}`` for those refused."""

    saved: list[str]
    refused: dict[str, str]


def save_uploads(files: list[tuple[Path, str]], corpus: Path) -> Uploads:
    """Copy uploaded ``(temporary path, file name)`` pairs into ``corpus``.

    Each file is written to a hidden temporary file in ``corpus`` and renamed into place, so a
    symlink planted under the target name is replaced, never followed.
    """
    corpus.mkdir(parents=True, exist_ok=True)
    root = corpus.resolve()
    done = Uploads([], {})
    for src, name in files:
        clean = safe_name(name)
        if clean is None:
            done.refused[str(name)] = "only .txt, .md, .html, .pdf and .docx files can be added"
            continue
        dest = root / clean
        if dest.parent != root:  # cannot happen after safe_name; belt and braces
            done.refused[str(name)] = "invalid file name"
            continue
        fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=root)
        try:
            with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
                while chunk := inp.read(1 << 20):
                    out.write(chunk)
            os.replace(tmp, dest)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            done.refused[str(name)] = f"could not be saved: {exc.strerror or exc}"
            continue
        if clean not in done.saved:
            done.saved.append(clean)
    return done


@dataclass(kw_only=True)
class Added:
    """What adding files did: the upload step, and the indexing run (None when nothing was saved)."""

    saved: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    report: IndexReport | None = None


# One indexing run at a time per process: two visitors uploading at once would otherwise embed
# and write the same corpus twice, concurrently.
_INDEX_LOCK = threading.Lock()


def add_articles(files: list[tuple[Path, str]], settings: Settings,
                 on_progress: Callable[[int, int, str], None] | None = None) -> Added:
    """Save ``(path, name)`` pairs into the corpus folder and index it incrementally.

    A failed indexing run is reported against the files just saved rather than raised: they
    are on disk, and the next run will pick them up.
    """
    corpus = Path(settings.index.corpus_dir)
    saved, refused = save_uploads(files, corpus)
    added = Added(saved=saved, refused=refused)
    if saved:
        with _INDEX_LOCK:
            try:
                added.report = build_index(corpus, settings=settings, progress=False, on_progress=on_progress)
            except Exception as exc:  # noqa: BLE001 - the caller shows it next to the files
                log.exception("indexing failed")
                added.refused.update({n: f"indexing failed: {exc}" for n in saved})
    return added


# ------------------------------------------------------------------------------- the index


@dataclass(frozen=True, kw_only=True)
class IndexedFile:
    """One file in the index: where it was indexed from, its language and how many passages."""

    source: str
    root: str
    language: str
    passages: int


_listed: dict[tuple, tuple[tuple, list["IndexedFile"]]] = {}  # place -> (state seen, listing)


def indexed_files(settings: Settings) -> list[IndexedFile]:
    """Every indexed file, sorted by folder then name (empty when there is no index yet).

    Reading every chunk's record costs ~1 s at 100k chunks, and the page asks every few
    seconds; so the listing is kept until the index changes (its generation marker, the
    collection that answers, its count)."""
    from .live import Marker

    store = store_for(settings)
    place = (str(settings.store.index_dir), settings.store.chroma_host, settings.store.chroma_port,
             settings.store.collection)
    state = (Marker(settings).signature(), store.name, store.count())
    if place in _listed and _listed[place][0] == state:
        return list(_listed[place][1])
    files = _list(store)
    _listed[place] = (state, files)
    return list(files)


def _list(store) -> list[IndexedFile]:
    counts: dict[tuple[str, str], int] = {}
    language: dict[tuple[str, str], str] = {}
    for chunk in store.stored_chunks():
        counts[chunk.file_key] = counts.get(chunk.file_key, 0) + 1
        language.setdefault(chunk.file_key, chunk.language)
    return [IndexedFile(source=source, root=root, language=language[root, source], passages=n)
            for (root, source), n in sorted(counts.items())]
