"""Sides from files that do not report the same thing are no disagreement (``direct._apart``):
a side naming fewer of the question's names than another side, from another file, whose
sentence reads unlike that side's, is dropped. Made-up unit vectors stand in for e5's (.80 is
the floor: a fact told in two languages read .80 and more alike on the held-out halves)."""
from __future__ import annotations

import numpy as np

from qa.answer import values
from qa.answer.direct import Side, _apart
from qa.answer.evidence import Evidence
from qa.records import Passage, Sentence


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def side(text: str, source: str, language: str, vector, value: str) -> Side:
    s = Sentence(source=source, language=language, start=0, end=len(text), text=text, vector=unit(vector))
    ev = Evidence(s, Passage(source=source, language=language, text=text, score=0.8), 0.8, 0.8)
    at = text.index(value)
    return Side(ev, values.Value(value, at, at + len(value), "number", value))


QUESTION = "How long was Hadrian's Wall?"
WALL = side("La extensión del Muro de Adriano era de 117 km.", "xq22_es.txt", "es", [1, 0, 0], "117")


def test_a_side_from_an_unrelated_file_naming_nothing_asked_is_dropped():
    plague = side("The plague reached Marseille in 1347 and spread north.", "xq20_en.txt", "en", [0.3, 1, 0], "1347")
    assert float(plague.evidence.sentence.vector @ WALL.evidence.sentence.vector) < 0.80
    kept = _apart([plague, WALL], QUESTION, "en", 0.80)
    assert [s.value.text for s in kept] == ["117"]


def test_a_side_telling_the_same_fact_alike_stays_a_side():
    # Another file's translation of the wall's length: alike, though it spells no Hadrian.
    twin = side("Die Mauer war 118 km lang.", "xq05_de.txt", "de", [1, 0.2, 0], "118")
    assert float(twin.evidence.sentence.vector @ WALL.evidence.sentence.vector) >= 0.80
    kept = _apart([twin, WALL], QUESTION, "en", 0.80)
    assert [s.value.text for s in kept] == ["118", "117"]


def test_sides_naming_as_much_of_the_question_both_stay():
    # (neither spells a name of the question: nothing tells which file is about it)
    wall = side("La extensión del muro era de 117 km.", "xq22_es.txt", "es", [1, 0, 0], "117")
    other = side("The border ran 73 miles.", "xq07_en.txt", "en", [0, 0, 1], "73")
    kept = _apart([wall, other], QUESTION, "en", 0.80)
    assert len(kept) == 2
