"""A citation holds its whole quote, also where the chunker cut inside the sentence."""
from __future__ import annotations

from qa.records import Citation, Passage, Sentence

FILE = "First sentence here. Lavrov went to Pyongyang „at the invitation” of the ministry. Last one."


def _span(cls, start: int, end: int, **kw):
    return cls(source="a.txt", language="en", text=FILE[start:end], start=start, end=end, **kw)


def test_a_quote_that_starts_before_its_chunk_is_cited_whole():
    quote_start = FILE.index("Lavrov")
    quote_end = FILE.index(" Last")
    passage = _span(Passage, FILE.index("Pyongyang"), len(FILE), chunk_id="c2")  # cut inside the sentence
    c = Citation.cite(1, passage, _span(Sentence, quote_start, quote_end))
    assert c.quote in c.text
    assert FILE[c.start:c.end] == c.text and c.start == quote_start and c.end == len(FILE)


def test_a_quote_that_ends_after_its_chunk_is_cited_whole():
    quote_start, quote_end = FILE.index("Lavrov"), FILE.index(" Last")
    passage = _span(Passage, 0, FILE.index("„"), chunk_id="c1")
    c = Citation.cite(1, passage, _span(Sentence, quote_start, quote_end))
    assert c.quote in c.text and FILE[c.start:c.end] == c.text and (c.start, c.end) == (0, quote_end)


def test_a_quote_inside_its_chunk_leaves_the_chunk_as_it_is():
    passage = _span(Passage, 0, len(FILE), chunk_id="c1")
    c = Citation.cite(1, passage, _span(Sentence, 0, FILE.index(" Lavrov")))
    assert (c.start, c.end, c.text) == (0, len(FILE), FILE)
