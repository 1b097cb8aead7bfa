"""Whether a sentence written in the question's own language is about what the question asks.

The multilingual embedder scores a sentence in the asker's language higher than the same
content in another language: asked in Spanish who invented packet switching, a Spanish line
about a Super Bowl linebacker's sacks («A su vez, el liniero Mario Addison, consiguió 6
capturas y media.», .806) beats every sentence about networks. Across languages the words
cannot be compared, but within one they can: a sentence in the question's language that shares
no word with it (nor does the sentence before it, which may hold the subject a sentence leaves
implicit: "He received them in the port city") is near only by language, and is not quoted.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import stopwordsiso
from anyascii import anyascii

# Scripts written without spaces between words: a "word" there is a whole clause.
UNSPACED = frozenset({"zh", "ja", "th", "ko", "lo", "km", "my"})

_WORD = re.compile(r"\w+")
STEM = 5  # letters a word is compared by: inflections (Lavrovas, Lavrovo; vizita, vizitei) share them


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """The words a question and a sentence can share, folded to Latin letters: numbers of two
    digits or more, words of ``STEM`` letters or more by their first ``STEM``, capitalised
    names of three or more ("Kim", "Sky"). Cached: one question reads its own words once per
    candidate, and ``common`` has already read most candidates' (anyascii word by word)."""
    out = set()
    for w in _WORD.findall(text):
        folded = anyascii(w).lower()
        if folded.isdigit():
            if len(folded) >= 2:
                out.add(folded)
        elif len(folded) >= STEM:
            out.add(folded[:STEM])
        elif len(folded) >= 3 and w[:1].isupper():
            out.add(folded)
    return frozenset(out)


@lru_cache(maxsize=64)
def function_words(language: str | None) -> frozenset[str]:
    """The language's function words («sobre», «despre», «welke», «kuris») as ``words`` reads them:
    a sentence sharing only those with a question shares nothing it asks about. From the
    stopwords-iso lists (``stopwordsiso``); none for a language they lack."""
    if not language or not stopwordsiso.has_lang(language):
        return frozenset()
    # (capitalised: a question's first word is, and words of three or four letters count so)
    return frozenset().union(*(words(w.capitalize()) for w in stopwordsiso.stopwords(language)))


def common(texts: list[str], share: float, least: int = 8) -> frozenset[str]:
    """The words at least ``share`` of ``texts`` hold (of ``least`` texts or more): what a
    retrieved article is about (every sentence of it names Korea), which says nothing of whether
    one of its sentences answers."""
    if not share or len(texts) < least:
        return frozenset()
    counts: dict[str, int] = {}
    for t in texts:
        for w in words(t):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= share * len(texts))


def unrelated(question: str, language: str | None, text: str, text_language: str,
              context: Iterable[str] = (), topic: frozenset[str] = frozenset()) -> bool:
    """Is ``text`` written in the question's language (a spaced script) and shares no word with
    it, nor does any of ``context`` (the sentence before it), but the ``topic`` words
    (``common``) every sentence around shares?"""
    if not language or text_language != language or language in UNSPACED:
        return False
    asked = words(question) - topic - function_words(language)
    if not asked:
        return False
    return not any(asked & words(t) for t in (text, *context))
