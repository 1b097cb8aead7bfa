"""What the language model reads: the evidence the extractive step chose, fenced by passage.

Whole retrieved passages made prompts of 3–4k tokens: a 1.5B model on two cores took 26 s to
answer, and read past the sentence that answers. So the model gets the sentences the extractive
answer quotes (every side of a disagreement among them), each with the sentence before it in
its passage (the one that often says who "he" is), grouped and numbered by passage so that its
``[n]`` still names a file the checker can verify against. The evidence fits a budget of
``settings.llm.evidence_tokens`` (default 300 tokens for each 4k of the model's context; every
side of a disagreement goes in before other quotes); ``settings.llm.whole_passages`` gives whole
passages instead. A small model on a small machine reads its prompt slowly (Qwen2.5-1.5B on two
cores: ~35 tokens a second), so the prompt is most of an answer's time: with 300 tokens rather
than a fifth of a 4k context (~800), LLM mode's answer p50 fell from 11.6 to 9.2 s on the
held-out check halves and from 15.9 to 10.0 s on the public set, with the same accuracy, and
the model's words kept in about as many answers (eval/README.md, session 16).

Text addressed to an assistant (``kind == "instruction"``) never enters a prompt, in either way;
nor do the publisher's notices (copyright, paywall, subscription offers: ``kind == "notice"``),
which say nothing about the news and, given whole, were the passage's last words to the model.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..chunking import count_tokens
from ..kinds import INSTRUCTION, NOTICE, QUOTABLE
from ..records import Passage, Sentence
from ..retrieval import Retrieval
from ..settings import Settings

GAP = " … "
# A passage tag written inside an article, in any case or spacing ("</Passage >", "<passage n=1>"):
# left as it is, an article could close its fence early or forge a passage of its own.
_TAG = re.compile(r"<(\s*/?\s*passage)", re.IGNORECASE)
_NEVER = frozenset({INSTRUCTION, NOTICE})  # kinds no prompt holds


@dataclass
class Grounding:
    """The numbered passages (``passages[n-1]`` is ``[n]``), their sentences, the fenced text."""

    passages: list[Passage]
    sentences: list[list[Sentence]]
    text: str


def budget(settings: Settings) -> int:
    """Tokens of evidence in a prompt: the setting, or 300 for each 4k of the model's context."""
    return settings.llm.evidence_tokens or max(64, 300 * settings.llm.context_tokens // 4096)


def ground(evidence: list, found: Retrieval, settings: Settings) -> Grounding:
    """The evidence (``extractive.Evidence``, best first) as fenced, numbered passages, cut to
    the budget. The first piece of evidence is always given."""
    limit = budget(settings)
    order: dict[str, int] = {}
    passages: list[Passage] = []
    sentences: list[list[Sentence]] = []
    shown: list[set[int]] = []  # per passage: indices into its sentences
    for ev in evidence:
        p = ev.passage
        if p is None or ev.sentence.kind in _NEVER:
            continue
        if p.chunk_id not in order:
            order[p.chunk_id] = len(passages)
            passages.append(p)
            own = sorted(found.sentences_in(p), key=lambda s: s.start)
            sentences.append(own or [ev.sentence])
            shown.append(set())
        i = order[p.chunk_id]
        before = set(shown[i])
        picked = _index(sentences[i], ev.sentence)
        shown[i] |= {picked} | _neighbour(sentences[i], picked)
        text = fence(passages, sentences, shown, settings.llm.whole_passages)
        if count_tokens(text) > limit and any(shown[:i] + shown[i + 1:] + [before]):
            shown[i] = before  # over budget: this piece of evidence stays out
            if not before:
                del passages[i], sentences[i], shown[i], order[p.chunk_id]
            break
    text = fence(passages, sentences, shown, settings.llm.whole_passages)
    return Grounding(passages, sentences, text)


def _index(sentences: list[Sentence], sentence: Sentence) -> int:
    for i, s in enumerate(sentences):
        if s.start == sentence.start and s.source == sentence.source:
            return i
    sentences.append(sentence)  # a sentence outside the passage's stored ones (should not happen)
    sentences.sort(key=lambda s: s.start)
    return sentences.index(sentence)


def _neighbour(sentences: list[Sentence], i: int) -> set[int]:
    """The statement before sentence ``i`` (its context), if there is one."""
    for j in range(i - 1, -1, -1):
        if sentences[j].kind in QUOTABLE:
            return {j}
        if sentences[j].kind == INSTRUCTION:
            return set()
    return set()


def fence(passages: list[Passage], sentences: list[list[Sentence]], shown: list[set[int]],
          whole: bool = False) -> str:
    """``<passage n="1" language="…">`` blocks of the shown sentences (or of every statement of
    the passage when ``whole``), runs joined by " … ". No file name: the model cites [n], which
    names the file for the checker, and a name like ``001_eb6a4a698124b44e.txt`` cost 23 of the
    prompt's tokens a passage (~0.6 s each on two cores) while telling the model nothing."""
    blocks = []
    for n, (p, own, picked) in enumerate(zip(passages, sentences, shown), start=1):
        keep = [i for i, s in enumerate(own) if s.kind not in _NEVER and (whole or i in picked)]
        body, last = "", None
        for i in keep:
            body += (GAP if last is not None and i != last + 1 else " " if last is not None else "") + own[i].text
            last = i
        body = _TAG.sub(r"&lt;\1", " ".join(body.split()))
        blocks.append(f'<passage n="{n}" language="{html.escape(str(p.language), quote=True)}">\n{body}\n</passage>')
    return "\n\n".join(blocks)
