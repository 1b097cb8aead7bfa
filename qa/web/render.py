"""The chat bubbles and the upload report as the page shows them: text in, HTML or Markdown out.

Everything a visitor or an article wrote is escaped here, including what Gradio's templates
(``{…}``), its LaTeX (``$``) or Markdown would otherwise interpret, so an article cannot inject
markup into the page. Pure functions, tested without a browser.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..answer import Answer, Check
from ..library import Added, IndexedFile

MARKER = re.compile(r"\[(\d{1,3})\]")
_SIDE = r"«[^»\n]+»(?: ?\[\d{1,3}\])+"
# The extractive answer's first line when the question asks for a value: "«100» [1][2]", or
# "«1,5» [4] · «4.000» [5] — the sources disagree" (the framing in the question's language).
DIRECT = re.compile(rf"(?P<sides>{_SIDE}(?: · {_SIDE})*)(?: — (?P<note>[^\n]+))?\n\n")
SIDE = re.compile(r"«([^»\n]+)»((?: ?\[\d{1,3}\])+)")


@dataclass(kw_only=True)
class Turn:
    """One question of a conversation, as the page keeps it in its state.

    ``text`` is what has been shown of a streaming answer; ``answer`` or ``error`` is set once
    it ends. Earlier turns' answers are the history a follow-up question is asked with.
    """

    number: int
    question: str
    text: str = ""
    scope: str = ""  # the articles searched ("pt, 003_x.txt"), when a filter narrowed them
    answer: Answer | None = None
    error: str | None = None

    @property
    def pending(self) -> bool:
        return self.answer is None and self.error is None


def esc(text: str) -> str:
    """HTML-escape, and neutralise what Gradio's templates or Markdown would interpret."""
    return (
        html.escape(text, quote=True)
        .replace("$", "&#36;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("`", "&#96;")
    )


def esc_md(text: str) -> str:
    """Escape for a chat bubble (Markdown): HTML plus the inline Markdown characters."""
    return re.sub(r"([\\*_\[\]|~])", r"\\\1", esc(text))


def cite_link(turn: int, n: int) -> str:
    return f'<a class="qa-cite" href="#qa-src-{turn}-{n}" title="source {n}">[{n}]</a>'


def linkify(text: str, turn: int, markdown: bool = True) -> str:
    """Escape ``text`` and turn each ``[n]`` into a link to source card ``n`` of ``turn``."""
    out, last = [], 0
    escape = esc_md if markdown else esc
    for m in MARKER.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append(cite_link(turn, int(m.group(1))))
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


CHECK_ICON = {
    "removed_citation": "✂",
    "reassigned_citation": "↪",
    "fallback": "⚠",
    "declined": "∅",
    "conflict": "⚖",
    "truncated": "✂",
    "notice": "ℹ",
}


@dataclass(frozen=True)
class Direct:
    """An answer's direct answer line: each side's value with its citation numbers, and the
    framing after them (non-empty when the sources disagree)."""

    sides: list[tuple[str, list[int]]]
    note: str = ""


def split_direct(text: str) -> tuple[Direct | None, str]:
    """``text``'s direct answer line, parsed, and the rest (the intro and the quotes)."""
    m = DIRECT.match(text)
    if not m:
        return None, text
    sides = [(v, [int(n) for n in MARKER.findall(ns)]) for v, ns in SIDE.findall(m.group("sides"))]
    return Direct(sides, (m.group("note") or "").strip()), text[m.end():]


def render_direct(direct: Direct, turn: int) -> str:
    """The direct answer as its own block: each value as the source writes it, with its
    ``[n]`` links; when the sources disagree, a note saying so."""
    sides = '<span class="qa-direct-sep"> · </span>'.join(
        f'<span class="qa-side"><span class="qa-value" title="as the source writes it">{esc(value)}</span>'
        + "".join(cite_link(turn, n) for n in numbers) + "</span>"
        for value, numbers in direct.sides
    )
    note = (f'<div class="qa-disagree"><span class="qa-check-icon">{CHECK_ICON["conflict"]}</span> '
            f"{esc(direct.note)}</div>" if direct.note else "")
    kind = " qa-direct-split" if len(direct.sides) > 1 else ""
    return f'<div class="qa-direct{kind}"><div class="qa-direct-values">{sides}</div>{note}</div>'


def check_lines(checks: list[Check]) -> list[tuple[str, str]]:
    """(kind, message) per distinct check; repeated identical messages are counted, not repeated."""
    seen: dict[tuple[str, str], int] = {}
    for c in checks:
        key = (c.kind, c.message)
        seen[key] = seen.get(key, 0) + 1
    return [(k, m if n == 1 else f"{m} (×{n})") for (k, m), n in seen.items()]


def render_checks(checks: list[Check], turn: int, markdown: bool = True) -> str:
    """The notes under an answer (and atop its sources) saying what the citation checks did."""
    if not checks:
        return ""
    items = "".join(
        f'<div class="qa-check qa-check-{esc(kind)}">'
        f'<span class="qa-check-icon">{CHECK_ICON.get(kind, "ℹ")}</span> {linkify(message, turn, markdown)}</div>'
        for kind, message in check_lines(checks)
    )
    return f'<div class="qa-checks">{items}</div>'


TYPING = '<span class="qa-typing">▍</span>'


def render_answer(text: str, turn: int, checks: list[Check] | None = None, streaming: bool = False) -> str:
    """An assistant bubble: the direct answer's block (when the answer opens with one), the
    answer with linked markers, then what the checks did."""
    direct, rest = split_direct(text)
    body = linkify(rest, turn)
    if direct is not None:
        body = render_direct(direct, turn) + "\n\n" + body
    if streaming:
        body = f"{body} {TYPING}" if body else TYPING
    # Notes sit in an HTML block, where Markdown escapes would show ("QA\\_LLM"); a disagreement
    # is already said in the answer, in the asker's language.
    notes = render_checks([c for c in checks or [] if c.kind != "conflict"], turn, markdown=False)
    return body + ("\n\n" + notes if notes else "")


def bubble_html(turn: Turn) -> str:
    """The page's assistant bubble for ``turn``, at whatever stage it is."""
    if turn.error is not None:
        return f'<span class="qa-error">{esc(turn.error)}</span>'
    if turn.answer is not None:
        return render_answer(turn.answer.text, turn.number, turn.answer.checks)
    return render_answer(turn.text, turn.number, streaming=True)


def bubble_markdown(turn: Turn) -> str:
    """The assistant message for API callers: the answer's own text, ``[n]`` markers as they
    are, and the checks as a list; nothing escaped, since no page renders it."""
    if turn.error is not None:
        return turn.error
    if turn.answer is None:
        return turn.text
    notes = "".join(f"\n- {CHECK_ICON.get(kind, 'ℹ')} {message}"
                    for kind, message in check_lines(turn.answer.checks))
    return turn.answer.text + (f"\n\nNotes:{notes}" if notes else "")


def chat_messages(turns: list[Turn], bubble: Callable[[Turn], str],
                  question: Callable[[str], str] = str) -> list[dict[str, str]]:
    """The conversation as chat messages: each question, then its bubble."""
    msgs = []
    for t in turns:
        msgs.append({"role": "user", "content": question(t.question)})
        msgs.append({"role": "assistant", "content": bubble(t)})
    return msgs


def render_report(added: Added) -> str:
    """The **Add articles** tab's account of an upload: what was saved, indexed or refused, and why."""
    lines = []
    report = added.report
    if report is not None:
        lines.append(
            f"**Indexed `{esc(str(report.root))}`** in {report.seconds:.1f} s: "
            f"**{len(report.added)} added**, **{len(report.updated)} updated**, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, "
            f"**{len(report.skipped)} skipped**. Passages +{report.chunks_added} / −{report.chunks_removed}; "
            f"{report.chunks_total} in the index."
        )
        same = [n for n in added.saved if n in report.unchanged]
        for label, names in (("Added", report.added), ("Updated", report.updated), ("Removed", report.removed),
                             ("Already indexed, unchanged", same)):
            if names:
                lines.append(f"- {label}: " + ", ".join(f"`{esc(n)}`" for n in names))
        for name, reason in report.skipped.items():
            lines.append(f"- Skipped `{esc(name)}`: {esc(reason)}")
    for name, reason in added.refused.items():
        lines.append(f"- Not added `{esc(name)}`: {esc(reason)}")
    return "\n".join(lines) or "Nothing to add."


def status_line(files: list[IndexedFile], corpus: str) -> str:
    """The header line: what the index holds, and where uploads go."""
    if not files:
        return f"Index: empty — add articles in the **Add articles** tab. Corpus folder: `{esc(corpus)}`"
    return (
        f"Ask about your articles in any language; answers cite them, quotes stay in their language · "
        f"index: **{len(files)}** articles, {sum(f.passages for f in files)} passages · corpus `{esc(corpus)}`"
    )
