"""Shared fixtures: real Chroma, the real e5 engine, isolated from the developer's setup.

Embedding is what costs time (~12 s for the five bundled articles on 2 cores), so the bundled
articles are indexed once per session (``indexed``); a test that writes to a store gets its own
copy of that folder (``own_index``) or an empty store (``settings``) and embeds only small texts.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from qa import IndexReport, build_index
from qa.e5 import E5
from qa.components import embedder_for
from qa.settings import Settings, get_settings
from qa.store import Store
from llm_fixture import llm_server, llm_server_fresh  # noqa: E402,F401  (real local LLM server)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings(tmp_path_factory):
    """No QA_* variable or qa.toml of the developer's leaks in; nothing writes to ./index."""
    home = tmp_path_factory.mktemp("qa-env")
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith("QA_") or name == "OPENAI_API_KEY":
                mp.delenv(name)
        (home / "empty-qa.toml").write_text("", encoding="utf-8")
        mp.setenv("QA_CONFIG", str(home / "empty-qa.toml"))
        mp.setenv("QA_INDEX_DIR", str(home / "index"))
        mp.setenv("QA_CORPUS_DIR", str(ARTICLES))
        mp.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        get_settings.cache_clear()
        yield
    get_settings.cache_clear()


@dataclass
class Indexed:
    corpus: Path  # a frozen copy of data/articles: tests must not modify it
    settings: Settings
    report: IndexReport


@pytest.fixture(scope="session")
def indexed(tmp_path_factory) -> Indexed:
    """The bundled articles, indexed once per session into a temporary store."""
    base = tmp_path_factory.mktemp("bundled")
    corpus = shutil.copytree(ARTICLES, base / "articles")
    settings = Settings(index_dir=base / "index")
    return Indexed(corpus, settings, build_index(corpus, settings=settings, progress=False))


@pytest.fixture
def own_index(indexed, tmp_path) -> Settings:
    """A private copy of the session's store (same corpus folder, so nothing is re-embedded)."""
    copy = shutil.copytree(indexed.settings.store.index_dir, tmp_path / "index-copy")
    return Settings(index_dir=copy)


@pytest.fixture
def settings(tmp_path) -> Settings:
    """An empty store of the test's own."""
    return Settings(index_dir=tmp_path / "index")


@dataclass(frozen=True)
class Stored:
    id: str
    source: str
    text: str
    start: int
    end: int
    language: str


def stored_chunks(settings: Settings) -> list[Stored]:
    """Every chunk in the store, read back from Chroma."""
    col = Store(settings, embedder_for(settings), create=False).collection
    got = col.get(include=["documents", "metadatas"])
    return [
        Stored(cid, m["source"], text, m["start"], m["end"], m["language"])
        for cid, text, m in zip(got["ids"], got["documents"], got["metadatas"])
    ]


@pytest.fixture
def chunks_in():
    return stored_chunks


@pytest.fixture
def embedded_texts(monkeypatch) -> list[str]:
    """Every text the real e5 engine embeds as a passage during the test."""
    seen: list[str] = []
    real = E5.passage

    def spy(self, texts):
        seen.extend([texts] if isinstance(texts, str) else texts)
        return real(self, texts)

    monkeypatch.setattr(E5, "passage", spy)
    return seen
