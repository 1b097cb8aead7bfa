"""A direct answer's first value is of the event the question asks about (``direct.tells_asked``):
"On what date was the defence pact signed?" is not dated by a sentence telling of no signing."""
from __future__ import annotations

import pytest

from qa.answer import values
from qa.answer.direct import Side, tells_asked, told
from qa.answer.evidence import Evidence
from qa.records import Passage, Sentence


def evidence(text: str, language: str) -> Evidence:
    s = Sentence(source=f"{language}.txt", root="/x", language=language, text=text, start=0, end=len(text))
    return Evidence(s, Passage(source=s.source, language=language, text=text, score=0.8, chunk_id="c"), 0.8, 0.8)


@pytest.mark.parametrize("question, want, text, language, tells", [
    ("On what date was the defence pact signed?", "time", "Relațiile au fost reînnoite în 2022.", "ro", False),
    ("On what date was the defence pact signed?", "time", "Lavrov va călători în perioada 11 - 13 iulie.", "ro", False),
    ("On what date was the defence pact signed?", "time", "Kim și Putin au semnat pactul în iunie 2024.", "ro", True),
    ("Wann wurde der Verteidigungspakt unterzeichnet?", "time", "Het pact werd in juni 2024 getekend.", "nl", True),
    ("Wann wurde der Verteidigungspakt unterzeichnet?", "time", "Lavrov reist van 11 tot 13 juli naar Pyongyang.", "nl", False),
    # a population is told by its figure alone: «18.189 Protestanten» lived in Warsaw
    ("How many Protestants lived in Warsaw in 1909?", "number", "In 1909 waren er 18.189 protestanten in Warschau.", "nl", True),
    ("How many drones were launched on Wednesday?", "number", "Miercuri au fost lansate 728 de drone.", "ro", True),
    # a language whose words for the event are not known: not judged
    ("On what date was the defence pact signed?", "time", "Tarihinde 2022 yılında.", "xx", True),
])
def test_the_first_value_is_of_the_event_asked(question, want, text, language, tells):
    assert tells_asked(question, want, evidence(text, language)) is tells


def _side(text: str, language: str) -> Side:
    return Side(evidence(text, language), values.extract(text, "time")[0])


def test_the_sides_telling_the_event_asked_answer_where_any_does():
    market = _side("En el momento de su apertura en 1835 se dijo que era uno de los mercados más grandes.", "es")
    exchange = _side("Die erste Warschauer Börse wurde im Jahr 1817 gegründet.", "de")
    question = "Em que ano foi fundada a primeira bolsa de valores de Varsóvia?"
    assert [s.value.key for s in told(question, "time", [market, exchange])] == ["1817"]
    # … and where none does, the sides are left as they are (the line's own test then decides)
    assert told(question, "time", [market]) == [market]
