"""The everyday text a question is held against (qa/answer/background.py)."""
from __future__ import annotations

import numpy as np

from qa.answer import background

from .fakes import FakeWordEmbedder


class _Down:
    """An embedder whose server is down."""

    def embed_passages(self, texts):
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


def test_an_embedder_that_fails_declines_nothing(caplog):
    assert background.nearness(np.ones(4, dtype=np.float32), _Down()) == -1.0
    assert "not declined" in caplog.text
