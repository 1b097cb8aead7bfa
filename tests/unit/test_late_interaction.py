"""Token-level re-scoring of the best sentences (``qa.answer.late.rescore``).

A FAKE word embedder stands in for e5 (``fakes.FakeWordEmbedder``: a word matches only
itself); tests/test_embedding.py runs the real e5 token states."""
from __future__ import annotations

import pytest

from qa.answer.evidence import Evidence, Tuning
from qa.answer.late import rescore as _late_interaction
from qa.records import Passage, Sentence

from .fakes import FakeWordEmbedder


def ev(text: str, score: float, source: str = "a.txt") -> Evidence:
    s = Sentence(source=source, language="en", text=text, start=int(score * 1000), end=int(score * 1000) + len(text))
    p = Passage(source=source, language="en", text=text, score=score, chunk_id=f"{source}#{score}")
    return Evidence(s, p, sim=score, score=score)


def test_the_sentence_that_shares_the_question_words_moves_up_and_keeps_its_base_score():
    evidence = [ev("Moscow and Pyongyang deepened their ties", 0.86, "a.txt"),
                ev("Pyongyang sent Hwasong missiles to Moscow", 0.85, "b.txt"),
                ev("the weather was fine", 0.70, "c.txt")]
    _late_interaction("which Hwasong missiles did Pyongyang send", evidence, FakeWordEmbedder(), Tuning(late_top=3))
    assert [e.source for e in evidence] == ["b.txt", "a.txt", "c.txt"]
    assert [round(e.base, 2) for e in evidence] == [0.85, 0.86, 0.70]
    assert evidence[0].score == pytest.approx(0.85)  # the best late score adds nothing: scale kept
    assert evidence[0].late == pytest.approx(3 / 6)  # Hwasong, missiles, Pyongyang of 6 words ("sent" ≠ "send")


def test_sentences_past_the_head_keep_the_heads_lowest_late_score():
    evidence = [ev("Hwasong missiles", 0.90), ev("nothing shared", 0.89), ev("Hwasong missiles again", 0.50)]
    _late_interaction("Hwasong missiles", evidence, FakeWordEmbedder(), Tuning(late_top=2))
    tail = next(e for e in evidence if e.text == "Hwasong missiles again")
    assert tail.late == 0.0 and tail.score == pytest.approx(0.50 - 1.0)  # never scored: no lift over the head
    assert evidence[-1] is tail


def test_with_no_weight_the_order_and_scores_stay():
    evidence = [ev("a b", 0.9), ev("question words", 0.8)]
    _late_interaction("question words", evidence, FakeWordEmbedder(), Tuning(late_top=2, late_weight=0.0))
    assert [e.text for e in evidence] == ["a b", "question words"]
    assert all(e.lift == 0.0 for e in evidence)


def test_off_unless_the_settings_ask_for_it():
    from qa.answer.evidence import TUNING, tuning_for
    from qa.settings import Settings

    assert TUNING.late_top == 0 and tuning_for(Settings().answer) is TUNING
    assert tuning_for(Settings(token_rescore=4).answer).late_top == 4
