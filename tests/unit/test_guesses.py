"""A reader's two guesses for a figure or a date (``qa.answer.guesses``): what they offer, and
whether the best sentences give either."""
from __future__ import annotations

import pytest

from qa.answer import guesses


@pytest.mark.parametrize("question, kind, values", [
    ("Was it about 3,000 or about 5,000 additional soldiers?", "number", {"3000", "5000"}),
    ("Reisden er tien of twintig Russische functionarissen met Lavrov mee?", "number", {"10", "20"}),
    ("Ar Brandenburge apsigyveno 20 000 ar 40 000 hugenotų?", "number", {"20000", "40000"}),
    ("Kiek laiko truko vizitas – dvi ar trys dienos?", "number", {"2", "3"}),
    ("Sky Digital a fost lansat în 1998 sau în 2001?", "time", {"1998", "2001"}),
    ("Kim e Putin si sono visti nel giugno o nel luglio?", "time", {"m6", "m7"}),
])
def test_guesses_on_both_sides_of_an_or_are_read(question, kind, values):
    assert guesses.offered(question) == (kind, frozenset(values))


@pytest.mark.parametrize("question", [
    "How many people live in the Greater Los Angeles Area, one of the two metropolitan areas?",
    "Where did Lavrov meet Kim, in Pyongyang or in Wonsan?",  # places: not read here
    "O ministro visitou o Kim em 2023 o que disse?",
])
def test_no_guess_of_a_figure_or_date_is_offered(question):
    assert guesses.offered(question) is None


def test_a_guess_told_in_another_language_is_given():
    # «patru ore» (Romanian, four hours) answers "two hours or four?"
    assert not guesses.unsaid("L'entretien a-t-il duré deux heures ou quatre heures ?",
                              ["S-a întâlnit, în timpul unui lung interviu de patru ore, cu președintele rus."])


def test_guesses_no_sentence_gives_are_unsaid():
    assert guesses.unsaid("Reisden er tien of twintig functionarissen met Lavrov mee?",
                          ["Unele dintre cele mai puternice personalități din Rusia vor vizita Coreea de Nord."])
    assert not guesses.unsaid("Where did Lavrov meet Kim?", ["Nothing here."])
