"""The fast unit layer: pure functions and hand-made records, no e5 weights and no Chroma.

Every test here is marked ``unit`` (``pytest -m unit``). The ``_no_model_no_store`` guard makes
any attempt to build or run the real embedder, or to open a Chroma client, fail the test at
once, so a test that quietly starts depending on them cannot stay in this layer.

Where the citation checker needs vectors, ``fakes.FakeWordEmbedder`` stands in for e5; the real
embedder is exercised by ``tests/test_citations.py``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

UNIT_DIR = Path(__file__).resolve().parent


def pytest_configure(config):
    # pyproject.toml (owned by the packaging work) should list it as well:
    #   markers = [..., "unit: fast tests with no e5 or Chroma"]
    config.addinivalue_line("markers", "unit: fast tests with no e5 or Chroma")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every test in this folder is a unit test (before ``-m`` deselects anything)."""
    for item in items:
        if Path(item.path).resolve().is_relative_to(UNIT_DIR):
            item.add_marker(pytest.mark.unit)


class _Forbidden(RuntimeError):
    pass


def _forbid(what: str):
    def refuse(*args, **kwargs):
        raise _Forbidden(f"unit tests must not use {what}")
    return refuse


@pytest.fixture(autouse=True)
def _no_model_no_store(monkeypatch):
    """No e5 (neither building one nor running one already built) and no Chroma client."""
    import chromadb

    from qa.e5 import encoder

    for name in ("__init__", "encode", "query", "passage", "_session"):
        monkeypatch.setattr(encoder.E5, name, _forbid(f"the e5 model (E5.{name})"))
    for name in ("PersistentClient", "HttpClient", "EphemeralClient", "Client", "AsyncHttpClient", "CloudClient"):
        if hasattr(chromadb, name):
            monkeypatch.setattr(chromadb, name, _forbid(f"Chroma (chromadb.{name})"))
