"""The local LLM server the LLM-mode tests run against: real llama.cpp, OpenAI protocol.

These check the fixture itself (so a failure here points at the test setup, not the app):
a chat answer, a streamed answer, and a server killed in the middle of a streamed answer.
"""
import sys
import time
from pathlib import Path

import openai
import pytest
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parent))  # harmless where pytest already did it
from llm_fixture import llm_server, llm_server_fresh  # noqa: E402,F401  (fixtures)

pytestmark = pytest.mark.llm


def client(server, timeout=60.0) -> OpenAI:
    return OpenAI(base_url=server.base_url, api_key="not-needed", max_retries=0, timeout=timeout)


def test_models_lists_the_alias(llm_server):
    ids = [m.id for m in client(llm_server).models.list()]
    assert llm_server.model == "local" and "local" in ids


def test_chat_completion_returns_text(llm_server):
    r = client(llm_server).chat.completions.create(
        model=llm_server.model, max_tokens=24, temperature=0,
        messages=[{"role": "user", "content": "What is the capital of France?"}])
    text = r.choices[0].message.content
    assert isinstance(text, str) and text.strip(), r
    assert r.choices[0].finish_reason in ("stop", "length")
    assert r.usage.completion_tokens > 0


def test_streaming_yields_several_chunks(llm_server):
    stream = client(llm_server).chat.completions.create(
        model=llm_server.model, max_tokens=32, stream=True, temperature=0,
        messages=[{"role": "user", "content": "Tell me a short story about a cat."}],
        extra_body={"ignore_eos": True})
    pieces = [c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 5, pieces
    assert "".join(pieces).strip()


def test_server_killed_mid_stream_raises_connection_error(llm_server_fresh):
    srv = llm_server_fresh
    stream = client(srv).chat.completions.create(
        model=srv.model, max_tokens=400, stream=True,
        messages=[{"role": "user", "content": "Write a long essay about rivers."}],
        extra_body={"ignore_eos": True})  # so it cannot finish before the kill
    received = 0
    t = time.monotonic()
    with pytest.raises(openai.APIConnectionError):
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                received += 1
                if received == 3:
                    srv.kill()
    assert received >= 3 and not srv.alive()
    assert time.monotonic() - t < 30  # the client notices at once, it does not hang
    with pytest.raises(openai.APIConnectionError):  # and the next request is refused
        client(srv, timeout=5).chat.completions.create(
            model=srv.model, max_tokens=4, messages=[{"role": "user", "content": "Hi"}])
