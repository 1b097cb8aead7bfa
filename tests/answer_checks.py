"""What every answer must satisfy, whichever mode wrote it (shared by the answer tests)."""
from __future__ import annotations

import re
from pathlib import Path

from qa import Answer

MARKER = re.compile(r"\[(\d+)\]")


def assert_well_formed(answer: Answer, corpus: Path | dict[str, str]) -> None:
    """Every [n] points at a citation, citations are numbered 1…m, no sentence is quoted twice,
    and each citation's passage and quote are verbatim from its file at the offsets it gives.

    ``corpus`` is the folder the files were indexed from, or {file name: text} for passages
    that exist only in a test.
    """
    numbers = [c.number for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1)), numbers
    used = {int(n) for n in MARKER.findall(answer.text)}
    assert used <= set(numbers), f"{used - set(numbers)} cited in the text but not in citations"
    assert used == set(numbers), f"citations {set(numbers) - used} are never cited in the text"
    quoted = re.findall(r"«(.*?)»", answer.text)
    assert len(quoted) == len(set(quoted)), "the same words are quoted twice"
    for c in answer.citations:
        text = corpus[c.source] if isinstance(corpus, dict) else (corpus / c.source).read_text(encoding="utf-8")
        assert text[c.start : c.end] == c.text, c.source
        assert c.quote and c.quote in c.text, (c.source, c.quote)
        assert text[c.quote_start : c.quote_end] == c.quote, (c.source, c.quote_start, c.quote_end)
