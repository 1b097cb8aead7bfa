"""LLM mode: the extractive answer at once, then a model's words on it, checked claim by claim.

The endpoint is OpenAI itself (``OPENAI_API_KEY``, model gpt-4o-mini) or any compatible server
(``QA_LLM_BASE_URL``: llama.cpp, vLLM, Ollama; model ``QA_LLM_MODEL``). The retrieval, the
"is anything relevant?" gate and the evidence are the extractive mode's, so both modes abstain
alike and the model reads only what the quotes rest on (``qa.answer.grounding``): a small local
model answers in seconds, and the reader has the quotes while it writes. Whatever goes wrong
with the model (down, slow, garbage, no supported claim) leaves the quotes and a one-line
notice, never a traceback.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..components import embedder_for, llm_client
from ..library import LANGUAGE_NAMES  # one table of language names, the page's too
from ..retrieval import Retrieval
from ..settings import Settings
from . import asks, citations, extractive, facts, grounding
from .evidence import tuning_for
from .i18n import phrase, question_language
from .types import Answer, Check, Question

log = logging.getLogger(__name__)

# Shipped inside the package (a wheel has them); `prompts/` at the repository root links here.
PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


# The prompt's word for "the evidence does not answer" (answer_system.txt), however it comes back.
NONE = re.compile(r"^\W*none\W*$", re.IGNORECASE)


class LLMError(RuntimeError):
    """The model could not give a usable answer; the message is one line for the user."""


@lru_cache(maxsize=8)
def prompt(name: str) -> str:
    return (PROMPTS / f"{name}.txt").read_text(encoding="utf-8")


def model_name(settings: Settings) -> str:
    return settings.llm.model or (DEFAULT_OPENAI_MODEL if not settings.llm.base_url else "local")


def status(settings: Settings) -> tuple[bool, str]:
    """Is the configured endpoint reachable? One line for the page's settings panel."""
    if not settings.llm.configured:
        return False, "not configured: set QA_LLM_BASE_URL or OPENAI_API_KEY"
    where = settings.llm.base_url or "api.openai.com"
    try:
        llm_client(settings, timeout=3).models.list()
    except Exception as exc:  # noqa: BLE001 - any failure is "unreachable" to the user
        return False, f"{where} · model {model_name(settings)} · unreachable ({type(exc).__name__})"
    return True, f"{where} · model {model_name(settings)} · reachable"


def messages(question: str, lang: str, evidence: str) -> list[dict]:
    """The chat: a system prompt that is the same for every question (a server's prompt cache
    reuses it), then the fenced evidence, the question and the language to answer in."""
    language_name = LANGUAGE_NAMES.get(lang.lower(), "the language of the question")
    user = prompt("answer_user").format(passages=evidence, question=question, language_name=language_name)
    return [{"role": "system", "content": prompt("answer_system")}, {"role": "user", "content": user}]


def condense(question: str, history_pairs: list[tuple[str, str]], settings: Settings) -> str | None:
    """A follow-up rewritten as a standalone question by the model; None when there is no
    model to ask or it failed (the caller falls back to the extractive mode's follow-up rule)."""
    if not settings.llm.configured:
        return None
    convo = "\n".join(f"User: {q}\nAssistant: {a[:400]}" for q, a in history_pairs[-3:])
    try:
        res = llm_client(settings, timeout=min(settings.llm.timeout, 20)).chat.completions.create(
            model=model_name(settings),
            messages=[{"role": "user", "content": prompt("condense").format(history=convo, question=question)}],
            max_tokens=80,
            temperature=0,
        )
        text = (res.choices[0].message.content or "").strip().splitlines()
        return text[0].strip() if text and len(text[0].strip()) > 3 else None
    except Exception as exc:  # noqa: BLE001
        log.warning("condense failed (%s); the previous question joins the search instead", exc)
        return None


def generate(msgs: list[dict], settings: Settings) -> Iterator[str]:
    """Stream the model's text; raises :class:`LLMError` with a one-line reason."""
    import openai

    if not settings.llm.configured:
        raise LLMError("no language model is configured: set QA_LLM_BASE_URL or OPENAI_API_KEY")
    deadline = time.monotonic() + settings.llm.timeout
    try:
        stream = llm_client(settings).chat.completions.create(
            model=model_name(settings), messages=msgs, stream=True, temperature=0,
            max_tokens=settings.llm.max_answer_tokens,
        )
        with stream:  # closes the connection on every exit, so a slow server is let go
            for chunk in stream:
                if time.monotonic() > deadline:
                    raise LLMError(f"the language model took longer than {settings.llm.timeout:.0f} s")
                if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
    except LLMError:
        raise
    except openai.APITimeoutError as exc:
        raise LLMError(f"the language model timed out after {settings.llm.timeout:.0f} s") from exc
    except openai.APIConnectionError as exc:
        raise LLMError(f"the language model is unreachable ({settings.llm.base_url or 'OpenAI'})") from exc
    except openai.APIStatusError as exc:
        raise LLMError(f"the language model answered HTTP {exc.status_code}") from exc
    except Exception as exc:  # noqa: BLE001 - a broken stream or malformed reply
        raise LLMError(f"the language model failed: {type(exc).__name__}") from exc


class LLM:
    """Evidence first, words next: the extractive answer is shown at once; the model then
    writes from the evidence it chose; the checker keeps only the claims the sources support.
    Anything that goes wrong leaves the extractive answer, with a notice."""

    mode = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.standalone: str | None = None

    def query(self, question: Question) -> str:
        """A follow-up rewritten by the model as a standalone question (kept for the prompt)."""
        if question.history:
            self.standalone = condense(question.text, list(question.history), self.settings)
        return self.standalone or extractive.follow_up_query(question)

    def answer(self, question: Question, found: Retrieval) -> Iterator[str | Answer]:
        """Quotes (yielded at once, ending in a blank line), then the model's words as they
        come, then the final answer: the quotes and the checked words under them, the quotes
        alone with a note, or (``settings.llm.declines``) a decline where the model found no
        answer in them."""
        lang, settings = question.language, self.settings
        embedder = embedder_for(settings)
        quotes = extractive.draft(found, lang, settings.answer.min_score, embedder,  # as the extractive mode
                                  tuning_for(settings.answer))
        if quotes.abstained:  # nothing relevant: the model is not asked to make something up
            result = Answer(quotes.text, [], [*question.notices, *quotes.checks], self.mode, lang, question.text)
            yield result.text
            yield result
            return
        yield quotes.text + "\n\n"
        evidence = grounding.ground(_sides_first(quotes), found, settings)
        pieces: list[str] = []
        shown = 0  # pieces yielded: held back while they may still spell the prompt's NONE
        try:
            prompt_question = self.standalone or question.text
            for piece in generate(messages(prompt_question, lang, evidence.text), settings):
                pieces.append(piece)
                if shown or not _may_be_none("".join(pieces)):  # once shown, never held again
                    yield "".join(pieces[shown:])
                    shown = len(pieces)
        except LLMError as exc:
            yield from _fallback(question, quotes, [], f"{exc}; the quotes stand alone", streamed=bool(shown),
                                 note="unavailable")
            return
        said = "".join(pieces).strip()
        if NONE.match(said):
            if settings.llm.declines and not any(c.value for c in quotes.citations):
                yield _declined(question, found, len(evidence.passages))
            else:  # a model's "none" is not believed over a direct answer the best sentence gives
                why = "the language model found no answer in the evidence"
                yield from _fallback(question, quotes, [], why, streamed=bool(shown))
            return
        if shown < len(pieces):
            yield "".join(pieces[shown:])
        text, cites, verdicts = citations.check(said, evidence.passages, embedder, evidence.sentences,
                                                lang, prompt_question, _answers(question.text, quotes))
        spoken = question_language(citations.MARKER.sub("", text)) if len(text) >= 24 else lang
        if cites and spoken != lang:  # words copied from a source in its language are not an answer
            why = f"the language model answered in {LANGUAGE_NAMES.get(spoken, spoken)}, not in the question's language"
            yield from _fallback(question, quotes, verdicts, why, streamed=True)
            return
        if not cites:
            why = ("every claim of the language model's answer was removed: no sentence of its sources says it"
                   if any(c.kind == "removed_claim" for c in verdicts)
                   else "the language model's answer cited no source")
            yield from _fallback(question, quotes, verdicts, why, streamed=True)
            return
        yield _combined(question, quotes, text, cites, verdicts)


def _may_be_none(text: str) -> bool:
    """Could the model's words so far still be its "none" (``NONE``)?"""
    letters = re.sub(r"\W", "", text).casefold()
    return "none".startswith(letters)


def _declined(question: Question, found: Retrieval, read: int) -> Answer:
    """The model read the evidence the quotes rest on and found no answer in it: the answer is
    that the articles don't say (within the search's scope), as when nothing relevant is found,
    with no citation. A near-topic question ("Who is Russia's defence minister?") finds
    sentences about the topic that answer something else; the quotes were streamed at once,
    the final answer is this. Only where ``settings.llm.declines`` asks for it (a 1.5B model's
    NONE cost one right answer on the held-out check halves while it declined three unanswerable
    tune questions: eval/README.md) and the quotes hold no direct answer (a value the best
    sentence gives)."""
    why = (f"the language model read the {read} passage(s) nearest the question and found no answer "
           "in them; their quotes are not given as an answer")
    checks = [*question.notices, Check("declined", why)]
    return Answer(extractive.none_said(found, question.language), [], checks, LLM.mode, question.language,
                  question.text)


def _answers(question: str, quotes: extractive.Draft) -> set[str] | None:
    """The figures the extractive answer found for a how-many/when question (its direct answer's
    values), which the model's figures for it must be among; None when it found none."""
    if asks.expected_answer(question) is None:
        return None
    found = set().union(*(facts.numbers(getattr(c, "value", "") or "") for c in quotes.citations))
    return found or None


def _combined(question: Question, quotes: extractive.Draft, text: str, cites: list, verdicts: list[Check]) -> Answer:
    """The quotes, then the model's checked words; the words' citations numbered after the
    quotes' (one that quotes the same sentence of the same passage takes the quote's number)."""
    numbers: dict[int, int] = {}
    merged = list(quotes.citations)
    for c in cites:
        same = next((q for q in merged if (q.chunk_id, q.quote_start) == (c.chunk_id, c.quote_start)), None)
        if same is None:
            same = replace(c, number=len(merged) + 1)
            merged.append(same)
        numbers[c.number] = same.number
    words = citations.MARKER.sub(lambda m: " " + "".join(f"[{numbers[n]}]" for n in citations.numbers_in(m.group(0))), text)
    claims = citations.parse(words)
    full = f"{quotes.text}\n\n{words}"
    checks = [*question.notices, *quotes.checks, *verdicts]
    return Answer(full, merged, checks, LLM.mode, question.language, question.text, claims)


def _sides_first(quotes: extractive.Draft) -> list:
    """The quotes' evidence with every side of the direct answer (a quote whose citation holds
    a value) right after the best sentence, so that a tight evidence budget leaves out other
    quotes, never a side of a disagreement."""
    valued = {c.chunk_id for c in quotes.citations if c.value}
    first, rest = quotes.evidence[:1], quotes.evidence[1:]
    return first + sorted(rest, key=lambda e: e.passage is None or e.passage.chunk_id not in valued)  # stable


def _fallback(question: Question, quotes: extractive.Draft, verdicts: list[Check], why: str, streamed: bool,
              note: str = "fallback"):
    """The extractive answer, and a note under it, in the question's language, saying why the
    model's words are not shown: they could not be verified ("fallback"), or the model gave
    none ("unavailable": down, slow, not configured)."""
    note = phrase(question.language, note)
    text = f"{quotes.text}\n\n{note}"
    checks = [*question.notices, *verdicts, *quotes.checks, Check("fallback", why)]
    yield ("\n\n" if streamed else "") + note
    yield Answer(text, quotes.citations, checks, "extractive", question.language, question.text)
