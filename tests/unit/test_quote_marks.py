"""A quoted sentence's own typographic quotation marks become ‹…›, so each «quote» ends at its »."""
from __future__ import annotations

import re

import pytest

from qa.answer.extractive import _quote


@pytest.mark.parametrize("sentence, shown", [
    ('Poetin stuurde zijn "warmste wensen" mee.', 'Poetin stuurde zijn "warmste wensen" mee.'),
    ("Er sagte: „Wir kommen“ und ging.", "Er sagte: ‹Wir kommen› und ging."),
    ("Il a dit « non » hier.", "Il a dit ‹ non › hier."),
    ("“Peace”, he said,   twice.", "‹Peace›, he said, twice."),
])
def test_nested_quotation_marks_become_single_guillemets(sentence, shown):
    assert _quote(sentence) == shown


def test_a_quote_with_inner_quotes_is_found_whole_by_a_quote_pattern():
    quoted = _quote("Hij zei: „ja“ en vertrok naar Pyongyang.")
    line = f"- a.txt (nl) reports: «{quoted}» [1]"
    assert re.findall(r"[«“\"„]([^»”\"“]*)[»”\"“]", line) == ["Hij zei: ‹ja› en vertrok naar Pyongyang."]
