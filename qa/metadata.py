"""What an article says about itself: its title, its date and its outlet, when it says them.

A citation that names "Lavrov visits Pyongyang — Digi24, 2 November 2024" is checked at a glance;
a file name is not. Sources, in order of trust:

* HTML: ``<meta property="og:title">``/``<title>``/``<h1>``; ``article:published_time``,
  ``<meta name="date">``, ``<time datetime>``; ``og:site_name``, ``<meta name="publisher">``;
* Markdown front matter (``title:``, ``date:``, ``outlet:``/``source:``/``publisher:``), else
  the first ``# heading``;
* PDF/Word document properties (title);
* the text itself: the first line as the title, a dateline among the first lines ("Sâmbătă,
  2 noiembrie 2024", "Moscow, 12 July 2024") read by dateparser in the article's language, and
  a leading "CNN –" / "(Reuters) -" as the outlet.

Dates are ISO 8601 (``2024-11-02``); anything not stated stays empty rather than guessed from
the file's modification time.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

MAX_TITLE = 200
HEAD_CHARS = 600  # where a dateline or an outlet can be


@dataclass
class ArticleMeta:
    title: str = ""
    date: str = ""  # ISO 8601
    outlet: str = ""


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_OUTLET = re.compile(r"^\(?([A-Z][\w.&'’ ]{1,30}?)\)?\s*[–—-]\s+\S")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def from_html(html: str) -> ArticleMeta:
    """Title, date and outlet from a page's head (before it is reduced to its text)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html[:200_000], "html.parser")

    def meta(*names: str) -> str:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return ""

    title = meta("og:title", "twitter:title") or (soup.title.get_text(" ", strip=True) if soup.title else "")
    if not title and soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    time_tag = soup.find("time", attrs={"datetime": True})
    date = iso_date(meta("article:published_time", "datePublished", "pubdate", "date", "dc.date")
                    or (time_tag["datetime"] if time_tag else ""))
    outlet = meta("og:site_name", "publisher", "application-name", "dc.publisher")
    return ArticleMeta(title=title[:MAX_TITLE], date=date, outlet=outlet[:100])


def from_markdown(text: str) -> ArticleMeta:
    m = _FRONT.match(text)
    out = ArticleMeta()
    if m:
        fields = {}
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            fields[key.strip().lower()] = value.strip().strip("\"'")
        out.title = fields.get("title", "")[:MAX_TITLE]
        out.date = iso_date(fields.get("date", ""))
        out.outlet = next((fields[k] for k in ("outlet", "source", "publisher", "site") if fields.get(k)), "")
    if not out.title:
        heading = re.search(r"^#\s+(.+)$", text[:5000], re.M)
        out.title = heading.group(1).strip()[:MAX_TITLE] if heading else ""
    return out


def complete(meta: ArticleMeta, text: str, language: str) -> ArticleMeta:
    """Fill what the file's own metadata left empty from the text's first lines: a short line
    with a full date is the dateline, "CNN –" (on one line or two) the outlet, and the first
    other line of a few words the title."""
    lines = [line.strip() for line in text[:HEAD_CHARS].splitlines() if line.strip()][:6]
    m = _OUTLET.match(" ".join(lines[:3]))
    if m and len(m.group(1).split()) <= 4:
        meta.outlet = meta.outlet or m.group(1).strip()
        if len(lines[0].split()) <= 4:  # "CNN" / "–" on lines of their own
            lines = [x for x in lines if x.strip("()") != m.group(1).strip() and x not in "–—-"]
    for line in lines[:3]:
        if len(line) <= 80 and (found := dateline(line, language)):
            meta.date = meta.date or found
            if len(line) <= 40:  # a dateline of its own, not a title
                lines.remove(line)
            break
    if not meta.title:
        line = next((x for x in lines if len(x.split()) >= 3), lines[0] if lines else "")
        meta.title = _shorten(line)
    return meta


def _shorten(line: str, limit: int = 120) -> str:
    """A first line used as a title, cut at a word before ``limit`` characters."""
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def dateline(head: str, language: str) -> str:
    """The first full date (day, month and a four-digit year) in ``head``, or ""."""
    if not re.search(r"\b(1[89]|20)\d\d\b", head):
        return ""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return ""
    langs = [language] if language and language != "und" else None
    try:
        found = search_dates(head, languages=langs, settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:  # noqa: BLE001 - a language dateparser lacks, an odd string
        log.debug("dateparser failed", exc_info=True)
        return ""
    for said, when in found or []:
        # The year read must be the one written: dateparser reads Lithuanian «2025 m.» (metai,
        # year) as 20:25, on today's day of year 1 ("0001-12-03"), which changed every day.
        if (year := re.search(r"\b(1[89]|20)\d\d\b", said)) and when.year == int(year.group()):
            return when.date().isoformat()
    return ""


def iso_date(value: str) -> str:
    """An ISO date from a machine-written value (``2024-11-02T10:00:00Z``, ``2024/11/02``…)."""
    value = (value or "").strip()
    if not value:
        return ""
    m = _ISO.search(value.replace("/", "-"))
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return dateline(value, "")
