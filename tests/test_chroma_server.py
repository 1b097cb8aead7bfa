"""The same indexing and retrieval against a real `chroma run` server (QA_CHROMA_HOST/PORT)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qa import build_index, retrieve
from qa.settings import Settings, get_settings

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    assert CHROMA.exists(), f"chromadb's `chroma` CLI is missing from {CHROMA.parent}"
    port = free_port()
    log = open(tmp_path / "chroma.log", "w+")
    server = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "server-data"), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, (tmp_path / "chroma.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "chroma server did not listen within 60 s"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        server.kill()
        server.wait(10)
        log.close()


DOCS = {
    "vilnius.txt": "Vilniaus senamiestis yra įtrauktas į UNESCO pasaulio paveldo sąrašą nuo 1994 metų.",
    "lisboa.txt": "O elétrico 28 atravessa os bairros históricos de Lisboa, da Graça até Campo de Ourique.",
}


def test_index_and_retrieve_through_a_chroma_server(chroma_server, tmp_path, monkeypatch):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("QA_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("QA_CHROMA_PORT", str(chroma_server))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "must-stay-unused"))
    get_settings.cache_clear()
    try:
        settings = Settings()
        report = build_index(corpus, settings=settings, progress=False)
        assert sorted(report.added) == sorted(DOCS) and report.chunks_total == 2
        again = build_index(corpus, settings=settings, progress=False)
        assert sorted(again.unchanged) == sorted(DOCS) and again.chunks_added == 0

        [best] = retrieve("Which tram line crosses the historic districts of Lisbon?", top_k=1)
        assert (best.source, best.language, best.text) == ("lisboa.txt", "pt", DOCS["lisboa.txt"])
        [best] = retrieve("Since when is Vilnius old town a UNESCO World Heritage site?", top_k=1)
        assert best.source == "vilnius.txt"
        assert not (tmp_path / "must-stay-unused").exists()
    finally:
        get_settings.cache_clear()
