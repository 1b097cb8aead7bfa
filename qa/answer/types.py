"""What an answer is: text with ``[n]`` markers, the citations they point to, and the checks."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Citation:
    """Passage ``number`` as cited by ``[number]`` in the answer text.

    ``quote`` is the sentence the answer relies on (verbatim from the passage) and
    ``quote_start``/``quote_end`` its character span in the source file, so a page can
    highlight exactly what was cited.
    """

    number: int
    source: str
    language: str
    text: str
    score: float
    start: int = 0
    end: int = 0
    quote: str = ""
    quote_start: int = 0
    quote_end: int = 0
    root: str = ""


@dataclass
class Check:
    """One thing the citation checker or the answerer did that a reader should know."""

    kind: str  # removed_citation | reassigned_citation | fallback | conflict | truncated | notice
    message: str
    number: int | None = None


@dataclass
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    mode: str = "extractive"
    language: str = "en"
    question: str = ""

    @property
    def abstained(self) -> bool:
        return not self.citations

    def to_dict(self) -> dict:
        return asdict(self)
