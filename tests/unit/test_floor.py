"""A sentence just under the similarity floor still answers when it is of the answer's kind and
names the question's names (``qa.answer.extractive._anchoring``)."""
from __future__ import annotations

import pytest

from qa.answer.evidence import TUNING, Evidence
from qa.answer.extractive import _anchoring
from qa.records import Passage, Sentence

FLOOR = 0.78


def ev(text: str, sim: float, language: str = "de") -> Evidence:
    s = Sentence(source="a.txt", language=language, text=text)
    return Evidence(s, Passage(source="a.txt", language=language, text=text, score=sim), sim, sim)


WARSAW = "Die erste Warschauer Börse wurde im Jahr 1817 gegründet und bis zum Zweiten Weltkrieg weitergeführt."


@pytest.mark.parametrize("question", [
    "W którym roku powstała pierwsza giełda w Warszawie?",
    "In what year was the first stock exchange in Warsaw founded?",
])
def test_a_year_naming_the_asked_place_just_under_the_floor_answers(question):
    assert _anchoring(question, None, FLOOR, TUNING)(ev(WARSAW, 0.759))


@pytest.mark.parametrize("text, sim, question", [
    (WARSAW, 0.70, "In what year was the first stock exchange in Warsaw founded?"),  # too far under
    ("Die erste Börse wurde im Jahr 1817 gegründet.", 0.77, "In what year was the first stock exchange in Warsaw founded?"),  # no Warsaw
    ("Die Warschauer Börse liegt in der Altstadt.", 0.77, "In what year was the first stock exchange in Warsaw founded?"),  # no year
    (WARSAW, 0.77, "Who founded the first stock exchange in Warsaw?"),  # no figure or date asked
    (WARSAW, 0.77, "How many companies were listed in Warsaw?"),  # a year is no count
    ("Lavrov visited Pyongyang in November 2024.", 0.77, "On which dates did Lavrov visit Pyongyang?"),  # no day of a month
    ("On Monday Lavrov arrived in Moscow.", 0.77, "In what year did Lavrov first visit Moscow?"),  # no year
    ("Russia launched drones at Kyiv on 5 July.", 0.77, "How many drones did Russia launch at Kyiv?"),  # a day is no count
])
def test_under_the_floor_a_sentence_of_another_kind_or_naming_less_does_not(text, sim, question):
    assert not _anchoring(question, None, FLOOR, TUNING)(ev(text, sim, "en"))
