"""The sources panel: one card per citation of an answer, for the page (HTML) and for API callers
(Markdown).

A card names the file, its language and score, shows the cited passage with the quoted sentence
highlighted (and inside it the value the answer's direct line gives) and, when the file still has the text its offsets were taken from, the whole
article with the cited span marked, so a reader can check a claim in its context.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..answer import Answer, Citation
from ..documents import UnreadableFile, read_text
from ..library import language_name
from .render import MARKER, Turn, esc, render_checks, split_direct

ARTICLE_WINDOW = 60_000  # characters of a very long article shown around the cited span
_QUOTE = re.compile(r"«([^»]{3,}?)»\s*((?:\[\d{1,3}\]\s*)+)")
EMPTY = ("Ask a question: the passages its answer cites appear here, with the quoted sentence "
         "highlighted. Answers come from the indexed articles only, in whatever language they were written.")
NONE = "none of {which} answers this question, so nothing is cited."


Spans = list[tuple[int, int]]
# What the panel marks, outermost first: the cited passage (in the whole article), the quoted
# sentence, the direct answer's value inside it.
LAYERS = (('<span class="qa-span">', "</span>"), ('<mark class="qa-quote">', "</mark>"),
          ('<mark class="qa-value">', "</mark>"))


def _highlight(text: str, offset: int, marks: Spans, passage: tuple[int, int] | None = None,
               values: Spans = ()) -> str:
    """``text`` (starting at source offset ``offset``) as HTML: ``passage`` wrapped in a span,
    each of ``marks`` (source offsets) in a ``<mark class="qa-quote">`` and each of ``values``
    in a ``<mark class="qa-value">`` nested inside it, each element opened once per run."""
    end = offset + len(text)
    layers = [[(max(a, offset), min(b, end)) for a, b in spans if b > a and a < end and b > offset]
              for spans in ([passage] if passage else [], marks, values)]
    cuts = sorted({offset, end, *(p for spans in layers for span in spans for p in span)})
    out, open_ = [], []
    for a, b in zip(cuts, cuts[1:]):
        want = [i for i, spans in enumerate(layers) if any(x <= a and b <= y for x, y in spans)]
        keep = 0
        while keep < min(len(open_), len(want)) and open_[keep] == want[keep]:
            keep += 1
        while len(open_) > keep:
            out.append(LAYERS[open_.pop()][1])
        out += [LAYERS[i][0] for i in want[keep:]]
        open_ += want[keep:]
        out.append(esc(text[a - offset : b - offset]))
    out += [LAYERS[i][1] for i in reversed(open_)]
    return "".join(out)


@lru_cache(maxsize=64)
def _article(path: str, mtime_ns: int, size: int) -> str:
    # Keyed by mtime and size: a file changed since is read again.
    return read_text(Path(path))


def article_text(c: Citation) -> str | None:
    """The cited file's text (what the offsets refer to), or None when it cannot be read."""
    if not c.root:
        return None
    path = Path(c.root) / c.source
    try:
        st = path.stat()
        return _article(str(path), st.st_mtime_ns, st.st_size)
    except (OSError, UnreadableFile):
        return None


def quote_spans(answer: Answer) -> dict[int, list[str]]:
    """Every «quote» the answer attributes to source ``n``."""
    found: dict[int, list[str]] = {}
    for m in _QUOTE.finditer(split_direct(answer.text)[1]):  # the direct line's «values» are no quotes
        for n in MARKER.findall(m.group(2)):
            found.setdefault(int(n), []).append(m.group(1).strip())
    return found


def _marks_for(c: Citation, quotes: list[str], text: str, base: int, offsets: bool) -> list[tuple[int, int]]:
    """Source-offset spans to highlight: the citation's quote span (when ``offsets`` says its
    source offsets apply to ``text``, which starts at source offset ``base``), else the quote
    found in ``text``; plus the answer's other quotes of it found there."""
    marks = []
    if offsets and c.quote_end > c.quote_start:
        marks.append((c.quote_start, c.quote_end))
    elif c.quote:
        i = text.find(c.quote)
        if i >= 0:
            marks.append((base + i, base + i + len(c.quote)))
    for q in quotes:
        i = text.find(q)
        if i >= 0 and (base + i, base + i + len(q)) not in marks:
            marks.append((base + i, base + i + len(q)))
    return marks


def _values_for(c: Citation, text: str, base: int, offsets: bool) -> Spans:
    """The source-offset span of the citation's value (the direct answer's words inside its
    quote): its own offsets when they apply, else found inside the quote found in ``text``."""
    if not c.value:
        return []
    if offsets and c.value_end > c.value_start:
        return [(c.value_start, c.value_end)]
    i, rel = text.find(c.quote) if c.quote else -1, c.value_start - c.quote_start
    if i < 0:
        return []
    if rel < 0 or c.quote[rel : rel + len(c.value)] != c.value:
        rel = c.quote.find(c.value)
    return [(base + i + rel, base + i + rel + len(c.value))] if rel >= 0 else []


def render_source(c: Citation, turn: int, quotes: list[str]) -> str:
    """Source card ``c.number`` of ``turn``: the target of the answer's ``[n]`` links."""
    full = article_text(c)
    if full is not None and full[c.start : c.end] == c.text:
        marks = _marks_for(c, quotes, c.text, c.start, offsets=True)
        values = _values_for(c, c.text, c.start, offsets=True)
        passage_html = _highlight(c.text, c.start, marks, None, values)
        a, b = 0, len(full)
        if len(full) > 2 * ARTICLE_WINDOW:
            a, b = max(0, c.start - ARTICLE_WINDOW // 2), min(len(full), c.end + ARTICLE_WINDOW // 2)
        body = _highlight(full[a:b], a, marks, (c.start, c.end), values)
        body = ("… " if a else "") + body + (" …" if b < len(full) else "")
        article = (
            f'<details class="qa-open"><summary>Open the whole article '
            f'<span class="qa-muted">(cited span: characters {c.start:,}–{c.end:,} of {len(full):,})</span>'
            "</summary>"
            f'<div class="qa-article">{body}</div></details>'
        )
    else:  # the passage alone, its quote found by text: source offsets no longer apply
        passage_html = _highlight(c.text, 0, _marks_for(c, quotes, c.text, 0, offsets=False), None,
                                  _values_for(c, c.text, 0, offsets=False))
        why = "cannot be read" if full is None else "has changed since it was indexed"
        article = f'<div class="qa-muted qa-stale">The file {why}: re-index to see the whole article.</div>'
    lang = c.language or "und"
    return (
        f'<div class="qa-source" id="qa-src-{turn}-{c.number}">'
        f'<div class="qa-source-head"><span class="qa-num">[{c.number}]</span> '
        f'<span class="qa-file">{esc(c.source)}</span> '
        f'<span class="qa-lang" title="language of the article">{esc(lang)} · {esc(language_name(lang))}</span> '
        f'<span class="qa-score" title="similarity to the question">score {c.score:.3f}</span>{_about(c)}</div>'
        f'<div class="qa-passage">{passage_html}</div>{article}</div>'
    )


def _about(c: Citation) -> str:
    """The article's title, outlet, date and the PDF page cited, when known."""
    bits = [f'<span class="qa-title">{esc(c.title)}</span>'] if c.title else []
    bits += [esc(x) for x in (c.outlet, c.date) if x]
    if c.page:
        bits.append(f"page {c.page}")
    return f'<div class="qa-about">{" · ".join(bits)}</div>' if bits else ""


def _summary(answer: Answer, scope: str = "") -> str:
    n = len(answer.citations)
    searched = f" · searched only: {scope}" if scope else ""
    return f"{answer.mode} · asked in {answer.language}{searched} · {n} source{'s' if n != 1 else ''}"


def _none(scope: str) -> str:
    return NONE.format(which=f"the articles searched ({scope})" if scope else "the indexed articles")


def _shown(question: str, limit: int = 300) -> str:
    """The question as the panel's header shows it: a long one cut (the answer says how much of
    it was used)."""
    return question if len(question) <= limit else question[:limit].rstrip() + "…"


def render_sources(turn: Turn | None) -> str:
    """The sources panel for one turn of the conversation (None: the empty panel)."""
    if turn is None:
        return f'<div class="qa-sources qa-empty">{EMPTY}</div>'
    if turn.error is not None:
        return f'<div class="qa-sources qa-empty qa-error">{esc(turn.error)}</div>'
    if turn.answer is None:
        return f'<div class="qa-sources qa-empty">Searching the articles for “{esc(_shown(turn.question))}”…</div>'
    answer, t = turn.answer, turn.number
    head = (
        f'<div class="qa-sources-head"><span class="qa-q">“{esc(_shown(turn.question))}”</span>'
        f'<span class="qa-muted"> · {esc(_summary(answer, turn.scope))}</span></div>'
    )
    checks = render_checks(answer.checks, t, markdown=False)
    if answer.abstained:
        cards = f'<div class="qa-none">No sources: {esc(_none(turn.scope))}</div>'
    else:
        quotes = quote_spans(answer)
        cards = "".join(render_source(c, t, quotes.get(c.number, [])) for c in answer.citations)
    return f'<div class="qa-sources" data-turn="{t}">{head}{checks}{cards}</div>'


def sources_markdown(turn: Turn) -> str:
    """The sources of ``turn`` for API callers: each citation's file, language, score, span and
    passage, as plain Markdown (no HTML, no entities)."""
    if turn.answer is None:
        return turn.error or f"Searching the articles for “{_shown(turn.question)}”…"
    answer = turn.answer
    parts = [f"“{_shown(turn.question)}” · {_summary(answer, turn.scope)}"]
    if answer.abstained:
        parts.append(f"No sources: {_none(turn.scope)}")
    for c in answer.citations:
        lang = c.language or "und"
        passage = "\n".join("> " + line for line in c.text.splitlines() or [""])
        about = "".join(f" · {x}" for x in (c.title, c.outlet, c.date, f"page {c.page}" if c.page else "") if x)
        parts.append(f"[{c.number}] `{c.source}` · {lang} · {language_name(lang)} · score {c.score:.3f} · "
                     f"characters {c.start}–{c.end}{about}\n{passage}")
    return "\n\n".join(parts)
