"""A reader's two guesses for a figure or a date (``qa.answer.guesses``): what they offer, and
whether the best sentences give either."""
from __future__ import annotations

import pytest

from qa.answer import guesses
from qa.answer.abstain import unanswerable
from qa.answer.evidence import Evidence, Tuning
from qa.records import Passage, Sentence


def ev(text: str, language: str) -> Evidence:
    s = Sentence(source="001.txt", language=language, text=text)
    return Evidence(s, Passage(source="001.txt", language=language, text=text, score=0.85), 0.85, 0.85)


@pytest.mark.parametrize("question, language, kind, values", [
    ("Was it about 3,000 or about 5,000 additional soldiers?", "en", "number", {"3000", "5000"}),
    ("Reisden er tien of twintig Russische functionarissen met Lavrov mee?", "nl", "number", {"10", "20"}),
    ("Ar Brandenburge apsigyveno 20 000 ar 40 000 hugenotų?", "lt", "number", {"20000", "40000"}),
    ("Kiek laiko truko vizitas – dvi ar trys dienos?", "lt", "number", {"2", "3"}),
    ("Sky Digital a fost lansat în 1998 sau în 2001?", "ro", "time", {"1998", "2001"}),
    ("Kim e Putin si sono visti nel giugno o nel luglio?", "it", "time", {"m6", "m7"}),
    ("Were there in 2023 500 or 600 soldiers?", "en", "number", {"500", "600"}),  # a year is no guess of a count
])
def test_guesses_on_both_sides_of_an_or_are_read(question, language, kind, values):
    assert guesses.offered(question, language) == (kind, frozenset(values))


@pytest.mark.parametrize("question, language", [
    ("How many people live in the Greater Los Angeles Area, one of two metropolitan areas?", "en"),
    ("Where did Lavrov meet Kim, in Pyongyang or in Wonsan?", "en"),  # places: not read here
    ("Em 2019 o clube tinha 30 jogadores?", "pt"),  # Portuguese «o» is an article
    ("Populația a crescut de 2 ori în 10 ani?", "ro"),  # Romanian «ori»: times
])
def test_no_guess_of_a_figure_or_date_is_offered(question, language):
    assert guesses.offered(question, language) is None


def test_a_guess_told_in_another_language_is_given():
    # «patru ore» (Romanian, four hours) answers "two hours or four?"
    assert not guesses.unsaid("L'entretien a-t-il duré deux heures ou quatre heures ?",
                              ["S-a întâlnit, în timpul unui lung interviu de patru ore, cu președintele rus."], "fr")
    assert not guesses.unsaid("Reisden er tien of twintig functionarissen mee?",
                              ["Twintig Russische functionarissen reisden mee."], "nl")


def test_guesses_no_sentence_gives_are_unsaid():
    assert guesses.unsaid("Reisden er tien of twintig functionarissen met Lavrov mee?",
                          ["Unele dintre cele mai puternice personalități din Rusia vor vizita Coreea de Nord."], "nl")
    assert not guesses.unsaid("Where did Lavrov meet Kim?", ["Nothing here."], "en")


def test_a_question_whose_guesses_no_best_sentence_gives_is_declined():
    top = [ev("Unele dintre cele mai puternice personalități din Rusia, inclusiv Sergey Lavrov, vor vizita Coreea de Nord.", "ro"),
           ev("Lavrov a călătorit la Pyongyang la invitația Ministerului Afacerilor Externe.", "ro")]
    assert unanswerable(top, "Reisden er tien of twintig Russische functionarissen met Lavrov mee?", language="nl")
    assert not unanswerable(top, "Reisden er tien of twintig Russische functionarissen met Lavrov mee?",
                            Tuning(guesses_unsaid=False), language="nl")
