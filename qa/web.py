"""The chat page: ``python app.py`` or ``qa serve``.

Everything Gradio lives here; the services (:mod:`qa.answer`, :mod:`qa.indexer`) know nothing of
it. The page is a chat with streamed answers whose ``[n]`` markers link to a sources panel
(file, language, score, passage with the quoted sentence highlighted, and the whole article with
the cited span highlighted), a line for what the citation checks did, the answer mode and top-k,
and a tab to add articles (uploaded into the corpus folder, indexed incrementally).

Offline by construction: analytics and Hugging Face look-ups are switched off before Gradio is
imported, the theme uses system fonts, and nothing is loaded from outside the server.
"""
from __future__ import annotations

import os

# Before Gradio is imported: no analytics or version look-ups, no Hugging Face Hub calls.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

import html
import ipaddress
import logging
import re
import tempfile
import threading
import time
import unicodedata
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import gradio as gr

from .answer import Answer, Check, Citation, ask_stream
from .documents import SUFFIXES, UnreadableFile, read_text
from .settings import Settings, get_settings

log = logging.getLogger(__name__)

MAX_UPLOAD = "20mb"
STREAM_INTERVAL = 0.08  # seconds between streamed updates of an answer
ARTICLE_WINDOW = 60_000  # characters of a very long article shown around the cited span
EXAMPLES = [  # (language, question): shown in the empty chat, asked when clicked
    ("en", "How many drones did Russia launch in its record air attack on Wednesday?"),
    ("en", "Where did Sergey Lavrov meet Kim Jong Un?"),
    ("ro", "Câte rachete balistice a trimis Phenianul în Rusia în 2024?"),
    ("de", "Wie viele nordkoreanische Soldaten sind insgesamt nach Russland geschickt worden?"),
    ("nl", "In welke Russische grensregio hebben Noord-Koreaanse troepen gevochten?"),
    ("fr", "Combien de soldats nord-coréens ont été tués ou blessés ?"),
    ("lt", "Kada Kim Jong Unas lankėsi Rusijoje ir kokią gamyklą jis aplankė?"),
    ("pt", "Quem é a homóloga norte-coreana de Lavrov com quem ele se reuniu?"),
]
MODES = [("Extractive", "extractive"), ("LLM", "llm")]

# ---------------------------------------------------------------------------------------------
# Rendering (pure functions: text in, HTML out; tested without a browser)
# ---------------------------------------------------------------------------------------------

_MARKER = re.compile(r"\[(\d{1,3})\]")
_QUOTE = re.compile(r"«([^»]{3,}?)»\s*((?:\[\d{1,3}\]\s*)+)")


def esc(text: str) -> str:
    """HTML-escape, and neutralise what Gradio's templates or Markdown would interpret."""
    return (
        html.escape(text, quote=True)
        .replace("$", "&#36;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("`", "&#96;")
    )


def _esc_md(text: str) -> str:
    """Escape for a chat bubble (Markdown): HTML plus the inline Markdown characters."""
    return re.sub(r"([\\*_\[\]|~])", r"\\\1", esc(text))


def cite_link(turn: int, n: int) -> str:
    return f'<a class="qa-cite" href="#qa-src-{turn}-{n}" title="source {n}">[{n}]</a>'


def linkify(text: str, turn: int, markdown: bool = True) -> str:
    """Escape ``text`` and turn each ``[n]`` into a link to source card ``n`` of ``turn``."""
    out, last = [], 0
    escape = _esc_md if markdown else esc
    for m in _MARKER.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append(cite_link(turn, int(m.group(1))))
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


_CHECK_ICON = {
    "removed_citation": "✂",
    "reassigned_citation": "↪",
    "fallback": "⚠",
    "conflict": "⚖",
    "truncated": "✂",
    "notice": "ℹ",
}


def check_lines(checks: list[Check]) -> list[tuple[str, str]]:
    """(kind, message) per distinct check; repeated identical messages are counted, not repeated."""
    seen: dict[tuple[str, str], int] = {}
    for c in checks:
        key = (c.kind, c.message)
        seen[key] = seen.get(key, 0) + 1
    return [(k, m if n == 1 else f"{m} (×{n})") for (k, m), n in seen.items()]


def render_checks(checks: list[Check], turn: int, markdown: bool = True) -> str:
    if not checks:
        return ""
    items = "".join(
        f'<div class="qa-check qa-check-{esc(kind)}"><span class="qa-check-icon">{_CHECK_ICON.get(kind, "ℹ")}</span> '
        f"{linkify(message, turn, markdown)}</div>"
        for kind, message in check_lines(checks)
    )
    return f'<div class="qa-checks">{items}</div>'


def render_answer(text: str, turn: int, checks: list[Check] | None = None, streaming: bool = False) -> str:
    """An assistant bubble: the answer with linked markers, then what the checks did."""
    body = linkify(text, turn)
    if streaming:
        body += ' <span class="qa-typing">▍</span>'
    notes = render_checks(checks or [], turn)
    return body + ("\n\n" + notes if notes else "")


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    if not code or code == "und":
        return "unknown"
    try:
        from lingua import IsoCode639_1, Language

        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except Exception:  # noqa: BLE001 - an unknown code shows as itself
        return code


def _highlight(text: str, offset: int, marks: list[tuple[int, int]], passage: tuple[int, int] | None) -> str:
    """``text`` (starting at source offset ``offset``) as HTML: ``passage`` wrapped in a span,
    each of ``marks`` (source offsets) in a ``<mark>``."""
    end = offset + len(text)
    points = {offset, end}
    spans = [(max(a, offset), min(b, end)) for a, b in marks if b > a and a < end and b > offset]
    for a, b in spans:
        points.update((a, b))
    if passage:
        pa, pb = max(passage[0], offset), min(passage[1], end)
        if pb > pa:
            points.update((pa, pb))
        passage = (pa, pb)
    cuts = sorted(points)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a - offset : b - offset])
        if any(x <= a and b <= y for x, y in spans):
            piece = f'<mark class="qa-quote">{piece}</mark>'
        if passage and passage[0] <= a and b <= passage[1]:
            piece = f'<span class="qa-span">{piece}</span>'
        out.append(piece)
    return "".join(out)


@lru_cache(maxsize=64)
def _article(path: str, mtime_ns: int, size: int) -> str:
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
    for m in _QUOTE.finditer(answer.text):
        for n in _MARKER.findall(m.group(2)):
            found.setdefault(int(n), []).append(m.group(1).strip())
    return found


def _marks_for(c: Citation, quotes: list[str], text: str, base: int) -> list[tuple[int, int]]:
    """Source-offset spans to highlight: the citation's quote span, plus other quotes of it
    found in ``text`` (which starts at source offset ``base``)."""
    marks = []
    if c.quote_end > c.quote_start:
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


def render_source(c: Citation, turn: int, quotes: list[str]) -> str:
    full = article_text(c)
    exact = full is not None and full[c.start : c.end] == c.text
    if exact:
        marks = _marks_for(c, quotes, full[c.start : c.end], c.start)
        passage_html = _highlight(full[c.start : c.end], c.start, marks, None)
        a, b = 0, len(full)
        if len(full) > 2 * ARTICLE_WINDOW:
            a, b = max(0, c.start - ARTICLE_WINDOW // 2), min(len(full), c.end + ARTICLE_WINDOW // 2)
        body = ("… " if a else "") + _highlight(full[a:b], a, marks, (c.start, c.end)) + (" …" if b < len(full) else "")
        article = (
            f'<details class="qa-open"><summary>Open the whole article '
            f'<span class="qa-muted">(cited span: characters {c.start:,}–{c.end:,} of {len(full):,})</span></summary>'
            f'<div class="qa-article">{body}</div></details>'
        )
    else:
        marks = _marks_for(c, quotes, c.text, 0)
        if c.quote_end > c.quote_start:  # source offsets no longer apply to c.text alone
            marks = _marks_for(Citation(**{**asdict(c), "quote_start": 0, "quote_end": 0}), quotes, c.text, 0)
        passage_html = _highlight(c.text, 0, marks, None)
        why = "cannot be read" if full is None else "has changed since it was indexed"
        article = f'<div class="qa-muted qa-stale">The file {why}: re-index to see the whole article.</div>'
    lang = c.language or "und"
    return (
        f'<div class="qa-source" id="qa-src-{turn}-{c.number}">'
        f'<div class="qa-source-head"><span class="qa-num">[{c.number}]</span> '
        f'<span class="qa-file">{esc(c.source)}</span> '
        f'<span class="qa-lang" title="language of the article">{esc(lang)} · {esc(language_name(lang))}</span> '
        f'<span class="qa-score" title="similarity to the question">score {c.score:.3f}</span></div>'
        f'<div class="qa-passage">{passage_html}</div>{article}</div>'
    )


def render_sources(turn: dict | None) -> str:
    """The sources panel for one turn of the conversation (None: the empty panel)."""
    if not turn:
        return (
            '<div class="qa-sources qa-empty">Ask a question: the passages its answer cites appear here, '
            "with the quoted sentence highlighted. Answers come from the indexed articles only, in "
            "whatever language they were written.</div>"
        )
    if turn.get("pending"):
        return f'<div class="qa-sources qa-empty">Searching the articles for “{esc(turn["q"])}”…</div>'
    if turn.get("error"):
        return f'<div class="qa-sources qa-empty qa-error">{esc(turn["error"])}</div>'
    answer: Answer = turn["answer"]
    t = turn["turn"]
    n = len(answer.citations)
    head = (
        f'<div class="qa-sources-head"><span class="qa-q">“{esc(turn["q"])}”</span>'
        f'<span class="qa-muted"> · {esc(answer.mode)} · asked in {esc(answer.language)} · '
        f'{n} source{"s" if n != 1 else ""}</span></div>'
    )
    checks = render_checks(answer.checks, t, markdown=False)
    if answer.abstained:
        return (
            f'<div class="qa-sources" data-turn="{t}">{head}{checks}<div class="qa-none">No sources: '
            "none of the indexed articles answers this question, so nothing is cited.</div></div>"
        )
    quotes = quote_spans(answer)
    cards = "".join(render_source(c, t, quotes.get(c.number, [])) for c in answer.citations)
    return f'<div class="qa-sources" data-turn="{t}">{head}{checks}{cards}</div>'


# ---------------------------------------------------------------------------------------------
# Uploads
# ---------------------------------------------------------------------------------------------


def safe_name(name: str) -> str | None:
    """A file name that can only land directly inside the corpus folder, or None.

    Directory parts (``../``, ``/``, ``\\``) are dropped, odd characters replaced, leading dots
    removed (no hidden files), and only the suffixes the indexer reads are allowed.
    """
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    base = re.sub(r"[^\w.\- ()]+", "_", base).strip(" .-_")
    if not base or "." not in base:
        return None
    stem, suffix = base.rsplit(".", 1)
    suffix = "." + suffix.lower()
    if suffix not in SUFFIXES or not stem.strip(" .-_"):
        return None
    return stem[:150] + suffix


def save_uploads(files: list[tuple[Path, str]], corpus: Path) -> tuple[list[str], dict[str, str]]:
    """Copy uploaded ``(temporary path, file name)`` pairs into ``corpus``.

    Returns the names saved and ``{name: reason}`` for those refused. Each file is written to a
    hidden temporary file in ``corpus`` and renamed into place, so a symlink planted under the
    target name is replaced, never followed.
    """
    corpus.mkdir(parents=True, exist_ok=True)
    root = corpus.resolve()
    saved: list[str] = []
    refused: dict[str, str] = {}
    for src, name in files:
        clean = safe_name(name)
        if clean is None:
            refused[str(name)] = "only .txt, .md and .html files can be added"
            continue
        dest = root / clean
        if dest.parent != root:  # cannot happen after safe_name; belt and braces
            refused[str(name)] = "invalid file name"
            continue
        fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=root)
        try:
            with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
                while chunk := inp.read(1 << 20):
                    out.write(chunk)
            os.replace(tmp, dest)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            refused[str(name)] = f"could not be saved: {exc.strerror or exc}"
            continue
        if clean not in saved:
            saved.append(clean)
    return saved, refused


def render_report(report, saved: list[str], refused: dict[str, str]) -> str:
    lines = []
    if report is not None:
        lines.append(
            f"**Indexed `{esc(str(report.root))}`** in {report.seconds:.1f} s: "
            f"**{len(report.added)} added**, **{len(report.updated)} updated**, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, "
            f"**{len(report.skipped)} skipped**. Passages +{report.chunks_added} / −{report.chunks_removed}; "
            f"{report.chunks_total} in the index."
        )
        for label, names in (("Added", report.added), ("Updated", report.updated), ("Removed", report.removed)):
            if names:
                lines.append(f"- {label}: " + ", ".join(f"`{esc(n)}`" for n in names))
        same = [n for n in saved if n in report.unchanged]
        if same:
            lines.append("- Already indexed, unchanged: " + ", ".join(f"`{esc(n)}`" for n in same))
        for name, reason in report.skipped.items():
            lines.append(f"- Skipped `{esc(name)}`: {esc(reason)}")
    for name, reason in refused.items():
        lines.append(f"- Not added `{esc(name)}`: {esc(reason)}")
    return "\n".join(lines) or "Nothing to add."


# ---------------------------------------------------------------------------------------------
# The services, as the page calls them
# ---------------------------------------------------------------------------------------------

_INDEX_LOCK = threading.Lock()


def llm_status(settings: Settings) -> tuple[bool, str]:
    try:
        from .answer import llm

        ok, text = llm.status(settings)
        return bool(ok), str(text)
    except (ImportError, AttributeError):
        return False, "not configured"
    except Exception as exc:  # noqa: BLE001 - a status line, never a crash
        return False, f"status unknown ({exc})"


def _llm_available() -> bool:
    try:
        from .answer import llm  # noqa: F401

        return hasattr(llm, "answer_stream")
    except ImportError:
        return False


def answer_stream(question: str, history, settings: Settings, mode: str | None, top_k: int | None):
    """``qa.ask_stream`` with the page's one guard: LLM mode without the LLM module."""
    if mode == "llm" and not _llm_available():
        for item in ask_stream(question, history, settings, "extractive", top_k):
            if isinstance(item, Answer):
                item.checks.append(Check("fallback", "LLM mode is not available here, extractive answer shown"))
            yield item
        return
    yield from ask_stream(question, history, settings, mode, top_k)


def index_overview(settings: Settings) -> tuple[int, int, list[list[Any]]]:
    """(articles, passages, rows of [file, language, passages, folder]) for the index."""
    from .embedding import get_embedder
    from .store import Store

    try:
        store = Store(settings, get_embedder(settings), create=False)
        if store.collection is None:
            return 0, 0, []
        per: dict[tuple[str, str], list] = {}
        for _cid, meta in store.all_metadata():
            key = (meta.get("root", ""), meta.get("source", ""))
            row = per.setdefault(key, [meta.get("source", ""), meta.get("language", "und"), 0, meta.get("root", "")])
            row[2] += 1
        rows = sorted(per.values(), key=lambda r: (r[3], r[0]))
        for r in rows:
            r[1] = f"{r[1]} · {language_name(r[1])}"
        return len(rows), sum(r[2] for r in rows), rows
    except Exception as exc:  # noqa: BLE001 - an overview, never a crash
        log.warning("index overview failed: %s", exc)
        return 0, 0, []


def status_line(settings: Settings) -> str:
    articles, passages, _ = index_overview(settings)
    if not articles:
        return f"Index: empty — add articles in the **Add articles** tab. Corpus folder: `{esc(str(settings.corpus_dir))}`"
    return (
        f"Ask about your articles in any language; answers cite them, quotes stay in their language · "
        f"index: **{articles}** articles, {passages} passages · corpus `{esc(str(settings.corpus_dir))}`"
    )


def _llm_info(settings: Settings) -> str:
    ok, text = llm_status(settings)
    return f"{'●' if ok else '○'} LLM endpoint: {text}"


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------

CSS = """
#qa-header { align-items: center; }
#qa-title h1 { font-size: 1.35rem; margin: 0; }
#qa-status { text-align: right; color: var(--body-text-color-subdued); font-size: .9rem; }
a.qa-cite { display: inline-block; font-size: .78em; font-weight: 700; line-height: 1.2; padding: 0 .35em;
  margin: 0 .08em; border-radius: .55em; background: #dbeafe; color: #1d4ed8 !important;
  text-decoration: none !important; vertical-align: .12em; cursor: pointer; }
a.qa-cite:hover { background: #1d4ed8; color: #fff !important; }
.qa-checks { margin-top: .5em; }
.qa-check { font-size: .88em; padding: .3em .55em; margin: .25em 0; border-radius: .35em;
  background: #fef3c7; color: #78350f; border-left: 3px solid #f59e0b; }
.qa-check-conflict { background: #fee2e2; color: #7f1d1d; border-left-color: #ef4444; }
.qa-check-notice, .qa-check-truncated { background: #e0f2fe; color: #0c4a6e; border-left-color: #0ea5e9; }
.qa-typing { animation: qa-blink 1s steps(2) infinite; }
@keyframes qa-blink { 50% { opacity: 0; } }
.qa-error { color: #b91c1c; }
#qa-sources { max-height: 72vh; overflow-y: auto; }
.qa-sources { font-size: .92em; }
.qa-empty { color: var(--body-text-color-subdued); padding: 1em .5em; }
.qa-sources-head { margin: 0 0 .5em; }
.qa-q { font-weight: 600; }
.qa-muted { color: var(--body-text-color-subdued); font-size: .92em; }
.qa-none { padding: .8em; border: 1px dashed var(--border-color-primary); border-radius: .5em;
  color: var(--body-text-color-subdued); }
.qa-source { border: 1px solid var(--border-color-primary); border-radius: .55em; padding: .55em .7em;
  margin: 0 0 .6em; background: var(--block-background-fill); transition: box-shadow .3s, border-color .3s; }
.qa-source.qa-flash { border-color: #1d4ed8; box-shadow: 0 0 0 3px #93c5fd; }
.qa-source-head { display: flex; flex-wrap: wrap; gap: .35em .6em; align-items: baseline; margin-bottom: .35em; }
.qa-num { font-weight: 700; color: #1d4ed8; }
.qa-file { font-family: var(--font-mono); font-size: .9em; font-weight: 600; word-break: break-all; }
.qa-lang { font-size: .82em; padding: 0 .45em; border-radius: .5em; background: #dcfce7; color: #14532d; }
.qa-score { font-size: .82em; color: var(--body-text-color-subdued); margin-left: auto; }
.qa-passage { white-space: pre-wrap; line-height: 1.45; }
mark.qa-quote { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: .15em; }
.qa-span { background: #e6efff; }
details.qa-open { margin-top: .4em; }
details.qa-open summary { cursor: pointer; color: #1d4ed8; font-size: .9em; }
.qa-article { white-space: pre-wrap; line-height: 1.45; max-height: 45vh; overflow-y: auto; margin-top: .4em;
  padding: .5em .6em; border-radius: .4em; background: var(--background-fill-secondary); }
"""

# Clicking [n] scrolls to and flashes source card n (waiting briefly when the panel is switching
# to that answer); opening an article scrolls its highlighted span into view.
HEAD = """
<script>
(function () {
  function flash(id, tries) {
    var el = document.getElementById(id);
    if (!el) { if (tries > 0) setTimeout(function () { flash(id, tries - 1); }, 100); return; }
    el.scrollIntoView({block: "nearest", behavior: "smooth"});
    el.classList.add("qa-flash");
    setTimeout(function () { el.classList.remove("qa-flash"); }, 1600);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.qa-cite");
    if (!a) return;
    ev.preventDefault();
    flash(a.getAttribute("href").slice(1), 30);
  }, true);
  document.addEventListener("toggle", function (ev) {
    var d = ev.target;
    if (!d.classList || !d.classList.contains("qa-open") || !d.open) return;
    var box = d.querySelector(".qa-article"), m = d.querySelector(".qa-article mark, .qa-article .qa-span");
    if (box && m) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, true);
})();
</script>
"""


def _history(turns: list[dict]) -> list[tuple[str, str]]:
    return [(t["q"], t["answer"].text) for t in turns if t.get("answer") is not None]


def _chat(turns: list[dict]) -> list[dict]:
    msgs = []
    for t in turns:
        msgs.append({"role": "user", "content": _esc_md(t["q"])})
        msgs.append({"role": "assistant", "content": t["html"]})
    return msgs


def chat_turn(settings: Settings, message: str, turns: list[dict] | None, mode: str | None,
              top_k: float | None, stream=None):
    """One question through the page: yields (chat messages, sources HTML, turns, input box).

    ``turns`` is the conversation so far (the page's state); earlier answers are passed to the
    answerer as history, so follow-up questions use the conversation.
    """
    stream = stream or answer_stream
    turns = list(turns or [])
    question = (message or "").strip()
    if not question:
        yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return
    t = len(turns)
    history = _history(turns)
    turn: dict[str, Any] = {"turn": t, "q": question, "html": '<span class="qa-typing">▍</span>', "pending": True}
    turns.append(turn)
    yield _chat(turns), render_sources(turn), turns, ""
    text, shown, last = "", "", 0.0
    final: Answer | None = None
    try:
        for item in stream(question, history, settings, mode, int(top_k) if top_k else None):
            if isinstance(item, Answer):
                final = item
                continue
            # A piece is shown once the next one arrives (at most ~12 updates a second), so an
            # answer that comes in one piece (extractive) goes straight to its final form.
            if text != shown and time.perf_counter() - last >= STREAM_INTERVAL:
                shown, last = text, time.perf_counter()
                turn["html"] = render_answer(text, t, streaming=True)
                yield _chat(turns), gr.skip(), turns, gr.skip()
            text += item or ""
    except LookupError as exc:  # empty index
        turn["error"] = f"{exc}. Add articles in the “Add articles” tab."
    except ValueError as exc:  # empty question and the like
        turn["error"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - the page shows it; the server stays up
        log.exception("answer failed")
        turn["error"] = f"Something went wrong: {exc}"
    turn.pop("pending", None)
    if final is None and "error" not in turn:
        turn["error"] = "No answer came back."
    if "error" in turn:
        turn["html"] = f'<span class="qa-error">{esc(turn["error"])}</span>'
    else:
        turn["answer"] = final
        turn["html"] = render_answer(final.text, t, final.checks)
    yield _chat(turns), render_sources(turn), turns, gr.skip()


def build(settings: Settings | None = None) -> gr.Blocks:
    """The page as a ``gr.Blocks`` (not launched)."""
    settings = settings or get_settings()

    def respond(message: str, turns: list[dict] | None, mode: str, top_k: float):
        yield from chat_turn(settings, message, turns, mode, top_k)

    def show_turn(turns: list[dict] | None, evt: gr.SelectData):
        idx = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        turns = turns or []
        if not isinstance(idx, int) or not 0 <= idx // 2 < len(turns):
            return gr.skip()
        return render_sources(turns[idx // 2])

    def new_chat():
        return [], render_sources(None), [], ""

    def add_articles(files, progress=gr.Progress()):
        files = files or []
        pairs = [(Path(f), Path(f).name) for f in (x if isinstance(x, str) else x.name for x in files)]
        corpus = Path(settings.corpus_dir)
        saved, refused = save_uploads(pairs, corpus)
        report = None
        if saved:
            from .indexer import build_index

            progress(0, desc="indexing")

            def on_progress(done: int, total: int, source: str) -> None:
                progress((done, total), desc=f"embedding {source}", unit="texts")

            with _INDEX_LOCK:
                try:
                    report = build_index(corpus, settings=settings, progress=False, on_progress=on_progress)
                except Exception as exc:  # noqa: BLE001 - shown in the report
                    log.exception("indexing failed")
                    refused.update({n: f"indexing failed: {exc}" for n in saved})
        _, _, rows = index_overview(settings)
        return render_report(report, saved, refused), status_line(settings), rows, None

    with gr.Blocks(title="polyglot-qa", fill_height=True, fill_width=True, analytics_enabled=False) as demo:
        with gr.Row(equal_height=True, elem_id="qa-header"):
            gr.Markdown("# polyglot-qa", elem_id="qa-title", min_height=0)
            status = gr.Markdown("Index: …", elem_id="qa-status", min_height=0)
        turns = gr.State([])
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=380):
                        chatbot = gr.Chatbot(
                            label="Conversation",
                            show_label=False,
                            elem_id="qa-chat",
                            height="calc(100vh - 330px)",
                            min_height=360,
                            latex_delimiters=[],
                            feedback_options=None,
                            buttons=[],
                            placeholder="**Ask a question about the indexed articles**, in any language. "
                            "Follow-up questions use the conversation. Or try one of these:",
                            examples=[{"text": q, "display_text": f"{lang} · {q}"} for lang, q in EXAMPLES],
                        )
                        with gr.Row(equal_height=True):
                            msg = gr.Textbox(
                                placeholder="Ask a question in any language…  (Enter to send)",
                                show_label=False,
                                lines=1,
                                max_lines=6,
                                scale=8,
                                autofocus=True,
                                elem_id="qa-input",
                                submit_btn=False,
                            )
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=70, elem_id="qa-send")
                            clear = gr.Button("New chat", scale=1, min_width=110, elem_id="qa-clear")
                        with gr.Row(equal_height=True, elem_id="qa-settings"):
                            mode = gr.Radio(
                                MODES, value=settings.effective_mode, label="Answer mode", scale=1, min_width=260,
                                info="LLM endpoint: checking…", elem_id="qa-mode",
                            )
                            top_k = gr.Slider(1, 20, value=settings.top_k, step=1, label="Passages to consider (top-k)",
                                              info="How many retrieved passages the answer may draw on.",
                                              scale=1, min_width=260, elem_id="qa-topk")
                    with gr.Column(scale=2, min_width=320):
                        gr.Markdown("### Sources", elem_id="qa-sources-title")
                        sources = gr.HTML(render_sources(None), elem_id="qa-sources")
            with gr.Tab("Add articles", id="add") as add_tab:
                gr.Markdown(
                    f"Upload `.txt`, `.md` or `.html` files. They are saved in the corpus folder "
                    f"`{esc(str(settings.corpus_dir))}` and indexed incrementally: only new or changed "
                    "files are embedded. A file with the name of an existing one replaces it."
                )
                files = gr.File(
                    label="Articles to add",
                    file_count="multiple",
                    file_types=sorted(SUFFIXES),
                    type="filepath",
                    elem_id="qa-upload",
                )
                report = gr.Markdown(elem_id="qa-report")
                table = gr.Dataframe(
                    headers=["file", "language", "passages", "folder"],
                    label="Indexed articles",
                    interactive=False,
                    wrap=True,
                    elem_id="qa-articles",
                )

        answer_io = dict(
            inputs=[msg, turns, mode, top_k],
            outputs=[chatbot, sources, turns, msg],
            concurrency_limit=settings.concurrency,
            concurrency_id="answer",
            show_progress="full",
            show_progress_on=[sources],  # queue position and time, over the panel, never the chat
        )
        msg.submit(respond, **answer_io, api_name="respond")
        send.click(respond, **answer_io, api_visibility="private")

        def respond_example(turns: list[dict] | None, mode: str, top_k: float, evt: gr.SelectData):
            value = evt.value if isinstance(evt.value, dict) else {}
            yield from respond(value.get("text", ""), turns, mode, top_k)

        chatbot.example_select(respond_example, **{**answer_io, "inputs": [turns, mode, top_k]},
                               api_visibility="private")
        reset = dict(fn=new_chat, outputs=[chatbot, sources, turns, msg], queue=False, api_visibility="private")
        clear.click(**reset)
        chatbot.clear(**reset)
        chatbot.select(show_turn, inputs=[turns], outputs=[sources], queue=False, api_visibility="private")
        files.upload(
            add_articles,
            inputs=[files],
            outputs=[report, status, table, files],
            show_progress_on=[report],
            concurrency_limit=1,
            concurrency_id="index",
            api_name="add_articles",
        )
        check_llm = dict(fn=lambda: gr.update(info=_llm_info(settings)), outputs=[mode], concurrency_limit=4,
                         concurrency_id="status", api_visibility="private", show_progress="hidden")
        mode.change(**check_llm)
        demo.load(**check_llm)
        demo.load(lambda: status_line(settings), outputs=[status], concurrency_id="status",
                  api_visibility="private")
        add_tab.select(lambda: index_overview(settings)[2], outputs=[table], concurrency_id="status",
                       api_visibility="private")
    return demo


# ---------------------------------------------------------------------------------------------
# Launch
# ---------------------------------------------------------------------------------------------


def parse_auth(auth: str | None) -> tuple[str, str] | None:
    if not auth:
        return None
    user, sep, password = auth.partition(":")
    if not sep or not user or not password:
        raise ValueError("--auth must be user:password (both non-empty)")
    return user, password


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def theme() -> gr.themes.Base:
    # System fonts: the default themes would fetch web fonts.
    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    )


def warm_up(settings: Settings) -> None:
    """Load the embedder, the store and the language detectors before the first visitor."""
    t0 = time.perf_counter()
    try:
        for _ in ask_stream("warm-up: which articles are indexed?", settings=settings, mode="extractive"):
            pass
        log.info("warmed up in %.1f s", time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - an empty index is fine: the page says so
        log.warning("warm-up: %s", exc)


def launch(host: str | None = None, port: int | None = None, auth: str | None = None, *,
           block: bool = True, settings: Settings | None = None) -> gr.Blocks:
    """Serve the page. Loopback only unless ``host`` says otherwise, and then only with auth.

    ``auth`` is ``"user:password"`` (default: the ``auth`` setting, ``QA_AUTH``).
    """
    settings = settings or get_settings()
    host = host or settings.host
    port = port or settings.port
    credentials = parse_auth(auth or settings.auth)
    if not is_loopback(host) and credentials is None:
        raise ValueError(
            f"refusing to serve on {host} without a password: pass --auth user:password (or set QA_AUTH)"
        )
    warm_up(settings)
    demo = build(settings)
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=max(64, 32 * settings.concurrency))
    demo.launch(
        server_name=host,
        server_port=port,
        auth=credentials,
        auth_message="polyglot-qa: sign in" if credentials else None,
        theme=theme(),
        css=CSS,
        head=HEAD,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        share=False,
        footer_links=["api", "settings"],
        run_history=False,
        max_file_size=MAX_UPLOAD,
        prevent_thread_lock=not block,
        inbrowser=False,
        quiet=False,
    )
    return demo
