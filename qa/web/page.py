"""The page's layout and its event handlers: a chat with streamed answers and a sources panel,
the answer mode and top-k, and a tab to add articles.

Two ways in to one conversation handler: the page's own events render HTML for the chat and the
panel, while the ``/respond`` API endpoint renders the same turns as Markdown, so that Gradio
API callers (``gradio_client``) get the answer's text, not escaped HTML.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from ..answer import Answer, ask_stream, llm
from ..documents import SUFFIXES
from ..library import IndexedFile, add_articles, indexed_files, language_name
from ..records import Scope
from ..settings import Settings, get_settings
from .render import Turn, bubble_html, bubble_markdown, chat_messages, esc, esc_md, render_report, status_line
from .sources import render_sources, sources_markdown

log = logging.getLogger(__name__)
STATUS_EVERY_S = 5.0  # how often the header line re-reads the article count

STREAM_INTERVAL = 0.08  # seconds between streamed updates of an answer
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
Stream = Callable[..., Iterator["str | Answer"]]


def limit_choices(settings: Settings) -> list[tuple[str, str]]:
    """The page's "only these" choices: each indexed language, then each file."""
    files = indexed_files(settings)
    langs = sorted({f.language for f in files})
    return ([(f"{code} · {language_name(code)}", f"language:{code}") for code in langs]
            + [(f.source, f"file:{f.source}") for f in files])


def scope_of(limit: list[str] | None) -> Scope | None:
    """The choices made in the "only these" list, as a :class:`Scope` (None: everything)."""
    chosen = limit or []
    scope = Scope(tuple(v.split(":", 1)[1] for v in chosen if v.startswith("language:")),
                  tuple(v.split(":", 1)[1] for v in chosen if v.startswith("file:")))
    return scope or None


def run_turn(settings: Settings, question: str, turns: list[Turn], mode: str | None,
             top_k: float | None, stream: Stream | None = None, scope: Scope | None = None) -> Iterator[str]:
    """Ask ``question`` as the next turn of ``turns`` (appended, then updated in place).

    Yields the stage after each change: ``"start"``, ``"stream"`` (more text to show) and
    ``"done"`` (answer or error set). Earlier answers are the history, so follow-up questions
    use the conversation. Errors end the turn with a message; the server stays up.
    """
    stream = stream or ask_stream
    history = [(t.question, t.answer.text) for t in turns if t.answer is not None]
    turn = Turn(number=len(turns), question=question, scope=str(scope or ""))
    turns.append(turn)
    yield "start"
    text, last = "", 0.0
    final: Answer | None = None
    try:
        for item in stream(question, history, settings, mode, int(top_k) if top_k else None,
                           **({"scope": scope} if scope else {})):
            if isinstance(item, Answer):
                final = item
                continue
            # A piece is shown once the next one arrives (at most ~12 updates a second), so an
            # answer that comes in one piece (extractive) goes straight to its final form.
            if text != turn.text and time.perf_counter() - last >= STREAM_INTERVAL:
                turn.text, last = text, time.perf_counter()
                yield "stream"
            text += item or ""
            if text.endswith("\n\n") and text != turn.text:  # a finished block (LLM mode's quotes,
                turn.text, last = text, time.perf_counter()  # before the model's words): show it now
                yield "stream"
    except LookupError as exc:  # empty index
        turn.error = f"{exc}. Add articles in the “Add articles” tab."
    except ValueError as exc:  # empty question and the like
        turn.error = str(exc)
    except Exception as exc:  # noqa: BLE001 - the page shows it; the server stays up
        log.exception("answer failed")
        turn.error = f"Something went wrong: {exc}"
    if turn.error is None:
        if final is None:
            turn.error = "No answer came back."
        turn.answer = final
    yield "done"


def chat_turn(settings: Settings, message: str, turns: list[Turn] | None, mode: str | None,
              top_k: float | None, stream: Stream | None = None, scope: Scope | None = None):
    """One question through the page: yields (chat messages, sources HTML, turns, input box)."""
    turns = list(turns or [])
    question = (message or "").strip()
    if not question:
        yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return
    for stage in run_turn(settings, question, turns, mode, top_k, stream, scope):
        panel = gr.skip() if stage == "stream" else render_sources(turns[-1])
        yield chat_messages(turns, bubble_html, esc_md), panel, turns, "" if stage == "start" else gr.skip()


def api_turn(settings: Settings, message: str, turns: list[Turn] | None, mode: str | None,
             top_k: float | None, stream: Stream | None = None):
    """One question through the API: yields (chat messages, sources), both Markdown.

    A question that cannot be answered (empty index, error) raises :class:`gr.Error`, which
    ``gradio_client`` turns into an exception, instead of an error bubble.
    """
    turns = list(turns or [])
    question = (message or "").strip()
    if not question:
        raise gr.Error("empty question")
    for _stage in run_turn(settings, question, turns, mode, top_k, stream):
        if turns[-1].error is not None:
            raise gr.Error(turns[-1].error)
        yield chat_messages(turns, bubble_markdown), sources_markdown(turns[-1]), turns


def _files(settings: Settings) -> list[IndexedFile]:
    """The index's files for the header and the table; an overview never breaks the page."""
    try:
        return indexed_files(settings)
    except Exception as exc:  # noqa: BLE001
        log.warning("index overview failed: %s", exc)
        return []


def _rows(files: list[IndexedFile]) -> list[list[Any]]:
    """The **Add articles** table: file, language, passages, folder."""
    return [[f.source, f"{f.language} · {language_name(f.language)}", f.passages, f.root] for f in files]


def _llm_info(settings: Settings) -> str:
    try:
        ok, text = llm.status(settings)
    except Exception as exc:  # noqa: BLE001 - a status line, never a crash
        ok, text = False, f"status unknown ({exc})"
    return f"{'●' if ok else '○'} LLM endpoint: {text}"


def build(settings: Settings | None = None) -> gr.Blocks:
    """The page as a ``gr.Blocks`` (not launched; :func:`qa.web.launch` serves it)."""
    settings = settings or get_settings()
    corpus = str(settings.index.corpus_dir)

    # Named apart: a private event still claims its function's name as its API name.
    def ask_on_page(message: str, turns: list[Turn] | None, mode: str, top_k: float,
                    limit: list[str] | None = None):
        yield from chat_turn(settings, message, turns, mode, top_k, scope=scope_of(limit))

    def respond(message: str, turns: list[Turn] | None, mode: str, top_k: float):
        yield from api_turn(settings, message, turns, mode, top_k)

    def show_turn(turns: list[Turn] | None, evt: gr.SelectData):
        idx = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        turns = turns or []
        if not isinstance(idx, int) or not 0 <= idx // 2 < len(turns):
            return gr.skip()
        return render_sources(turns[idx // 2])

    def new_chat():
        return [], render_sources(None), [], ""

    def add(files, progress=gr.Progress()):
        paths = [Path(x if isinstance(x, str) else x.name) for x in files or []]
        progress(0, desc="indexing")

        def on_progress(done: int, total: int, source: str) -> None:
            progress((done, total), desc=f"embedding {source}", unit="texts")

        added = add_articles([(p, p.name) for p in paths], settings, on_progress)
        indexed = _files(settings)
        return render_report(added), status_line(indexed, corpus), _rows(indexed), None

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
                            top_k = gr.Slider(1, 20, value=settings.retrieval.top_k, step=1,
                                              label="Passages to consider (top-k)",
                                              info="How many retrieved passages the answer draws on (with the chunks of up to twice as many nearest sentences).",
                                              scale=1, min_width=260, elem_id="qa-topk")
                            limit = gr.Dropdown(limit_choices(settings), multiselect=True, value=[],
                                                label="Only these languages or files",
                                                info="Empty: every indexed article.", scale=1,
                                                min_width=260, elem_id="qa-limit")
                    with gr.Column(scale=2, min_width=320):
                        gr.Markdown("### Sources", elem_id="qa-sources-title")
                        sources = gr.HTML(render_sources(None), elem_id="qa-sources")
            with gr.Tab("Add articles", id="add") as add_tab:
                gr.Markdown(
                    f"Upload `.txt`, `.md`, `.html`, `.pdf` or `.docx` files. They are saved in the corpus folder "
                    f"`{esc(corpus)}` and indexed incrementally: only new or changed "
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
        api_sources = gr.Markdown(visible=False, label="sources")  # /respond's second output

        answer_io = dict(
            inputs=[msg, turns, mode, top_k, limit],
            outputs=[chatbot, sources, turns, msg],
            concurrency_limit=settings.web.concurrency,
            concurrency_id="answer",
            show_progress="full",
            show_progress_on=[sources],  # queue position and time, over the panel, never the chat
            api_visibility="private",
        )
        msg.submit(ask_on_page, **answer_io)
        send.click(ask_on_page, **answer_io)
        # The API's way in: no trigger on the page, the same conversation state per session.
        gr.on([], respond, inputs=[msg, turns, mode, top_k], outputs=[chatbot, api_sources, turns],
              concurrency_limit=settings.web.concurrency, concurrency_id="answer", api_name="respond")

        def respond_example(turns: list[Turn] | None, mode: str, top_k: float, limit: list[str] | None,
                            evt: gr.SelectData):
            value = evt.value if isinstance(evt.value, dict) else {}
            yield from ask_on_page(value.get("text", ""), turns, mode, top_k, limit)

        chatbot.example_select(respond_example, **{**answer_io, "inputs": [turns, mode, top_k, limit]})
        reset = dict(fn=new_chat, outputs=[chatbot, sources, turns, msg], queue=False, api_visibility="private")
        clear.click(**reset)
        chatbot.clear(**reset)
        chatbot.select(show_turn, inputs=[turns], outputs=[sources], queue=False, api_visibility="private")
        files.upload(add, inputs=[files], outputs=[report, status, table, files], show_progress_on=[report],
                     concurrency_limit=1, concurrency_id="index", api_name="add_articles")
        check_llm = dict(fn=lambda: gr.update(info=_llm_info(settings)), outputs=[mode], concurrency_limit=4,
                         concurrency_id="status", api_visibility="private", show_progress="hidden")
        mode.change(**check_llm)
        demo.load(**check_llm)
        demo.load(lambda: status_line(_files(settings), corpus), outputs=[status], concurrency_id="status",
                  api_visibility="private")
        # Another process (`qa index`, `--watch`) may add articles meanwhile: the count follows
        # (indexed_files is cached until the index changes, so a tick costs a stat and a count).
        gr.Timer(STATUS_EVERY_S).tick(lambda: status_line(_files(settings), corpus), outputs=[status],
                                      concurrency_id="status", api_visibility="private", show_progress="hidden")
        add_tab.select(lambda: _rows(_files(settings)), outputs=[table], concurrency_id="status",
                       api_visibility="private")
    return demo
