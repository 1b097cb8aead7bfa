"""What an answer is: text with ``[n]`` markers, the citations they point to, and the checks;
and the one small interface every way of answering implements."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import ClassVar, Protocol

from ..records import Citation
from ..retrieval import Retrieval
from ..settings import Settings

__all__ = ["Answer", "Answerer", "Check", "Citation", "Claim", "Question"]


@dataclass(frozen=True)
class Check:
    """One thing the citation checker or the answerer did that a reader should know."""

    kind: str  # removed_citation | reassigned_citation | added_citation | removed_claim | fallback | declined | conflict | flagged | truncated | notice
    message: str
    number: int | None = None


@dataclass(frozen=True)
class Claim:
    """A sentence of a generated answer as the citation checker kept it, and the numbers of
    the citations it carries: each citation's ``quote`` is the sentence that supports it."""

    text: str
    cited: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    mode: str = "extractive"
    language: str = "en"
    question: str = ""
    claims: list[Claim] = field(default_factory=list)  # LLM mode: the model's checked sentences

    @property
    def abstained(self) -> bool:
        return not self.citations

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Question:
    """A question as the answerers see it: cleaned, its language known, its conversation."""

    text: str
    language: str
    history: tuple[tuple[str, str], ...] = ()  # (user, assistant) turns, oldest first
    notices: tuple[Check, ...] = ()  # said before any answer (the question was truncated)


class Answerer(Protocol):
    """A way of answering. ``qa.ask`` asks it what to search for, retrieves once, and hands it
    the :class:`Retrieval`; it yields text pieces for a page to show while it works, then the
    final :class:`Answer` (which is authoritative)."""

    mode: ClassVar[str]

    def __init__(self, settings: Settings) -> None: ...

    def query(self, question: Question) -> str:
        """What to search the articles with (a follow-up made standalone)."""
        ...

    def answer(self, question: Question, found: Retrieval) -> Iterator[str | Answer]: ...
