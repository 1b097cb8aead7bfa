"""The few framing words an answer needs, in the asker's language.

Quotes stay in their source language; only these phrases are translated. Languages without an
entry fall back to English. ``{src}`` is the file name, ``{lang}`` the passage's language code,
``{n}`` a number. The table is ``phrases.json`` next to this module (package data
``answer/*.json``).
"""
from __future__ import annotations

import json
from pathlib import Path

from ..documents import detect_language

PHRASES: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "phrases.json").read_text(encoding="utf-8"))
"""Language code -> key -> phrase, from ``phrases.json`` next to this module (read once, at import)."""

# Detected or requested codes whose speakers read one of the tables in phrases.json.
ALIASES: dict[str, str] = {
    "no": "nb", "nn": "nb",    # Norwegian (macrolanguage), Nynorsk -> Bokmål
    "iw": "he", "in": "id",    # pre-1989 ISO codes for Hebrew and Indonesian
    "ms": "id",                # Malay reads Indonesian
    "bs": "hr", "sh": "hr",    # Bosnian, Serbo-Croatian -> Croatian (Latin script)
    "mo": "ro",                # Moldovan
}


def table_language(language: str) -> str:
    """The code whose table serves ``language``: "zh-Hans"/"zh_CN" -> "zh", "no"/"nn" -> "nb",
    "pt-BR" -> "pt"; any other code comes back as it was (lower case, base only if region-tagged)."""
    code = (language or "").strip().replace("_", "-").lower()
    if code in PHRASES:
        return code
    base = code.split("-", 1)[0]
    return base if base in PHRASES else ALIASES.get(base, base)


def phrase(language: str, key: str, **kw: object) -> str:
    table = PHRASES.get(table_language(language), PHRASES["en"])
    return table.get(key, PHRASES["en"][key]).format(**kw)


def question_language(question: str) -> str:
    """ISO 639-1 code of the question's language (English when unsure).

    fastText's lid.176 "lite" model (``qa.documents.detect_language``): on 185 questions in 15
    languages it labelled 184 right, where lingua's high-accuracy mode got 183 for +270 MB and
    10 ms a question, and its low-accuracy mode 171 (English questions full of names: French).
    Where fastText is unsure (a short question between close languages: «Quem comentou o
    ataque…» at .47 Spanish), lingua, loaded for just those languages, decides. Codes that share
    a table are mapped to it (``table_language``: "no"/"nn" -> "nb"); other codes are kept, and
    ``phrase`` frames them in English.
    """
    return table_language(detect_language(question[:500], fallback="en") or "en") or "en"
