"""Months and weekdays a text names, in the languages of the articles (``qa.answer.dates``)."""
from __future__ import annotations

from qa.answer import dates


def test_months_and_weekdays_are_told_apart():
    text = "Na quinta-feira, 11 de julho de 2024, Lavrov chegou; «Liepos 4–7 d.» diz outro artigo."
    assert dates.months(text) == {"m7"}
    assert dates.weekdays(text) == {"w4"}
    assert dates.months("No sábado, para uma visita de três dias.") == set()
    assert dates.weekdays("No sábado, para uma visita de três dias.") == {"w6"}
