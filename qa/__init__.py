"""polyglot-qa: multilingual question answering over news articles, with checked citations.

    import qa
    qa.build_index("data/articles")      # incremental; returns an IndexReport
    qa.retrieve(question, top_k=5)       # -> list[Passage]
    qa.ask(question, history=None)       # -> Answer (text with [n], citations, checks)
"""
from .answer import Answer, Check, Citation, ask, ask_stream
from .indexer import IndexReport, build_index
from .records import Scope
from .retrieval import Passage, retrieve

__all__ = [
    "build_index", "retrieve", "ask", "ask_stream",
    "IndexReport", "Passage", "Answer", "Citation", "Check", "Scope",
]
