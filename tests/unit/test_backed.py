"""A direct answer line needs the best sentence's backing (``extractive._backed``), unless the best
sentence's every figure counts another kind of thing than the question asks about."""
from __future__ import annotations

from qa.answer import values
from qa.answer.direct import Side
from qa.answer.evidence import Evidence
from qa.answer.extractive import _backed
from qa.records import Passage, Sentence


def _ev(text: str, language: str, source: str, score: float) -> Evidence:
    s = Sentence(source=source, language=language, text=text)
    return Evidence(s, Passage(source=source, language=language, text=text, score=score), score, score)


SHELLS = "Wie viele Artilleriegranaten hat Nordkorea laut UN-Bericht an Russland geliefert?"
SOLDIERS = _ev("CNN meldde dat Noord -Korea aan het begin van het jaar minstens 3.000 andere soldaten naar Rusland stuurde.",
               "nl", "003.txt", 0.864)
REPORT = _ev("Un raport al ONU a declarat că Pyongyang a trimis 9 milioane de gloanțe de artilerie în Rusia.",
             "ro", "001.txt", 0.812)


def _side(ev: Evidence) -> Side:
    return Side(ev, values.extract(ev.text, "number")[0])


def test_a_best_sentence_counting_other_things_does_not_hold_back_the_line():
    # The best sentence counts soldiers; the question counts shells: the report's figure is the line.
    assert _backed(SOLDIERS, [_side(REPORT)], 0.01, SHELLS)


def test_a_best_sentence_of_the_asked_kind_or_of_no_known_kind_still_decides():
    wounded = "Hoeveel soldaten raakten gewond?"  # soldiers asked: the 3.000 sentence is about them
    assert not _backed(SOLDIERS, [_side(REPORT)], 0.01, wounded)
    plain = _ev("Pyongyang a trimis 220 de tunuri.", "ro", "004.txt", 0.9)  # guns: no kind the question counts, nor another known
    assert not _backed(plain, [_side(REPORT)], 0.01, SHELLS)
