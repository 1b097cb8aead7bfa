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
from ..embedding import get_embedder
from ..retrieval import Search, search, to_passage
from ..settings import Settings
from . import citations, extractive
from .i18n import phrase
from .types import Answer, Check

log = logging.getLogger(__name__)

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
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
    return settings.llm_model or (DEFAULT_OPENAI_MODEL if not settings.llm_base_url else "local")


def client(settings: Settings, timeout: float | None = None):
    from openai import OpenAI

    return OpenAI(
        api_key=settings.llm_api_key or "not-needed",
        base_url=settings.llm_base_url,
        timeout=timeout or settings.llm_timeout,
        max_retries=0,
    )


def status(settings: Settings) -> tuple[bool, str]:
    """Is the configured endpoint reachable? One line for the page's settings panel."""
    if not settings.llm_configured:
        return False, "not configured: set QA_LLM_BASE_URL or OPENAI_API_KEY"
    where = settings.llm_base_url or "api.openai.com"
    try:
        client(settings, timeout=3).models.list()
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
    budget = settings.llm_context_tokens - settings.llm_max_answer_tokens - count_tokens(system + frame) - 64
    user = prompt("answer_user").format(
        passages=fence(passages, max(budget, 200)), question=question, language_name=language_name
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def condense(question: str, history_pairs: list[tuple[str, str]], settings: Settings) -> str:
    """A follow-up rewritten as a standalone question by the model (the question itself on failure)."""
    convo = "\n".join(f"User: {q}\nAssistant: {a[:400]}" for q, a in history_pairs[-3:])
    try:
        res = client(settings, timeout=min(settings.llm_timeout, 20)).chat.completions.create(
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

    deadline = time.monotonic() + settings.llm_timeout
    try:
        stream = client(settings).chat.completions.create(
            model=model_name(settings), messages=msgs, stream=True, temperature=0,
            max_tokens=settings.llm_max_answer_tokens,
        )
        with stream:  # closes the connection on every exit, so a slow server is let go
            for chunk in stream:
                if time.monotonic() > deadline:
                    raise LLMError(f"the language model took longer than {settings.llm_timeout:.0f} s")
                if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
    except LLMError:
        raise
    except openai.APITimeoutError as exc:
        raise LLMError(f"the language model timed out after {settings.llm_timeout:.0f} s") from exc
    except openai.APIConnectionError as exc:
        raise LLMError(f"the language model is unreachable ({settings.llm_base_url or 'OpenAI'})") from exc
    except openai.APIStatusError as exc:
        raise LLMError(f"the language model answered HTTP {exc.status_code}") from exc
    except Exception as exc:  # noqa: BLE001 - a broken stream or malformed reply
        raise LLMError(f"the language model failed: {type(exc).__name__}") from exc


def sources_for(found: Search) -> list[citations.Source]:
    """The checker's view of the retrieved passages, with their stored sentence vectors."""
    sentences = found.store.sentences_of(found.hits)
    out = []
    for h in found.hits:
        p = to_passage(h)
        inside = sorted(
            (s.metadata["start"], s.metadata["end"], s.text, s.vector)
            for s in sentences
            if s.metadata["source"] == p.source and s.metadata.get("root") == p.root
            and s.metadata.get("sha256") == h.metadata.get("sha256")
            and s.metadata["start"] < p.end and s.metadata["end"] > p.start
        )
        out.append(citations.Source(p.source, p.language, p.text, p.score, p.start, p.end, p.root, inside))
    return out


def answer_stream(
    question: str, lang: str, history, settings: Settings, top_k: int, checks: list[Check]
) -> Iterator[str | Answer]:
    """Retrieve, gate, generate (streamed), check; fall back to the extractive answer."""
    from . import _history_pairs, follow_up_query

    pairs = _history_pairs(history)
    standalone = condense(question, pairs, settings) if pairs else question
    found = search(question, top_k, settings, query=standalone if pairs else follow_up_query(question, history))
    fallback = extractive.answer(found, lang, settings.min_score, [])
    if fallback.abstained:  # nothing relevant: the model is not asked to make something up
        fallback.checks = checks
        fallback.question = question
        yield fallback.text
        yield fallback
        return
    passages = [to_passage(h) for h in found.hits]
    pieces: list[str] = []
    try:
        for piece in generate(messages(standalone, lang, passages, settings), settings):
            pieces.append(piece)
            yield piece
    except LLMError as exc:
        yield from _fallback(fallback, checks, f"{exc}; extractive answer shown", question, lang)
        return
    raw = "".join(pieces).strip()
    text, cites, verdicts = citations.check(raw, sources_for(found), get_embedder(settings))
    checks.extend(verdicts)
    if not cites:
        why = "the language model's answer had no supported citation; extractive answer shown"
        yield from _fallback(fallback, checks, why, question, lang)
        return
    result = Answer(text, cites, checks, "llm", lang, question)
    yield result


def _fallback(fallback: Answer, checks: list[Check], why: str, question: str, lang: str):
    checks.append(Check("fallback", why))
    fallback.checks = checks
    fallback.text = f"{phrase(lang, 'fallback')}\n{fallback.text}"
    fallback.question = question
    yield "\n\n" + fallback.text
    yield fallback
