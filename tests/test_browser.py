"""The built site in a real browser (Playwright driving Debian's Chromium): language switch,
search in both languages, the register's filters, inert injected data, accessibility."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from nqs.formatting import number as format_number
from nqs.formatting import plural_form
from nqs.site.labels import LABELS
from tests.conftest import PROJECT
from tests.site_support import build, git_project

CHROMIUM = os.environ.get("NQS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = PROJECT / ".cache/npm/node_modules/axe-core/axe.min.js"
# Chromium on this machine: no sandbox as root, no background requests to Google's hosts.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INJECTED = "7212-1-018"
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    def inject(root: Path) -> None:
        path = next(root.glob(f"register/professions/*/{INJECTED}.yml"))
        lines = path.read_text(encoding="utf-8").split("\n")
        name = lines.index("name:")
        for line in (name + 1, name + 2):  # the kk and ru names, 'quoted'
            lines[line] = lines[line][:-1] + f" {PAYLOAD}'"
        path.write_text("\n".join(lines), encoding="utf-8")

    base = tmp_path_factory.mktemp("browser")
    out = base / "out"
    out.mkdir()
    handler = functools.partial(QuietHandler, directory=str(out))
    server = QuietServer(("127.0.0.1", 0), handler)
    served = f"http://127.0.0.1:{server.server_address[1]}"
    # Built for the address it is served at, as a publisher would: --site-url.
    build(git_project(base / "repo"), out, change=inject, site_url=served + "/")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield served
    server.shutdown()
    server.server_close()


class QuietServer(http.server.ThreadingHTTPServer):
    """A page Chromium stops loading midway (it moved on) is no failure of the test."""

    def handle_error(self, request: Any, address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, address)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"Chromium is needed at {CHROMIUM}: make test installs it"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def test_language_switch_keeps_the_entry(page: Page, origin: str) -> None:
    page.goto(f"{origin}/ru/professions/7212-1-008/")
    # By keyboard: the switch names the languages and is reached with Tab.
    assert page.locator(".nqs-langs a").all_inner_texts() == ["Қазақша", "Русский"]
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hreflang") == "kk":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{origin}/kk/professions/7212-1-008/")
    assert page.get_attribute("html", "lang") == "kk"
    assert page.inner_text("h1") == "Дәнекерлеуші"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_an_entrys_menu_leads_to_every_section(browser: Browser, origin: str, lang: str) -> None:
    """An entry page's navigation comes from the language's one shared file (engine.py): on a
    phone the menu button opens it, and each link leads to its page; on a desktop it is the
    left column, as on the other pages."""
    home = browser.new_page(viewport={"width": 1280, "height": 800})
    home.goto(f"{origin}/{lang}/")
    named = "links => links.map(a => [a.textContent.trim(), a.href])"
    sections = home.eval_on_selector_all("nav.md-nav--primary a.md-nav__link", named)
    home.close()
    assert len(sections) == 11
    for width in (360, 1280):
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(f"{origin}/{lang}/professions/7212-1-008/")
        links = page.locator("nav.md-nav--primary a.md-nav__link")
        links.nth(10).wait_for(state="attached", timeout=10_000)
        if width == 360:
            page.click("label.md-header__button[for=__drawer]")
        shown = links.nth(2)
        shown.wait_for(state="visible", timeout=10_000)
        found = links.evaluate_all(named)
        assert [[name, url] for name, url in sections] == found
        shown.click()
        page.wait_for_url(sections[2][1])
        assert page.locator("h1").count() == 1
        page.close()


def _results(page: Page, url: str) -> list[tuple[str, str]]:
    page.goto(url)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=10_000)
    return [
        (link.inner_text(), link.get_attribute("href") or "")
        for link in page.query_selector_all(".pagefind-ui__result-link")
    ]


def test_russian_search_finds_word_forms_in_russian_only(page: Page, origin: str) -> None:
    results = _results(page, f"{origin}/ru/search/?q=сварщика")
    assert ("7212-1-008 Сварщик", "/ru/professions/7212-1-008/") in results
    assert all(href.startswith("/ru/") for _, href in results)


def test_kazakh_search_finds_kazakh_pages_only(page: Page, origin: str) -> None:
    results = _results(page, f"{origin}/kk/search/?q=дәнекерлеуші")
    assert ("7212-1-008 Дәнекерлеуші", "/kk/professions/7212-1-008/") in results
    assert all(href.startswith("/kk/") for _, href in results)


def test_search_by_code(page: Page, origin: str) -> None:
    results = _results(page, f"{origin}/ru/search/?q=7212-1-008")
    assert results[0][1] == "/ru/professions/7212-1-008/"


@pytest.mark.parametrize(
    "url",
    [
        "/kk/",
        "/ru/professions/",
        "/kk/professions/7212-1-008/",
        "/ru/search/?q=сварщик",
        "/kk/statistics/",
    ],
)
def test_no_request_leaves_the_origin(page: Page, origin: str, url: str) -> None:
    requests: list[str] = []
    missing: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda answer: missing.append(answer.url) if answer.status >= 400 else 0)
    page.goto(origin + url)
    page.wait_for_load_state("networkidle")
    assert requests and [r for r in requests if not r.startswith(origin + "/")] == []
    assert missing == []  # nothing asked for that is not there (Material's sitemap.xml once)


def _visible(page: Page) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = page.locator("#nqs-professions tbody tr:visible").evaluate_all(
        "rows => rows.map(r => ({code: r.cells[0].innerText, name: r.cells[1].innerText,"
        " basis: r.dataset.basis, levels: r.dataset.levels}))"
    )
    return rows


def test_register_filters(page: Page, origin: str) -> None:
    page.goto(f"{origin}/ru/professions/")
    total = len(_visible(page))
    page.select_option("select[name=basis]", "voluntary")
    page.wait_for_selector('section[data-nqs-section="mandatory"][hidden]', state="attached")
    voluntary = _visible(page)
    assert 0 < len(voluntary) < total
    assert {row["basis"] for row in voluntary} == {"voluntary"}
    page.select_option("select[name=level]", "6")
    page.wait_for_function(
        "[...document.querySelectorAll('#nqs-professions tbody tr')]"
        ".every(r => r.dataset.levels.includes(' 6 '))"
    )
    rows = _visible(page)
    assert rows and all(" 6 " in row["levels"] for row in rows)
    page.fill("input[name=text]", "7212")
    page.select_option("select[name=basis]", "")
    page.select_option("select[name=level]", "")
    page.wait_for_function(
        "[...document.querySelectorAll('#nqs-professions tbody tr')]"
        ".every(r => r.cells[0].innerText.startsWith('7212'))"
    )
    codes = [row["code"] for row in _visible(page)]
    assert codes and all(code.startswith("7212") for code in codes)
    page.click("#nqs-professions tbody tr:visible a >> nth=0")
    page.wait_for_url(f"{origin}/ru/professions/{codes[0]}/")


def test_register_sorts_by_a_column(page: Page, origin: str) -> None:
    page.goto(f"{origin}/ru/professions/")
    table = page.locator('section[data-nqs-section="mandatory"] table')
    table.locator("th >> nth=1").locator("button").click()
    assert table.locator("th >> nth=1").get_attribute("aria-sort") == "ascending"
    page.wait_for_function(
        "(() => { const names = [...document.querySelectorAll("
        "'section[data-nqs-section=mandatory] tbody tr td:nth-child(2)')].map(c => c.innerText);"
        " return names.length > 1 && names.every("
        "(n, i) => i === 0 || names[i - 1].localeCompare(n, 'ru', {numeric: true}) <= 0); })()"
    )


def test_standards_sort_by_a_column(page: Page, origin: str) -> None:
    page.goto(f"{origin}/kk/standards/")
    header = page.locator("table th >> nth=0")
    header.locator("button").click()
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    codes = page.locator("table tbody tr td:first-child").all_inner_texts()
    assert len(codes) > 1 and codes == sorted(codes, reverse=True)


def test_centers_filter_by_status(page: Page, origin: str) -> None:
    page.goto(f"{origin}/kk/centers/")
    rows = page.locator("#nqs-centers tbody tr")
    count = page.locator("form[data-nqs-filter] output")
    assert count.text_content() == f"{LABELS['shown']['kk']} {rows.count()}"  # all, at first
    page.select_option("select[name=state]", "revoked")
    shown = page.locator("#nqs-centers tbody tr:not([hidden])").evaluate_all(
        "rows => rows.map(r => r.dataset.state)"
    )
    assert shown and set(shown) == {"revoked"}
    assert count.text_content() == f"{LABELS['shown']['kk']} {len(shown)}"


def test_kazakh_search_interface_is_kazakh(page: Page, origin: str) -> None:
    page.goto(f"{origin}/kk/search/")
    page.wait_for_selector(".pagefind-ui__search-input")
    assert page.get_attribute(".pagefind-ui__search-input", "placeholder") == "Іздеу"


@pytest.mark.parametrize(
    ("lang", "query", "forms"),
    [
        (
            "ru",
            "сварщик",
            {
                "one": "По запросу сварщик найден {n} результат",
                "few": "По запросу сварщик найдено {n} результата",
                "many": "По запросу сварщик найдено {n} результатов",
            },
        ),
        ("kk", "дәнекерлеуші", {"one": "дәнекерлеуші бойынша {n} нәтиже табылды"}),
    ],
)
def test_search_counts_its_results_in_the_readers_language(
    page: Page, origin: str, lang: str, query: str, forms: dict[str, str]
) -> None:
    """The count of results takes the plural form CLDR gives it in the page's language («2
    результата», «5 результатов»), not Pagefind's one/many; the words are the site's."""
    results = _results(page, f"{origin}/{lang}/search/?q={query}")
    page.wait_for_function(
        "q => document.querySelector('.pagefind-ui__message').innerText.includes(q)", arg=query
    )
    message = page.inner_text(".pagefind-ui__message")
    count = int(re.sub(r"\D", "", message.replace(query, "")))
    assert count >= len(results) > 0
    form = plural_form(count, lang)
    assert message == forms.get(form, forms["one"]).format(n=format_number(count, lang))


def test_injected_data_stays_inert(page: Page, origin: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in (f"/ru/professions/{INJECTED}/", "/ru/professions/", f"/kk/professions/{INJECTED}/"):
        page.goto(origin + url)
        page.wait_for_load_state("load")
        assert PAYLOAD in page.inner_text("body")
    page.goto(f"{origin}/ru/search/?q=7212-1-018")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=10_000)
    assert PAYLOAD in page.inner_text(".pagefind-ui__results")
    assert dialogs == []
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
    assert not any("alert(" in text for text in scripts)


def test_an_entrys_history_reads_on_a_phone(browser: Browser, origin: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{origin}/ru/professions/7212-1-008/")
    rows = page.locator(".nqs-history tbody tr")
    assert rows.count() == 2  # the amendment, then the entry brought in with the register
    newest = rows.nth(0).inner_text()
    assert newest.startswith("10 ноября 2025 года")  # formatting.date
    assert "Срок действия документа о признании: 3 → 4" in newest
    assert rows.nth(1).is_visible()
    context.close()


# One page of each type, in each language.
PAGE_TYPES = (
    "",
    "professions/",
    "professions/7212-1-008/",
    "standards/",
    "standards/PS-2250-001/",
    "centers/",
    "centers/080840000558/",
    "centers/not-renewable/",
    "decisions/",
    "decisions/2025-10-29/",
    "statistics/",
    "downloads/",
    "search/?q=7212",
    "propose/",
    "about/",
    "data/",
    "404.html",
)
# For axe: every page type above, and the entries in their other states (an excluded
# profession, a repealed standard, a revoked and a terminated center).
AXE_PAGES = (
    *PAGE_TYPES,
    "professions/7212-2-001/",
    "standards/PS-7212-002/",
    "centers/110240000297/",
    "centers/100940000964/",
)
# The pages outside a language: the root's choice of language, its 404 page, a decision's
# press release in each language (a page of its own, to print or send).
ROOT_PAGES = (
    "",
    "404.html",
    "press/2025-10-29/press-release.kk.html",
    "press/2025-10-29/press-release.ru.html",
)


@pytest.mark.parametrize("pages", ["kk", "ru", "root"])
def test_no_serious_accessibility_violations(page: Page, origin: str, pages: str) -> None:
    """axe-core on every page type, in each language, and on the pages outside them: no
    violation of serious or critical impact."""
    assert AXE.exists(), f"axe-core is needed at {AXE}: make test installs it"
    uris = ROOT_PAGES if pages == "root" else [f"{pages}/{uri}" for uri in AXE_PAGES]
    found = {}
    for uri in uris:
        page.goto(f"{origin}/{uri}")
        page.wait_for_load_state("networkidle")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run()).violations"
            ".filter(v => ['serious', 'critical'].includes(v.impact))"
            ".map(v => [v.id, v.impact, v.nodes.slice(0, 3).map(n => n.html)])"
        )
        if violations:
            found[uri] = violations
    assert found == {}, "\n".join(f"{uri}: {v}" for uri, v in found.items())


# What a reader's screen shows wrongly, measured: the page wider than the window; a box of
# text (8 characters or more of its own) narrower than 8 characters of its font (the
# register's name column once was 0 px wide); a heading overlapping another heading or the
# element before or after it. A box inside a visually hidden one (1 px wide) is not seen.
LAYOUT_PROBLEMS = """() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > innerWidth) {
    problems.push(`page ${root.scrollWidth} px > ${innerWidth}`);
  }
  const seen = el => { for (let e = el; e; e = e.parentElement) {
    const r = e.getBoundingClientRect(); if (r.width <= 1 || r.height <= 1) { return false; } }
    return true; };
  const scope = [...document.querySelectorAll('article, .nqs-langs')];
  for (const el of scope.flatMap(s => [s, ...s.querySelectorAll('*')])) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3)
      .map(n => n.textContent).join('').trim();
    if (own.length < 8 || !seen(el)) { continue; }
    const width = el.getBoundingClientRect().width;
    const least = 8 * 0.45 * parseFloat(getComputedStyle(el).fontSize);
    if (width < least) {
      problems.push(`${el.tagName} "${own.slice(0, 30)}" ${width.toFixed(0)} px wide`);
    }
  }
  const headings = [...document.querySelectorAll('article :is(h1, h2, h3, h4)')].filter(seen);
  const meets = (a, b) => { const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
    return Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
      Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1; };
  for (const h of headings) {
    const near = [h.previousElementSibling, h.nextElementSibling, ...headings.filter(o => o !== h)];
    for (const other of near) {
      if (other && seen(other) && meets(h, other)) {
        problems.push(`${h.tagName} "${h.innerText.slice(0, 30)}" overlaps ${other.tagName}`);
      }
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("width", [320, 360, 414, 1280])
def test_every_page_type_fits_the_screen(browser: Browser, origin: str, width: int) -> None:
    """Every page type in both languages, on phones from 320 px up and on a desktop: no
    horizontal scroll of the page, no text squeezed narrower than 8 characters, no heading
    over another; the register's lists are cards there, with every value readable."""
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 1000)
    page = context.new_page()
    problems = {}
    for lang in ("kk", "ru"):
        for uri in PAGE_TYPES:
            page.goto(f"{origin}/{lang}/{uri}")
            page.wait_for_load_state("networkidle")
            if found := page.evaluate(LAYOUT_PROBLEMS):
                problems[f"{lang}/{uri}"] = found
    context.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_register_rows_are_cards_on_a_phone(browser: Browser, origin: str) -> None:
    """At 360 px a row of the register is a card: the code on top, then the name, and the
    body, levels and validity each on its own line, named; rows the filters load too."""
    context = browser.new_context(viewport={"width": 360, "height": 800}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{origin}/kk/professions/")
    first = page.locator('section[data-nqs-section="mandatory"] tbody tr >> nth=0')
    cells = first.locator("td")
    assert cells.nth(0).inner_text() == "2250-0-003"
    texts = cells.evaluate_all(
        "cells => cells.map(c => [c.dataset.label || '', c.innerText,"
        " getComputedStyle(c, '::before').content !== 'none'])"
    )
    assert texts == [
        ["", "2250-0-003", False],
        ["", "Ветеринариялық дәрігер", False],
        ["Салалық мемлекеттік орган", "Қазақстан Республикасы Ауыл шаруашылығы министрлігі", True],
        ["Біліктілік деңгейлері", "5, 6", True],
        ["Тану туралы құжаттың қолданылу мерзімі", "5 жыл", True],
    ]
    boxes = [cells.nth(i).bounding_box() for i in range(5)]
    assert all(box and box["width"] > 250 for box in boxes)
    tops = [box["y"] for box in boxes if box]
    assert tops == sorted(tops) and len(set(tops)) == 5  # one under another
    page.fill("input[name=text]", "2250")
    page.wait_for_function(
        "document.querySelector('section[data-nqs-section=mandatory] tbody td[data-label]')"
        " && [...document.querySelectorAll('#nqs-professions tbody tr')].length < 20"
    )
    assert first.locator("td >> nth=3").get_attribute("data-label") == "Біліктілік деңгейлері"
    context.close()


@pytest.mark.parametrize("url", ["/ru/professions/7212-1-008/", "/kk/professions/", "/ru/centers/"])
def test_an_entry_and_a_list_print_on_a4(page: Page, origin: str, url: str) -> None:
    """On paper the page is its content: no header, menu, language switch or filters; the
    tables stay tables, no wider than an A4 sheet inside its margins."""
    page.set_viewport_size({"width": 703, "height": 1000})  # 186 mm at 96 dpi
    page.goto(origin + url)
    page.emulate_media(media="print")
    shown = page.evaluate(
        "() => ['.md-header', '.md-sidebar--primary', '.nqs-langs', '.nqs-filters', '.md-footer']"
        ".filter(s => document.querySelector(s))"
        ".filter(s => getComputedStyle(document.querySelector(s)).display !== 'none')"
    )
    assert shown == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 703
    tables = page.locator("article table.nqs-table")
    assert tables.count() > 0
    assert set(tables.evaluate_all("ts => ts.map(t => getComputedStyle(t).display)")) == {"table"}
    assert page.evaluate(
        "[...document.querySelectorAll('article table.nqs-table')]"
        ".every(t => t.getBoundingClientRect().right <= 703)"
    )
    assert page.pdf(format="A4", prefer_css_page_size=True).startswith(b"%PDF")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_chart_labels_stay_inside_their_chart(browser: Browser, origin: str, lang: str) -> None:
    """Every label and legend of the statistics charts is drawn inside its chart's frame: a
    long body's name was cut at the left edge (drawn from x < 0), a legend off the right."""
    page = browser.new_page(viewport={"width": 360, "height": 800})
    page.goto(f"{origin}/{lang}/statistics/")
    outside = page.evaluate(
        "() => [...document.querySelectorAll('svg.nqs-chart text')].filter(t => {"
        " const b = t.getBBox(), v = t.ownerSVGElement.viewBox.baseVal;"
        " return b.x < 0 || b.x + b.width > v.width; }).map(t => t.textContent)"
    )
    page.close()
    assert outside == []
