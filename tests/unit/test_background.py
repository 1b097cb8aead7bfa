"""The everyday text a question is held against (qa/answer/background.py)."""
from __future__ import annotations

import numpy as np

from qa.answer import background

from .fakes import FakeWordEmbedder


class _Down:
    """An embedder whose server is down."""

    calls = 0

    def embed_passages(self, texts):
        self.calls += 1
        raise ConnectionError("embedding server unreachable")


def test_everyday_text_is_in_every_answer_language():
    text = background.TEXT.read_text(encoding="utf-8")
    for word in ["the", "der", "les", "los", "il", "o", "și", "het", "się", "ir"]:
        assert f" {word} " in text, word
    assert len(background.sentences()) >= 200


def test_a_question_is_measured_against_the_nearest_everyday_sentence():
    embedder = FakeWordEmbedder()
    sentences = background.sentences()
    question = FakeWordEmbedder.query_vector(sentences[0])
    assert background.nearness(question, embedder) > 0.99  # the sentence itself
    other = FakeWordEmbedder.query_vector("zzzq xxyv qqwk vvjh kkzp wwqx")
    assert background.nearness(other, embedder) < 0.5  # words no sentence has (hash collisions aside)
    assert len(embedder.passages) == len(sentences)  # embedded once, then reused


def test_an_embedder_that_fails_declines_nothing_and_is_not_asked_on_every_question(caplog):
    down = _Down()
    assert background.nearness(np.ones(4, dtype=np.float32), down) == -1.0
    assert "not declined" in caplog.text
    assert background.nearness(np.ones(4, dtype=np.float32), down) == -1.0
    assert down.calls == 1


def test_everydayness_without_vectors_cannot_be_told():
    assert background.everydayness([None, None], FakeWordEmbedder()) is None


class _Cached(FakeWordEmbedder):
    """The fake embedder with a cache folder, as e5's is."""

    model_name = "fake"

    def __init__(self, folder):
        super().__init__()
        self.cache_dir = folder


def test_the_everyday_vectors_are_kept_between_runs_and_a_torn_file_is_embedded_again(tmp_path):
    texts = background.sentences()[:5]
    first = background._cached(_Cached(tmp_path), texts)
    again = _Cached(tmp_path)  # a later `qa ask`: a new process, a new embedder
    assert np.array_equal(background._cached(again, texts), first) and again.passages == []
    (saved,) = tmp_path.glob("background-*.npy")
    saved.write_bytes(b"torn")
    third = _Cached(tmp_path)
    assert np.array_equal(background._cached(third, texts), first) and len(third.passages) == 5
