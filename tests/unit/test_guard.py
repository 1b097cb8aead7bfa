"""The unit layer's promise: nothing in it can load e5's weights or open a Chroma store."""
from __future__ import annotations

import pytest

from qa.components import embedder_for
from qa.e5 import E5
from qa.settings import Settings
from qa.store import Store

from .fakes import FakeWordEmbedder


def test_the_e5_model_cannot_be_built_or_run_here(tmp_path):
    with pytest.raises(RuntimeError, match="must not use the e5 model"):
        E5(cache_dir=tmp_path)
    # The shared builder may hold an engine that a slower test of the same run loaded: using it
    # must fail as well.
    with pytest.raises(RuntimeError, match="must not use the e5 model"):
        embedder_for(Settings(index_dir=tmp_path / "index")).get_query_embedding("Wo traf Lawrow Kim?")


@pytest.mark.parametrize("where", [{}, {"chroma_host": "127.0.0.1", "chroma_port": 8000}])
def test_no_chroma_store_can_be_opened_here(tmp_path, where):
    with pytest.raises(RuntimeError, match="must not use Chroma"):
        Store(Settings(index_dir=tmp_path / "index", **where), FakeWordEmbedder(), create=False)
