"""The chat page: rendering and upload safety in-process, then the real page in Debian's Chromium.

The browser tests start ``app.py`` as a subprocess on a free port, with a copy of the session's
bundled index and an empty corpus folder for uploads, and drive it with Playwright pointed at
/usr/bin/chromium (never ``playwright install``). One app and one browser serve the whole module.
``python tests/test_web.py http://127.0.0.1:7860/`` refreshes docs/screenshot.png from a running
``python app.py`` (the bundled articles, default settings).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from qa.answer import Answer, Check, Citation
from qa.library import indexed_files, language_name, safe_name, save_uploads
from qa.web.page import api_turn, chat_turn
from qa.web.render import Direct, Turn, bubble_markdown, check_lines, linkify, render_answer, split_direct
from qa.web.serve import is_loopback, parse_auth
from qa.web.sources import render_sources, sources_markdown

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PT = "002_a270a4e4d2196121.txt"
DRONES = "How many drones did Russia launch in its record air attack on Wednesday?"
TROOPS = "How many North Korean troops have been killed or wounded according to Western officials?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------ no browser


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../evil.txt", "evil.txt"),
        ("..\\..\\windows\\evil.md", "evil.md"),
        ("/etc/passwd.txt", "passwd.txt"),
        ("sub/dir/Artículo 1.html", "Artículo 1.html"),
        (".hidden.txt", "hidden.txt"),
        ("a<b>|c.TXT", "a_b_c.txt"),
        ("..", None),
        ("evil.sh", None),
        ("noext", None),
        ("../.txt", None),
    ],
)
def test_safe_name_keeps_uploads_in_one_folder(name, expected):
    assert safe_name(name) == expected


def test_save_uploads_never_escapes_the_corpus(tmp_path):
    corpus = tmp_path / "deep" / "corpus"
    src = tmp_path / "upload.bin"
    src.write_text("Some article text.", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    corpus.mkdir(parents=True)
    (corpus / "link.txt").symlink_to(outside)  # a planted symlink is replaced, not followed

    saved, refused = save_uploads(
        [(src, "../../evil.txt"), (src, "link.txt"), (src, "payload.exe"), (src, "/abs/ok.md")], corpus
    )

    assert saved == ["evil.txt", "link.txt", "ok.md"]
    assert set(refused) == {"payload.exe"}
    assert sorted(p.name for p in corpus.iterdir()) == ["evil.txt", "link.txt", "ok.md"]
    assert not (corpus / "link.txt").is_symlink()
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "deep" / "evil.txt").exists()


def test_auth_and_host_rules():
    assert parse_auth("ed:s3:cret") == ("ed", "s3:cret")
    assert parse_auth(None) is None
    for bad in ("nopassword", ":x", "x:"):
        with pytest.raises(ValueError):
            parse_auth(bad)
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_app_refuses_an_open_host_without_auth(capsys):
    sys.path.insert(0, str(ROOT))
    try:
        import app
    finally:
        sys.path.remove(str(ROOT))
    assert app.main(["--host", "0.0.0.0"]) == 1
    err = capsys.readouterr().err
    assert "without a password" in err and "--auth" in err and len(err.strip().splitlines()) == 1


def test_password_protects_page_and_api(indexed, tmp_path):
    """``auth`` (here from the settings, i.e. QA_AUTH) guards the page, its queue and uploads."""
    import httpx

    from qa.settings import Settings
    from qa.web import launch

    settings = Settings(index_dir=indexed.settings.store.index_dir, corpus_dir=tmp_path / "corpus", auth="ed:s3cret")
    port = free_port()
    demo = launch(host="127.0.0.1", port=port, block=False, settings=settings)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            assert http.get("/gradio_api/login_check").status_code == 401
            assert http.get("/config").status_code == 401
            assert http.post("/gradio_api/queue/join", json={"fn_index": 0, "data": ["x"], "session_hash": "s"}).status_code == 401
            assert http.post("/gradio_api/upload", files={"files": ("a.txt", b"x")}).status_code == 401
            assert http.post("/login", data={"username": "ed", "password": "wrong"}).status_code == 400
            assert http.post("/login", data={"username": "ed", "password": "s3cret"}).status_code == 200
            assert http.get("/gradio_api/login_check").status_code == 200
            assert "components" in http.get("/config").json()
    finally:
        demo.close()
    assert not (tmp_path / "corpus").exists() or not any((tmp_path / "corpus").iterdir())


def _answer() -> Answer:
    return Answer(
        text="Here is what the articles say:\n- x.txt (pt) reports: «Foi em <Wonsan>.» [1] and «$5 {a}» [2]",
        citations=[
            Citation(number=1, source="x.txt", language="pt", text="Foi em <Wonsan>. Depois.", score=0.91,
                     start=10, end=34, quote="Foi em <Wonsan>.", quote_start=10, quote_end=26),
            Citation(number=2, source="y.txt", language="ro", text="Costa $5 {a} azi.", score=0.85, start=0, end=17),
        ],
        checks=[
            Check("removed_citation", "citation [3] removed: not supported by its passage"),
            Check("removed_citation", "citation [3] removed: not supported by its passage"),
            Check("conflict", "sources disagree: [1] and [2] give different figures"),
        ],
        language="en",
    )


def test_answer_markers_are_links_and_text_is_escaped():
    html = render_answer(_answer().text, 4, _answer().checks)
    assert '<a class="qa-cite" href="#qa-src-4-1"' in html and 'href="#qa-src-4-2"' in html
    assert "<Wonsan>" not in html and "&lt;Wonsan&gt;" in html
    assert "$" not in html and "{" not in html  # neither LaTeX nor template syntax survives
    assert 'href="#qa-src-4-1"' in linkify("see [1]", 4)
    # The notes sit in an HTML block: no Markdown escapes that would show; a disagreement is said
    # by the answer itself (in the asker's language), so its English note is not repeated there.
    notes = render_answer("Quotes [1]", 0, [Check("fallback", "set QA_LLM_BASE_URL or OPENAI_API_KEY"),
                                             Check("conflict", "sources disagree: [1] [2] give different values")])
    assert "set QA_LLM_BASE_URL or OPENAI_API_KEY" in notes and "\\_" not in notes
    assert "sources disagree" not in notes


def test_sources_panel_shortens_a_huge_question_and_names_the_filter(tmp_path):
    answer = Answer(text="The articles don't say.", citations=[], checks=[], language="en")
    panel = render_sources(Turn(number=0, question="Where did Lavrov go? " * 250, answer=answer, scope="pt"))
    head = re.search(r'<span class="qa-q">(.*?)</span>', panel).group(1)
    assert len(head) < 400 and head.endswith("…”")
    assert "searched only: pt" in panel and "none of the articles searched (pt) answers" in panel
    assert "searched only" not in render_sources(Turn(number=0, question="Where?", answer=answer))


def test_repeated_checks_are_counted_once():
    lines = check_lines(_answer().checks)
    assert lines[0] == ("removed_citation", "citation [3] removed: not supported by its passage (×2)")
    assert len(lines) == 2


def test_sources_panel_highlights_the_quote(tmp_path):
    (tmp_path / "x.txt").write_text("0123456789Foi em <Wonsan>. Depois.", encoding="utf-8")
    answer = _answer()
    for c in answer.citations:
        c.root = str(tmp_path)
    html = render_sources(Turn(number=4, question="Onde?", answer=answer))
    assert 'id="qa-src-4-1"' in html and 'id="qa-src-4-2"' in html
    assert "pt · Portuguese" in html and "ro · Romanian" in html and "score 0.910" in html
    assert '<mark class="qa-quote">Foi em &lt;Wonsan&gt;.</mark>' in html
    assert "Open the whole article" in html  # x.txt is readable and its offsets match
    assert '<span class="qa-span">' in html
    assert "cannot be read" in html  # y.txt does not exist: the passage alone is shown
    assert '<mark class="qa-quote">&#36;5 &#123;a&#125;</mark>' in html  # found by the «quote»
    assert "sources disagree" in html


def _direct_answer(root: Path) -> Answer:
    """A disagreement as the extractive answer words it: the direct line, a blank line, the quotes."""
    lt, ro = "Apie 1,5 kario žuvo.", "Circa 4.000 de soldați au fost uciși."
    (root / "lt.txt").write_text("Antraštė. " + lt, encoding="utf-8")  # the passage starts at 10
    text = ("«1,5» [1] · «4.000» [2] — the sources disagree\n\nHere is what the articles say:\n"
            f"- lt.txt (lt) reports: «{lt}» [1]\n- ro.txt (ro) reports: «{ro}» [2]")
    return Answer(text=text, language="en", checks=[Check("conflict", "sources disagree: [1] [2] give different values")],
                  citations=[
                      Citation(number=1, source="lt.txt", language="lt", text=lt, score=0.9, start=10, end=30,
                               root=str(root), quote=lt, quote_start=10, quote_end=30, value="1,5",
                               value_start=15, value_end=18),
                      # ro.txt is not on disk: its value is found inside its quote by text
                      Citation(number=2, source="ro.txt", language="ro", text="Ieri. " + ro, score=0.8, start=40,
                               end=82, root=str(root), quote=ro, quote_start=46, quote_end=82, value="4.000",
                               value_start=52, value_end=57),
                  ])


def test_direct_answer_line_is_its_own_block_and_its_value_is_marked(tmp_path):
    answer = _direct_answer(tmp_path)
    direct, rest = split_direct(answer.text)
    assert direct == Direct([("1,5", [1]), ("4.000", [2])], "the sources disagree")
    assert rest.startswith("Here is what the articles say:")
    html = render_answer(answer.text, 3, answer.checks)
    block = html.split("\n\n")[0]  # an HTML block of its own, before the intro and the quotes
    assert block.startswith('<div class="qa-direct qa-direct-split">') and "Here is what" not in block
    assert ('<span class="qa-value" title="as the source writes it">1,5</span>'
            '<a class="qa-cite" href="#qa-src-3-1" title="source 1">[1]</a>') in block
    assert '>4.000</span><a class="qa-cite" href="#qa-src-3-2"' in block
    assert '<div class="qa-disagree"><span class="qa-check-icon">⚖</span> the sources disagree</div>' in block
    assert "«" not in block and "Here is what the articles say:" in html and 'href="#qa-src-3-2"' in html
    assert split_direct("«Wonsan» [1][2]\n\nHere")[0] == Direct([("Wonsan", [1, 2])])
    assert 'class="qa-direct"' in render_answer("«Wonsan» [1]\n\nHere", 0, streaming=True)
    assert "qa-direct" not in render_answer(_answer().text, 0)  # no value asked for: quotes only
    # The API keeps the answer's own text.
    assert bubble_markdown(Turn(number=3, question="?", answer=answer)).startswith(answer.text + "\n\nNotes:")

    panel = render_sources(Turn(number=3, question="Kiek?", answer=answer))
    # Offsets (lt.txt is readable): the value nested inside the quote, in the passage and the article.
    assert panel.count('<mark class="qa-quote">Apie <mark class="qa-value">1,5</mark> kario žuvo.</mark>') == 2
    assert '<span class="qa-span"><mark class="qa-quote">Apie <mark class="qa-value">1,5' in panel
    # Found by text (ro.txt cannot be read), and the direct line's «4.000» is no quote of its own.
    assert 'Ieri. <mark class="qa-quote">Circa <mark class="qa-value">4.000</mark> de soldați' in panel
    assert '<mark class="qa-quote">4.000</mark>' not in panel and '<mark class="qa-quote">1,5' not in panel


def test_follow_up_questions_get_the_conversation():
    seen = []

    def fake_stream(question, history, settings, mode, top_k):
        seen.append((question, list(history), mode, top_k))
        yield "Answer to " + question
        yield Answer(text="Answer to " + question + " [1]",
                     citations=[Citation(number=1, source="a.txt", language="en", text="p", score=0.9)],
                     language="en")

    turns = []
    for q in ("Who met Kim?", "And where?"):
        *_, (chat, panel, turns, _box) = chat_turn(None, q, turns, "extractive", 3, stream=fake_stream)
    assert seen[0] == ("Who met Kim?", [], "extractive", 3)
    assert seen[1][1] == [("Who met Kim?", "Answer to Who met Kim? [1]")]
    assert [m["role"] for m in chat] == ["user", "assistant"] * 2
    assert 'href="#qa-src-1-1"' in chat[-1]["content"] and 'id="qa-src-1-1"' in panel


def test_an_empty_index_is_a_message_not_a_crash():
    def empty(*_a):
        raise LookupError("the index at /x is empty: run `qa index` first")
        yield  # pragma: no cover

    *_, (chat, panel, turns, _box) = chat_turn(None, "Anything?", [], "extractive", 5, stream=empty)
    assert "qa-error" in chat[-1]["content"] and "Add articles" in panel
    assert turns[-1].answer is None and turns[-1].error


def test_language_names_come_from_a_table():
    for code in "lt ro pt nl en de fr es it pl ru uk el ar he zh ja ko hi th tr vi bg cs sk hu sv da fi no et lv sl hr sr".split():
        assert language_name(code) != code, code
    assert language_name("pt") == "Portuguese" and language_name("und") == "unknown"
    assert language_name("xx") == "xx"  # an unknown code shows as itself


def test_api_callers_get_the_answer_text_not_html():
    """``/respond`` renders the same turn as Markdown: no entities, no tags, the text as written."""
    text = "The articles don't say & <b>won't</b> guess [1]"

    def fake_stream(question, history, settings, mode, top_k):
        yield text
        yield Answer(text=text, language="en", checks=[Check("fallback", "LLM down: extractive answer")],
                     citations=[Citation(number=1, source="a&b.txt", language="pt", text="Foi <aqui>.\nE ali.",
                                         score=0.9, start=3, end=20)])

    *_, (chat, panel, turns) = api_turn(None, "Who's there?", [], "extractive", 3, stream=fake_stream)
    assert chat[0] == {"role": "user", "content": "Who's there?"}
    assert chat[-1]["content"] == text + "\n\nNotes:\n- ⚠ LLM down: extractive answer"
    assert bubble_markdown(turns[-1]) == chat[-1]["content"]
    assert "[1] `a&b.txt` · pt · Portuguese · score 0.900 · characters 3–20\n> Foi <aqui>.\n> E ali." in panel
    assert "· extractive · asked in en · 1 source" in panel
    for out in (chat[-1]["content"], panel):
        assert "&#" not in out and "&amp;" not in out and "&lt;" not in out and "qa-" not in out

    def empty(*_a):
        raise LookupError("the index at /x is empty")
        yield  # pragma: no cover

    import gradio as gr

    with pytest.raises(gr.Error, match="is empty"):  # gradio_client raises it: no error bubble
        list(api_turn(None, "Anything?", [], "extractive", 5, stream=empty))


def test_index_listing_is_typed(indexed):
    files = indexed_files(indexed.settings)
    assert sorted(f.source for f in files) == sorted(p.name for p in indexed.corpus.iterdir())
    assert sum(f.passages for f in files) == indexed.report.chunks_total
    assert {f.root for f in files} == {str(indexed.corpus.resolve())}
    assert next(f for f in files if f.source == PT).language == "pt"
    assert sources_markdown(Turn(number=0, question="q")).startswith("Searching the articles")


# ------------------------------------------------------------------------------ the real page


@contextmanager
def running_app(indexed, base: Path, **env_over: str):
    """``app.py`` on a free port: a copy of the bundled index, an empty corpus for uploads."""
    index = shutil.copytree(indexed.settings.store.index_dir, base / "index")
    corpus = base / "box" / "corpus"
    corpus.mkdir(parents=True)
    port = free_port()
    env = {
        **os.environ,
        "QA_INDEX_DIR": str(index),
        "QA_CORPUS_DIR": str(corpus),
        "GRADIO_TEMP_DIR": str(base / "gradio-tmp"),
        **env_over,
    }
    log_path = base / "app.log"
    url = f"http://127.0.0.1:{port}/"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        try:
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"app.py exited ({proc.returncode}):\n{log_path.read_text()[-3000:]}")
                try:
                    with urllib.request.urlopen(url, timeout=2):
                        break
                except (urllib.error.URLError, OSError):
                    if time.monotonic() > deadline:
                        pytest.fail("app.py did not answer within 120 s")
                    time.sleep(0.3)
            yield {"url": url, "corpus": corpus, "base": base, "log": log_path}
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def web(indexed, tmp_path_factory):
    """The page for most tests: extractive by default; the LLM endpoint it knows is dead."""
    with running_app(indexed, tmp_path_factory.mktemp("web"), QA_MODE="extractive",
                     QA_LLM_BASE_URL=f"http://127.0.0.1:{free_port()}/v1") as app:  # nothing listens there
        yield app


def test_respond_api_gives_plain_text(web):
    """Through Gradio's API (what ``gradio_client`` and bench/load_chat.py call), the chat text
    arrives as written: "don't", not "don&#x27;t"; ``[n]`` markers, not links."""
    from gradio_client import Client

    def last_answer(chat) -> str:
        content = chat[-1]["content"]
        return content if isinstance(content, str) else "".join(c.get("text", "") for c in content)

    client = Client(web["url"], verbose=False)
    try:
        chat, panel = client.predict("What is the capital of Australia?", "extractive", 5, api_name="/respond")
        assert "don't say" in last_answer(chat)
        chat, panel = client.predict(DRONES, "extractive", 5, api_name="/respond")
    finally:
        client.close()
    assert [m["role"] for m in chat] == ["user", "assistant"] * 2  # the session's conversation
    answer = last_answer(chat)
    assert "728" in answer and "[1]" in answer
    assert f"`{PT}` · pt · Portuguese" in panel
    for out in (answer, panel):
        assert "&#" not in out and "&amp;" not in out and "<a " not in out and "qa-" not in out


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("*** BROWSER TESTS SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


def open_page(browser, url: str):
    """A fresh page on the app at ``url``; every URL it requests must be the app's own."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    requested: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    pg.goto(url)
    pg.wait_for_selector("#qa-input textarea")
    pg.requested = requested
    yield pg
    context.close()
    outside = [u for u in requested if urlsplit(u).scheme not in ("data", "blob")
               and urlsplit(u).hostname not in ("127.0.0.1", "localhost")]
    assert not outside, f"the page loaded external assets: {outside}"


@pytest.fixture
def page(browser, web):
    yield from open_page(browser, web["url"])


def ask(page, question: str):
    """Type ``question``, press Enter, wait for the final answer; returns its bubble."""
    from playwright.sync_api import expect

    bots = page.locator('#qa-chat [data-testid="bot"]')
    before = bots.count()
    page.fill("#qa-input textarea", question)
    page.keyboard.press("Enter")
    expect(bots).to_have_count(before + 1)
    # Final when the panel shows this turn's answer (not the "Searching…" line).
    expect(page.locator(f'#qa-sources .qa-sources[data-turn="{before}"] .qa-q')).to_contain_text(question[:40])
    expect(bots.last.locator(".qa-typing")).to_have_count(0)
    return bots.last


@pytest.mark.browser
def test_page_answers_with_linked_citations_and_sources(page):
    from playwright.sync_api import expect

    bubble = ask(page, DRONES)
    expect(bubble).to_contain_text("728")
    expect(bubble.locator(".qa-direct .qa-value")).to_have_text("728")  # the files agree: one value,
    expect(bubble.locator(".qa-disagree")).to_have_count(0)  # no disagreement
    marker = bubble.locator('a.qa-cite[href="#qa-src-0-1"]').last  # the first quote's marker
    expect(marker).to_have_text("[1]")
    card = page.locator("#qa-sources #qa-src-0-1")
    expect(card.locator(".qa-file")).to_have_text(PT)
    expect(card.locator(".qa-lang")).to_have_text("pt · Portuguese")
    expect(card.locator(".qa-score")).to_contain_text("score 0.")
    expect(card.locator(".qa-passage mark.qa-quote")).to_contain_text("728 drones")

    marker.click()  # the marker is linked to its card
    expect(card).to_have_class("qa-source qa-flash")
    card.locator("summary").click()  # the whole article, cited span highlighted
    article = card.locator(".qa-article")
    expect(article).to_be_visible()
    expect(article.locator("mark.qa-quote")).to_contain_text("728 drones")
    assert len(article.inner_text()) > len(card.locator(".qa-passage").inner_text())
    assert page.requested and all(urlsplit(u).hostname == "127.0.0.1" for u in page.requested)


@pytest.mark.browser
def test_page_shows_the_direct_answer_and_both_sides_of_a_disagreement(page):
    """Articles that give different figures: the answer opens with each side's value and its
    link, says that the sources disagree, and each value is marked inside its quote."""
    from playwright.sync_api import expect

    bubble = ask(page, TROOPS)
    direct = bubble.locator(".qa-direct")
    expect(direct).to_be_visible()
    expect(direct.locator(".qa-disagree")).to_contain_text("the sources disagree")
    sides = direct.locator(".qa-side")
    assert sides.count() >= 2
    found = []
    for i in range(sides.count()):
        value = sides.nth(i).locator(".qa-value").inner_text()
        numbers = [int(a.inner_text().strip("[]")) for a in sides.nth(i).locator("a.qa-cite").all()]
        assert value and numbers, (value, numbers)
        found.append((value, numbers))
    assert len({v for v, _ in found}) >= 2, found  # two different values, each with its links
    text = bubble.inner_text()
    assert text.index(found[0][0]) < text.index("Here is what the articles say")  # above the quotes

    panel = page.locator("#qa-sources")
    for value, numbers in found:
        card = panel.locator(f"#qa-src-0-{numbers[0]}")
        expect(card.locator(".qa-passage mark.qa-quote mark.qa-value")).to_have_text(value)
    value, numbers = found[0]
    bubble.locator(f'.qa-direct a.qa-cite[href="#qa-src-0-{numbers[0]}"]').click()  # the value's link
    card = panel.locator(f"#qa-src-0-{numbers[0]}")
    expect(card).to_have_class("qa-source qa-flash")
    card.locator("summary").click()
    expect(card.locator(".qa-article .qa-span mark.qa-quote mark.qa-value")).to_have_text(value)
    colors = card.locator(".qa-passage mark.qa-value").evaluate(
        "m => [getComputedStyle(m).backgroundColor, getComputedStyle(m.parentElement).backgroundColor]")
    assert colors[0] != colors[1], colors  # a mark of its own, not just the quote's


@pytest.mark.browser
def test_unanswerable_question_shows_no_citations(page):
    from playwright.sync_api import expect

    bubble = ask(page, "What is the capital of Australia?")
    expect(bubble).to_contain_text("don't say")
    expect(bubble.locator("a.qa-cite")).to_have_count(0)
    expect(page.locator("#qa-sources .qa-source")).to_have_count(0)
    expect(page.locator("#qa-sources .qa-none")).to_contain_text("No sources")


@pytest.mark.browser
def test_checks_are_shown_and_llm_falls_back(page):
    from playwright.sync_api import expect

    expect(page.locator("#qa-mode")).to_contain_text("LLM endpoint:")
    bubble = ask(page, "Where did Sergey Lavrov meet Kim Jong Un? " + "Please answer. " * 200)
    expect(bubble.locator(".qa-check-truncated")).to_contain_text("2000")
    page.get_by_label("LLM", exact=True).check()
    bubble = ask(page, "Where did Sergey Lavrov meet Kim Jong Un?")
    expect(bubble.locator(".qa-check-fallback")).to_be_visible()  # nothing listens at the LLM URL
    expect(bubble.locator("a.qa-cite").first).to_be_visible()  # the extractive answer, cited
    # Clicking the first answer's marker brings its sources back into the panel.
    page.locator('#qa-chat [data-testid="bot"]').first.locator("a.qa-cite").first.click()
    expect(page.locator("#qa-sources #qa-src-0-1")).to_be_visible()


@pytest.mark.browser
def test_upload_is_indexed_inside_the_corpus_and_answers(page, web):
    from playwright.sync_api import expect

    text = (
        "The Zorblat lantern festival in Vilnius drew 12,345 visitors this year, its organisers said.\n"
        "The festival, founded in 1998, fills the old town with paper lanterns every October.\n"
    )
    page.get_by_role("tab", name="Add articles").click()
    page.locator("#qa-upload input[type=file]").set_input_files(
        files=[{"name": "../../evil.txt", "mimeType": "text/plain", "buffer": text.encode()},
               {"name": "tool.exe", "mimeType": "application/octet-stream", "buffer": b"MZ\x90\x00"}]
    )
    report = page.locator("#qa-report")
    expect(report).to_contain_text("1 added", timeout=90_000)
    expect(report).to_contain_text("evil.txt")
    corpus: Path = web["corpus"]
    assert sorted(p.name for p in corpus.iterdir()) == ["evil.txt"]
    assert not (corpus.parent / "evil.txt").exists() and not (corpus.parent.parent / "evil.txt").exists()
    expect(page.locator("#qa-articles")).to_contain_text("evil.txt")

    page.get_by_role("tab", name="Ask").click()
    bubble = ask(page, "How many visitors did the Zorblat lantern festival draw?")
    expect(bubble).to_contain_text("12,345")
    expect(page.locator("#qa-sources .qa-source .qa-file").first).to_have_text("evil.txt")
    expect(page.locator("#qa-sources .qa-source .qa-lang").first).to_have_text("en · English")


def take_screenshot(page, path: Path) -> None:
    """The README's picture: an English question answered from a Portuguese article, with its
    source card open on the whole article."""
    from playwright.sync_api import expect

    ask(page, "Where did Sergey Lavrov meet Kim Jong Un?")
    ask(page, DRONES)
    card = page.locator("#qa-sources .qa-source").first
    expect(card.locator(".qa-lang")).to_have_text("pt · Portuguese")
    card.locator("summary").click()
    expect(card.locator(".qa-article mark.qa-quote")).to_be_visible()
    page.mouse.move(0, 0)
    time.sleep(0.3)  # let the scroll settle
    page.screenshot(path=str(path))


@pytest.mark.browser
def test_screenshot_english_question_non_english_source(page, tmp_path):
    shot = tmp_path / "screenshot.png"
    take_screenshot(page, shot)
    assert shot.stat().st_size > 20_000


@pytest.mark.browser
@pytest.mark.llm
def test_llm_answer_streams_into_the_page(browser, indexed, llm_server, tmp_path):
    """LLM mode against the real local server: pieces appear while it writes, then the checked
    answer (SmolLM2 writes badly, so either its cited answer or the extractive fallback)."""
    from playwright.sync_api import expect

    with running_app(indexed, tmp_path, QA_LLM_BASE_URL=llm_server.base_url, QA_LLM_MODEL=llm_server.model,
                     QA_LLM_MAX_ANSWER_TOKENS="48", QA_TOP_K="2",
                     QA_LLM_CONTEXT_TOKENS="1024") as app:
        for page in open_page(browser, app["url"]):
            expect(page.locator("#qa-mode")).to_contain_text("reachable")
            expect(page.get_by_label("LLM", exact=True)).to_be_checked()  # auto: an endpoint is set
            page.fill("#qa-input textarea", "Where did Sergey Lavrov meet Kim Jong Un?")
            page.keyboard.press("Enter")
            # Streaming: some text is shown while the typing cursor is still there.
            page.wait_for_function(
                """() => { const b = [...document.querySelectorAll('#qa-chat [data-testid="bot"]')].pop();
                           return b && b.querySelector('.qa-typing') && b.innerText.replace('▍', '').trim().length > 0; }""",
                polling="raf", timeout=120_000,
            )
            bubble = page.locator('#qa-chat [data-testid="bot"]').last
            expect(page.locator('#qa-sources .qa-sources[data-turn="0"]')).to_be_visible(timeout=120_000)
            expect(bubble.locator(".qa-typing")).to_have_count(0)
            head = page.locator("#qa-sources .qa-sources-head").inner_text()
            if "· llm ·" in head:
                expect(bubble.locator("a.qa-cite").first).to_be_visible()
            else:
                expect(bubble.locator(".qa-check-fallback")).to_be_visible()


if __name__ == "__main__":
    from playwright.sync_api import sync_playwright

    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7860/"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        for pg in open_page(b, url):
            pg.wait_for_timeout(1000)  # the LLM status line
            take_screenshot(pg, ROOT / "docs" / "screenshot.png")
        b.close()
    print("wrote", ROOT / "docs" / "screenshot.png")


def test_the_pages_limit_list_becomes_the_questions_scope(indexed):
    from qa import Scope
    from qa.web.page import chat_turn, limit_choices, scope_of

    choices = [value for _label, value in limit_choices(indexed.settings)]
    assert {"language:ro", "language:lt", "file:002_a270a4e4d2196121.txt"} <= set(choices)
    assert scope_of([]) is None
    assert scope_of(["language:ro", "file:002_a270a4e4d2196121.txt"]) == Scope(("ro",), ("002_a270a4e4d2196121.txt",))

    seen = {}

    def recording_stream(question, history, settings, mode, top_k, **kw):  # a fake: records what the page asks
        seen.update(kw)
        yield from ()

    list(chat_turn(indexed.settings, "Wie viele Drohnen?", [], "extractive", 5, recording_stream,
                   scope=Scope(("ro",))))
    assert seen == {"scope": Scope(("ro",))}
