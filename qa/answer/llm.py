"""LLM mode: any OpenAI-compatible chat endpoint writes the answer; the checker verifies it.

The endpoint is OpenAI itself (``OPENAI_API_KEY``, model gpt-4o-mini) or any compatible server
(``QA_LLM_BASE_URL``: llama.cpp, vLLM, Ollama; model ``QA_LLM_MODEL``). The retrieval and the
"is anything relevant?" gate are the extractive mode's, so both modes abstain alike. Whatever
goes wrong with the model (down, slow, garbage, no valid citation) ends in the extractive
answer and a one-line notice, never a traceback.
"""
from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..chunking import count_tokens, encoding
from ..components import embedder_for, llm_client
from ..retrieval import Retrieval
from ..settings import Settings
from . import citations, extractive
from .i18n import phrase
from .types import Answer, Check, Question

log = logging.getLogger(__name__)

# Shipped inside the package (a wheel has them); `prompts/` at the repository root links here.
PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "ro": "Romanian", "lt": "Lithuanian", "nl": "Dutch", "pl": "Polish",
    "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "ar": "Arabic", "he": "Hebrew",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai",
    "tr": "Turkish", "vi": "Vietnamese", "bg": "Bulgarian",
}


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


# A passage tag written inside an article, in any case or spacing ("</Passage >", "<passage n=1>"):
# left as it is, an article could close its fence early or forge a passage of its own.
_TAG = re.compile(r"<(\s*/?\s*passage)", re.IGNORECASE)


def _inert(text: str) -> str:
    return _TAG.sub(r"&lt;\1", text)


def fence(passages: list, budget_tokens: int) -> str:
    """Passages as fenced, numbered blocks, cut to ``budget_tokens`` (tiktoken cl100k)."""
    blocks, used = [], 0
    for n, p in enumerate(passages, start=1):
        body = _inert(p.text)
        attrs = [html.escape(str(v), quote=True) for v in (p.source, p.language)]
        head = f'<passage n="{n}" file="{attrs[0]}" language="{attrs[1]}">\n'
        cost = count_tokens(head + body) + 4
        if used + cost > budget_tokens:
            room = budget_tokens - used - count_tokens(head) - 4
            if room < 40:
                break
            body = encoding().decode(encoding().encode(body, disallowed_special=())[:room])
            cost = budget_tokens - used
        blocks.append(f"{head}{body}\n</passage>")
        used += cost
    return "\n\n".join(blocks)


def messages(question: str, lang: str, passages: list, settings: Settings) -> list[dict]:
    language_name = LANGUAGE_NAMES.get(lang, "the language of the question")
    system = prompt("answer_system").format(language_name=language_name, none=phrase(lang, "none"))
    frame = prompt("answer_user").format(passages="", question=question, language_name=language_name)
    budget = settings.llm.context_tokens - settings.llm.max_answer_tokens - count_tokens(system + frame) - 64
    user = prompt("answer_user").format(
        passages=fence(passages, max(budget, 200)), question=question, language_name=language_name
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def condense(question: str, history_pairs: list[tuple[str, str]], settings: Settings) -> str:
    """A follow-up rewritten as a standalone question by the model (the question itself on failure)."""
    convo = "\n".join(f"User: {q}\nAssistant: {a[:400]}" for q, a in history_pairs[-3:])
    try:
        res = llm_client(settings, timeout=min(settings.llm.timeout, 20)).chat.completions.create(
            model=model_name(settings),
            messages=[{"role": "user", "content": prompt("condense").format(history=convo, question=question)}],
            max_tokens=80,
            temperature=0,
        )
        text = (res.choices[0].message.content or "").strip().splitlines()
        return text[0].strip() if text and len(text[0].strip()) > 3 else question
    except Exception as exc:  # noqa: BLE001
        log.warning("condense failed (%s); using the question as asked", exc)
        return question


def generate(msgs: list[dict], settings: Settings) -> Iterator[str]:
    """Stream the model's text; raises :class:`LLMError` with a one-line reason."""
    import openai

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
    """The model writes the answer from the retrieved passages; the checker verifies every
    citation; anything that goes wrong ends in the extractive answer with a notice."""

    mode = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.standalone: str | None = None

    def query(self, question: Question) -> str:
        """A follow-up rewritten by the model as a standalone question (kept for the prompt)."""
        if question.history:
            self.standalone = condense(question.text, list(question.history), self.settings)
            return self.standalone
        return extractive.follow_up_query(question)

    def answer(self, question: Question, found: Retrieval) -> Iterator[str | Answer]:
        """Gate, generate (streamed), check; fall back to the extractive answer."""
        lang, settings = question.language, self.settings
        quotes = extractive.draft(found, lang, settings.answer.min_score)
        if quotes.abstained:  # nothing relevant: the model is not asked to make something up
            result = Answer(quotes.text, [], list(question.notices), self.mode, lang, question.text)
            yield result.text
            yield result
            return
        passages = found.all_passages
        pieces: list[str] = []
        try:
            prompt_question = self.standalone or question.text
            for piece in generate(messages(prompt_question, lang, passages, settings), settings):
                pieces.append(piece)
                yield piece
        except LLMError as exc:
            yield from _fallback(question, quotes, [], f"{exc}; extractive answer shown")
            return
        sentences = [sorted(found.sentences_in(p), key=lambda s: s.start) for p in passages]
        text, cites, verdicts = citations.check("".join(pieces).strip(), passages,
                                                embedder_for(settings), sentences)
        if not cites:
            why = "the language model's answer had no supported citation; extractive answer shown"
            yield from _fallback(question, quotes, verdicts, why)
            return
        yield Answer(text, cites, [*question.notices, *verdicts], self.mode, lang, question.text)


def _fallback(question: Question, quotes: extractive.Draft, verdicts: list[Check], why: str):
    """The extractive answer, introduced by a notice of why the model's was not used."""
    text = f"{phrase(question.language, 'fallback')}\n{quotes.text}"
    checks = [*question.notices, *verdicts, *quotes.checks, Check("fallback", why)]
    yield "\n\n" + text
    yield Answer(text, quotes.citations, checks, "extractive", question.language, question.text)
