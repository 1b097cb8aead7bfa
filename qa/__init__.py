"""polyglot-qa: multilingual question answering over news articles, with checked citations."""
from .indexer import IndexReport, build_index
from .retrieval import Passage, retrieve

__all__ = ["build_index", "retrieve", "IndexReport", "Passage"]
