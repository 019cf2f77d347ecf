"""The built site, read as files: every entry in both languages, safe, self-contained."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nqs.collation import collated
from nqs.formatting import number as format_number
from nqs.formatting import plural_form
from nqs.layout import Kind, classify, discover
from nqs.site.engine import ABOUT_NAV, NAV, NAVIGATION, between_tags, compact
from nqs.site.labels import FIELD_LABELS, LABELS
from tests.conftest import PROJECT, Output, end, run_nqs, start_nqs
from tests.site_support import SITE_URL, WRITTEN_FOR, build, copy_project

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>{: onclick="alert(2)" }'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(PROJECT, tmp_path_factory.mktemp("site") / "out")


def _entries(kind: Kind) -> list[str]:
    return [p.stem for p in (classify(f) for f in discover(PROJECT)) if p and p.kind is kind]


def _pages_at_least() -> int:
    """How many pages one language has at least: one for each entry of the register."""
    kinds = (Kind.PROFESSION, Kind.STANDARD, Kind.CENTER, Kind.DECISION)
    return sum(len(_entries(kind)) for kind in kinds)


@pytest.mark.parametrize(
    ("kind", "section"),
    [
        (Kind.PROFESSION, "professions"),
        (Kind.STANDARD, "standards"),
        (Kind.CENTER, "centers"),
        (Kind.DECISION, "decisions"),
    ],
)
def test_every_entry_has_a_page_in_both_languages(site: Path, kind: Kind, section: str) -> None:
    codes = _entries(kind)
    assert codes
    for lang in ("kk", "ru"):
        missing = [c for c in codes if not (site / lang / section / c / "index.html").is_file()]
        assert missing == []


def test_html_lang_and_absolute_alternates_on_every_page(site: Path) -> None:
    """Every page's twins (the same page in each language) are named in the language's list
    of pages, which its sitemap.xml (an index: Material, reading a full list on every page,
    took seconds on a phone) names; a hreflang link of a page's head names its twin, never
    another page (the other language's home, say). Today the head names none (engine.py:
    Material's script would ask for a sitemap.xml beside each)."""
    for lang in ("kk", "ru"):
        pages = list((site / lang).rglob("index.html"))
        assert len(pages) >= _pages_at_least(), lang
        index = (site / lang / "sitemap.xml").read_text(encoding="utf-8")
        assert "<url>" not in index
        assert f"<sitemap><loc>{SITE_URL}{lang}/sitemap-pages.xml</loc></sitemap>" in index
        sitemap = (site / lang / "sitemap-pages.xml").read_text(encoding="utf-8")
        for page in pages:
            html = page.read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in html, page
            address = page.parent.relative_to(site / lang).as_posix()
            address = "" if address == "." else address + "/"
            assert f"<loc>{SITE_URL}{lang}/{address}</loc>" in sitemap, page
            head = html[: html.index("</head>")]
            for link in re.findall(r"<link [^>]*hreflang=[^>]*>", head):
                other = re.search(r'hreflang="(\w+)"', link)
                assert other is not None, (page, link)
                assert f'href="{SITE_URL}{other[1]}/{address}"' in link, (page, link)
            for other in ("kk", "ru"):
                twin = f'hreflang="{other}" href="{SITE_URL}{other}/{address}"/>'
                assert twin in sitemap, (page, other)


@pytest.mark.parametrize(
    ("section", "key", "badge"),
    [
        ("professions", "7212-1-008", "nqs-badge"),
        ("standards", "PS-7212-001", "nqs-badge"),
        ("centers", "080840000558", "nqs-badge nqs-state-active"),
        ("decisions", "2025-10-29", ""),
    ],
)
def test_an_entrys_page_opens_with_its_summary_card(
    site: Path, section: str, key: str, badge: str
) -> None:
    """The card comes first: the key and the status badge, the title, the main facts."""
    for lang in ("kk", "ru"):
        html = (site / lang / section / key / "index.html").read_text(encoding="utf-8")
        body = html[html.index("<div data-pagefind-body") :]
        card = re.match(
            r'<div data-pagefind-body lang="\w\w"><div class="nqs-summary">(.*?)</div>', body, re.S
        )
        assert card is not None, (lang, section)
        inside = card[1]
        assert '<p class="nqs-summary-key"><span class="nqs-key"' in inside
        assert (f'<span class="{badge}">' in inside) is bool(badge)
        assert inside.index("<h1") < inside.index('<dl class="nqs-fields">')
    html = (site / "ru/professions/7212-1-008/index.html").read_text(encoding="utf-8")
    card = html[html.index('<div class="nqs-summary">') : html.index("</dl>")]
    for fact in (
        ">7212-1-008<",
        "В реестре",
        "<h1>Сварщик</h1>",
        "На обязательной основе",
        "Министерство промышленности и строительства Республики Казахстан",
        "<dd>2, 3, 4</dd>",
        "3 года",
    ):
        assert fact in card


def test_language_switch_points_at_the_same_entry(site: Path) -> None:
    html = (site / "ru/professions/7212-1-008/index.html").read_text(encoding="utf-8")
    switch = re.search(r'<a href="([^"]+)" hreflang="kk" lang="kk" class="nqs-lang"', html)
    assert switch is not None
    target = (site / "ru/professions/7212-1-008" / switch[1]).resolve()
    assert target == (site / "kk/professions/7212-1-008").resolve()


def test_entry_pages_are_their_folders_frame_with_their_own_address_title_and_body(
    site: Path,
) -> None:
    """Entry pages are put into one frame per folder that Material renders once (engine.py):
    each has its own address, title and body, the frame without indentation or line breaks
    between its tags, and no stand-in of the frame is left in the site or its sitemap. The
    navigation's links are the language's one shared file (NAVIGATION), each linked
    relative to that file; the frame keeps none of Material's parts for what entry pages do
    not have (skip link, announcement, dialog, table of contents, search settings)."""
    checked = 0
    for lang in ("kk", "ru"):
        name = re.escape(LABELS["site-name"][lang])
        for page in (site / lang).glob("*/*/index.html"):
            html = page.read_text(encoding="utf-8")
            address = page.parent.relative_to(site / lang).as_posix() + "/"
            assert "nqs-frame" not in html, page
            assert f'<link rel="canonical" href="{SITE_URL}{lang}/{address}">' in html, page
            title = re.search(f"<title>(.*) - {name}</title>", html)
            assert title is not None, page
            header = html[html.index("<header") : html.index("</header>")]
            assert f'<span class="md-ellipsis">\n{title[1]}\n</span>' in header, page
            assert f'href="../../../{lang}/{address}" hreflang="{lang}"' in header, page
            assert f'data-md-scrollfix data-nqs-nav="../../{NAVIGATION}"></ul>' in html, page
            assert "md-nav__item" not in html and "atom+xml" not in html, page
            unused = 'md-dialog|"skip"|"announce"|md-nav--secondary|"search":|"clipboard'
            assert not re.search(unused, html), page
            assert '<img src="../../assets/nqs/logo.svg" alt="">' in header, page
            assert not re.search(r"\n[ \t]", html), page
            assert ">\n<" not in html[: html.index("<div data-pagefind-body")], page
            assert "__palette" not in html, page
            checked += 1
        assert "nqs-frame" not in (site / lang / "sitemap.xml").read_text(encoding="utf-8")
        navigation = (site / lang / NAVIGATION).read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]*)" class="md-nav__link">', navigation)
        assert links == [
            "../.." if not uri else f"../../{uri.removesuffix('.md')}{'/' * uri.endswith('.md')}"
            for _, uri in NAV + ABOUT_NAV
        ]
        assert '<meta name="robots" content="noindex">' in navigation
    assert checked >= 2 * _pages_at_least()
    assert not list(site.rglob("nqs-frame*"))


def test_a_frame_loses_only_indentation_and_unused_settings() -> None:
    """compact: lines lose their leading spaces, unless the page has text shown as written;
    Material's settings stay the same JSON, in UTF-8 but with what would end a <script> still
    escaped (as Jinja's tojson writes it), without its words (search, version selector, the
    "copy" button of code), its search's worker and the settings that are none."""
    settings = (
        '<script id="__config" type="application/json">{"base": "../..", "translations": '
        '{"clipboard.copy": "\\u041a\\u04e9\\u0448\\u0456\\u0440\\u0443", '
        '"search.result.none": "\\u0416\\u043e\\u049b", "select.version": "v"}, '
        '"search": "../../assets/javascripts/workers/search.js", "tags": null, '
        '"x": "\\u041a\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}</script>'
    )
    frame = f"<div>\n    <p>a</p>\n\n  </div>\n    {settings}"
    assert compact(frame) == (
        "<div>\n<p>a</p>\n</div>\n"
        '<script id="__config" type="application/json">{"base":"../..","translations":{},'
        '"x":"К\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}</script>'
    )
    verbatim = "<div>\n  <pre>\n    code\n</pre>\n</div>"
    assert compact(verbatim) == verbatim
    # A text's own no-break and ideographic spaces after a newline are shown: they stay.
    text = "<p>Бірінші жол\n\u00a0\u00a0екінші\n\u3000үшінші</p>"
    assert compact(f"<div>\n  {text}\n</div>") == f"<div>\n{text}\n</div>"


def test_a_frame_loses_the_line_breaks_between_tags_only() -> None:
    """between_tags: a line break between two tags goes; one beside text stays."""
    frame = '<nav>\n<a href="/">\n<img src="l.svg" alt="">\n</a>\nName\n</nav>\n<main>'
    assert (
        between_tags(frame) == '<nav><a href="/"><img src="l.svg" alt=""></a>\nName\n</nav><main>'
    )


# Words of one language that the other never uses: Russian words on Kazakh pages; on Russian
# pages Kazakh's own letters and words. Proper names are allowed: names in «», the numbers of
# acts after № ("№ ҚР ДСМ-305/2020"), and the regions whose official Russian names are
# Kazakh ("область Жетісу", "область Ұлытау"; reference/README.md).
RUSSIAN_WORDS = frozenset(
    [
        "и",
        "для",
        "или",
        "по",
        "на",
        "в",
        "с",
        "до",
        "статья",
        "статьи",
        "пункт",
        "пункта",
        "года",
        "закон",
        "закона",
        "республики",
        "министерство",
        "реестр",
        "реестра",
        "профессий",
        "профессии",
        "признания",
        "центр",
        "центры",
        "квалификаций",
        "кодекс",
        "трудовой",
        "страница",
        "найдено",
        "поиск",
        "главная",
    ]
)
KAZAKH_WORDS = frozenset(
    ["және", "бойынша", "туралы", "бабы", "тармақ", "жылы", "жыл", "бет", "іздеу"]
)
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
PROPER_NAMES = frozenset({"Жетісу", "Ұлытау"})


class _ReadersText(HTMLParser):
    """What a reader of `lang` sees or hears of a page: its text and its labels (aria-label,
    title, placeholder), leaving out scripts, code and what is marked as another language."""

    SKIP = frozenset({"script", "style", "code", "svg"})
    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.open: list[tuple[str, str]] = []
        self.parts: list[str] = []

    def _heard(self) -> bool:
        inside = {tag for tag, _ in self.open}
        return (
            not inside & self.SKIP and (self.open[-1][1] if self.open else self.lang) == self.lang
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag not in self.VOID:
            self.open.append(
                (tag, values.get("lang") or (self.open[-1][1] if self.open else self.lang))
            )
        if self._heard():
            self.parts += [
                values[k] or "" for k in ("aria-label", "title", "placeholder") if k in values
            ]

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._heard():
            self.parts.append(data)


def _other_language_words(html: str, lang: str) -> set[str]:
    reader = _ReadersText(lang)
    reader.feed(html)
    text = re.sub(r"«[^»]*»|№\s*\S+(\s+[^\s\d]+-\d\S*)?", " ", " ".join(reader.parts))
    words = set(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", text)) - PROPER_NAMES
    if lang == "kk":
        return {w for w in words if w.lower() in RUSSIAN_WORDS}
    return {w for w in words if KAZAKH_LETTERS.search(w) or w.lower() in KAZAKH_WORDS}


def test_every_page_speaks_only_its_readers_language(site: Path) -> None:
    found = {}
    for lang in ("kk", "ru"):
        for page in sorted((site / lang).rglob("*.html")):
            if words := _other_language_words(page.read_text(encoding="utf-8"), lang):
                found[page.relative_to(site).as_posix()] = sorted(words)
    assert found == {}
    # the word lists see the other language when it is not marked as such
    for lang, other in (("kk", "ru"), ("ru", "kk")):
        html = (site / other / "index.html").read_text(encoding="utf-8")
        assert _other_language_words(html.replace(f'lang="{other}"', ""), lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_counts_are_written_as_their_language_writes_them(site: Path, lang: str) -> None:
    """Through CLDR (Babel): groups of three digits with a no-break space, in kk and ru."""
    assert format_number(1234567, lang) == "1\xa0234\xa0567"
    home = (site / lang / "index.html").read_text(encoding="utf-8")
    assert f"</strong></a> — {format_number(len(_entries(Kind.STANDARD)), lang)}</li>" in home


def test_not_found_pages_in_the_readers_language(site: Path) -> None:
    for lang, title in (("kk", "Бет табылмады"), ("ru", "Страница не найдена")):
        html = (site / lang / "404.html").read_text(encoding="utf-8")
        assert f"<h1>{title}</h1>" in html and "Not found" not in html
        assert f'<a href="{SITE_URL}{lang}/search/">' in html
    root = (site / "404.html").read_text(encoding="utf-8")
    for lang in ("kk", "ru"):
        assert f'<a href="{SITE_URL}{lang}/">' in root
    assert (
        "<h1>Бет табылмады</h1>" in root and '<div lang="ru"><h2>Страница не найдена</h2>' in root
    )


def test_kazakh_pages_show_no_foreign_interface_text(site: Path) -> None:
    foreign = [
        "Skip to content",
        "Back to top",
        "Made with",
        "Navigation",
        "Previous",
        "Next",
        "Перейти к содержанию",
        "К началу",
        "Вперед",
        "Назад",
        "Навигация",
        "Реестр профессий",
        "Поиск",
    ]
    pages = list((site / "kk").rglob("index.html"))
    assert len(pages) >= _pages_at_least()
    for page in pages:
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
        assert [word for word in foreign if word in text] == [], page


def test_no_request_leaves_the_site(site: Path) -> None:
    external = re.compile(r'(?:src|href)="(?:https?:)?//(?!nqs\.test/)[^"]+"')
    pages, styles = list(site.rglob("*.html")), list(site.rglob("*.css"))
    assert len(pages) >= 2 * _pages_at_least() and styles
    for page in pages:
        html = page.read_text(encoding="utf-8")
        requests = [
            m for m in external.findall(html) if not re.search(r"<a [^>]*" + re.escape(m), html)
        ]
        assert requests == [], page
    for css in styles:
        assert not re.search(r"url\((['\"]?)(https?:)?//", css.read_text(encoding="utf-8")), css


def test_the_engine_is_properdocs_not_the_unmaintained_mkdocs(site: Path) -> None:
    """Material frames every page of both languages on ProperDocs (MkDocs 1.x continued), and
    Material's own `mkdocs.*` imports resolve to ProperDocs: MkDocs, which Material still
    requires to be installed, never runs."""
    framed = [
        page
        for lang in ("kk", "ru")
        for page in (site / lang).rglob("*.html")
        if page != site / lang / NAVIGATION  # the entry pages' shared links, not a page
    ]
    assert framed
    for page in framed:
        assert 'name="generator" content="mkdocs-ProperDocs 1.' in page.read_text("utf-8"), page
    script = (
        "import nqs.site.engine, mkdocs.plugins, properdocs.plugins\n"
        "from material.plugins.search.plugin import SearchPlugin\n"
        "assert mkdocs.plugins is properdocs.plugins\n"
        "assert issubclass(SearchPlugin, properdocs.plugins.BasePlugin)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_dates_are_written_per_language(site: Path) -> None:
    kk = (site / "kk/decisions/2024-03-29/index.html").read_text(encoding="utf-8")
    ru = (site / "ru/decisions/2024-03-29/index.html").read_text(encoding="utf-8")
    assert "2024 жылғы 29 наурыз" in kk and " ж. " not in kk
    assert "29 марта 2024 года" in ru and " г." not in ru
    # a date that qualifies a noun takes its case ending (formatting.kk_case)
    home = (site / "kk/index.html").read_text(encoding="utf-8")
    assert re.search(r"\d{4} жылғы \d+ \w+(дағы|дегі|тағы|тегі) жағдай бойынша", home)


def test_acts_and_levels_are_cited_as_official_texts_cite_them(site: Path) -> None:
    """A profession's law with its article, a standard's approving and repealing orders by
    their issuer in the genitive, and a labour function's level as an ordinal."""

    def text(lang: str, uri: str) -> str:
        page = (site / lang / uri / "index.html").read_text(encoding="utf-8")
        return " ".join(re.sub(r"<[^>]+>", " ", page).split())

    welder = {lang: text(lang, "professions/7212-2-005") for lang in ("kk", "ru")}
    assert (
        "Қазақстан Республикасының 2014 жылғы 11 сәуірдегі № 188-V «Азаматтық қорғау туралы» "
        "Заңының 16-бабы"
    ) in welder["kk"]
    assert (
        "Статья 16 Закона Республики Казахстан от 11 апреля 2014 года № 188-V "
        "«О гражданской защите»"
    ) in welder["ru"]
    cutting = {lang: text(lang, "standards/PS-7212-002") for lang in ("kk", "ru")}
    assert (
        "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2023 жылғы 14 қарашадағы "
        "№ 113 бұйрығы"
    ) in cutting["kk"]
    assert (
        "Приказ Министра промышленности и строительства Республики Казахстан от 14 ноября "
        "2023 года № 113"
    ) in cutting["ru"]
    assert (
        "(приказ Министра промышленности и строительства Республики Казахстан от 20 "
        "февраля 2025 года № 38)"
    ) in cutting["ru"]
    assert "(2-деңгей)" in cutting["kk"] and "(уровень 2)" in cutting["ru"]


def test_register_page_has_both_sections_and_every_included_profession(site: Path) -> None:
    html = (site / "ru/professions/index.html").read_text(encoding="utf-8")
    assert 'data-nqs-section="mandatory"' in html and 'data-nqs-section="voluntary"' in html
    rows = re.findall(r'<tr data-body="[^"]+" data-basis="(\w+)"', html)
    professions = [d.data for d in _documents(Kind.PROFESSION)]
    assert len(rows) == sum(1 for p in professions if p["status"] == "included")


def _documents(kind: Kind) -> list:  # type: ignore[type-arg]
    from nqs.validate import validate

    outcome = validate(PROJECT, WRITTEN_FOR)
    assert outcome.register is not None
    return outcome.register.documents[kind]


def test_downloads_hold_both_languages_and_are_stable(site: Path, tmp_path: Path) -> None:
    professions = [d.data for d in _documents(Kind.PROFESSION)]
    with (site / "downloads/professions.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(professions)
    assert {"name_kk", "name_ru"} <= set(rows[0])
    document = json.loads((site / "downloads/centers.json").read_text(encoding="utf-8"))
    assert len(document["entries"]) == len(_entries(Kind.CENTER))
    for name in ("professions.json", "standards.json", "centers.json", "datapackage.json"):
        text = (site / "downloads" / name).read_text(encoding="utf-8")  # compact, no indentation
        assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    sheet = load_workbook(site / "downloads/standards.xlsx").active
    assert sheet.max_row == len(_entries(Kind.STANDARD)) + 1
    again = build(PROJECT, tmp_path / "again")
    for name in ("professions.csv", "centers.json", "standards.xlsx"):
        assert (site / "downloads" / name).read_bytes() == (again / "downloads" / name).read_bytes()


# Text a spreadsheet would run as a formula (OWASP "CSV Injection"), in a center's own words.
FORMULAS = {
    "'Бекова Салтанат Ерболқызы'": "'=1+2 Бекова'",
    "'Бекова Салтанат Ерболовна'": "'@SUM(1;2) Бекова'",
    "'г. Кокшетау, ул. Абая, 96'": "'-2+3; г. Кокшетау, ул. Абая, 96'",
    "'Көкшетау қ., Абай к-сі, 96'": "'+Көкшетау қ., Абай к-сі, 96'",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of a copy of the bundled register whose data carries markup and scripts (in
    7212-1-008's names) and formulas (in 080840000558's founders and address), built once
    for the tests that read it."""

    def inject(root: Path) -> None:
        path = root / "register/professions/industry/7212-1-008.yml"
        text = path.read_text(encoding="utf-8")
        assert "kk: 'Дәнекерлеуші'" in text and "ru: 'Сварщик'\n" in text
        text = text.replace("kk: 'Дәнекерлеуші'", f"kk: 'Дәнекерлеуші {PAYLOAD}'")
        path.write_text(
            text.replace("ru: 'Сварщик'\n", f"ru: 'Сварщик {PAYLOAD}'\n", 1), encoding="utf-8"
        )
        path = root / "register/centers/080840000558.yml"
        text = path.read_text(encoding="utf-8")
        for old, new in FORMULAS.items():
            assert old in text, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")

    work = tmp_path_factory.mktemp("hostile")
    return build(copy_project(work / "repo"), work / "out", change=inject)


def test_downloads_never_hold_a_formula(hostile: Path) -> None:
    out = hostile
    with (out / "downloads/centers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["bin"]: row for row in csv.DictReader(handle)}
    sheet = load_workbook(out / "downloads/centers.xlsx").active
    header = [c.value for c in sheet[1]]
    cells = {r[0].value: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)}
    expected = {
        "founders_kk": "'=1+2 Бекова",
        "founders_ru": "'@SUM(1;2) Бекова",
        "address_ru": "'-2+3; г. Кокшетау, ул. Абая, 96",
        "address_kk": "'+Көкшетау қ., Абай к-сі, 96",
        "phone": "'+7 7162 25 40 87",  # a phone number is text, as written (OWASP's advice)
        "bin": "080840000558",  # leading zero kept: text, not a number
    }
    for field, value in expected.items():
        assert rows["080840000558"][field] == value, field
        assert cells["080840000558"][field].value == value, field
    # no cell of any sheet is a formula, nor text a spreadsheet would run
    for name in ("professions", "standards", "centers"):
        cells = [
            c
            for row in load_workbook(out / f"downloads/{name}.xlsx").active.iter_rows()
            for c in row
        ]
        assert len(cells) > 100, name
        for cell in cells:
            assert cell.data_type in ("s", "inlineStr", "n"), (name, cell.coordinate)
            assert not str(cell.value or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    # numbers stay numbers
    standards = load_workbook(out / "downloads/standards.xlsx").active
    functions = [c.value for c in standards[1]].index("functions") + 1
    assert isinstance(standards.cell(row=2, column=functions).value, int)
    professions = (out / "downloads/professions.csv").read_text(encoding="utf-8-sig")
    quoted = list(csv.reader(io.StringIO(professions), quoting=csv.QUOTE_NONNUMERIC))
    years = quoted[0].index("document_validity_years")
    assert all(isinstance(row[years], float) for row in quoted[1:])


@pytest.mark.parametrize(
    "text", ["=cmd|' /C calc'!A0", "+7 7172", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_every_formula_start_is_neutralized(tmp_path: Path, text: str) -> None:
    from nqs.site.downloads import _csv, _xlsx

    rows = [{"name": text, "plain": "Сварщик, 3-й разряд", "count": 3}]
    read = next(csv.DictReader(io.StringIO(_csv(rows))))
    assert read == {"name": "'" + text, "plain": "Сварщик, 3-й разряд", "count": "3"}
    (tmp_path / "t.xlsx").write_bytes(_xlsx("t", rows, WRITTEN_FOR, []))
    name, plain, count = load_workbook(tmp_path / "t.xlsx").active[2]
    assert name.data_type == "s"
    assert name.value == "'" + text.replace("\r", "\n")  # XML reads a carriage return as \n
    assert (plain.value, count.value) == ("Сварщик, 3-й разряд", 3)


def test_an_xlsx_escape_in_a_value_stays_text(tmp_path: Path) -> None:
    """A spreadsheet reads _x0007_ in an XLSX text as the character U+0007 (ECMA-376): a
    value holding it as text (the register refuses the character, not these seven letters)
    has its underscore written as _x005F_, so that the sheet shows what the register holds."""
    from nqs.site.downloads import _csv, _xlsx

    text = "Сварщик_x0007_ _x000D__x000A_=1 _X_ _x12_"
    rows = [{"name": text}]
    assert next(csv.DictReader(io.StringIO(_csv(rows)))) == {"name": text}  # CSV: as it is
    with zipfile.ZipFile(io.BytesIO(_xlsx("t", rows, WRITTEN_FOR, []))) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<t>Сварщик_x005F_x0007_ _x005F_x000D__x005F_x000A_=1 _X_ _x12_</t>" in sheet


def test_statuses_and_deadlines_follow_the_build_date(site: Path, tmp_path: Path) -> None:
    later = build(PROJECT, tmp_path / "later", as_of=WRITTEN_FOR.replace(year=2027, month=6))
    now = site  # built for WRITTEN_FOR
    center = "ru/centers/121140003103/index.html"  # expires 2027-04-10
    assert "nqs-state-expiring" in (now / center).read_text(encoding="utf-8")
    assert "nqs-state-expired" in (later / center).read_text(encoding="utf-8")
    # How to propose shows the cycle of the build's year; 1 February 2027 is a Monday.
    propose = _text(later / "ru/propose/index.html")
    assert "cycle/2027-1" in propose and "cycle/2026-1" not in propose
    assert "в весеннем цикле не позднее 1 февраля 2027 года, в осеннем" in propose


def _text(page: Path) -> str:
    """A page's text: tags dropped, spaces (Babel's narrow no-break ones too) made one."""
    html = page.read_text(encoding="utf-8").replace("\u202f", " ")
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_how_to_propose_shows_the_years_deadlines_moved_past_days_off(site: Path) -> None:
    # Built for 24 November 2026: 1 February and 1 November 2026 are Sundays.
    ru, kk = _text(site / "ru/propose/index.html"), _text(site / "kk/propose/index.html")
    moved = "2 февраля 2026 года (1 февраля 2026 года — нерабочий день, срок оканчивается"
    assert f"в весеннем цикле не позднее {moved}" in ru
    assert "не позднее 2 ноября 2026 года (1 ноября 2026 года — нерабочий день" in ru
    assert "Весенний cycle/2026-1 2 февраля 2026 года" in ru
    assert "1 апреля 2026 года" in ru and "1 сентября 2026 года" in ru
    assert (
        "соңғы күн көктемгі кезеңде — 2026 жылғы 2 ақпан (2026 жылғы 1 ақпан — демалыс күні" in kk
    )
    assert "Көктемгі cycle/2026-1 2026 жылғы 2 ақпан" in kk
    # The year's council decision (30 October 2026) and its deadlines of Rules 11–12.
    assert "последний день размещения реестра по рекомендации 2026-10-30" in ru
    walk = ru[ru.index("Шаг за шагом") :]
    steps = [walk.find(f"пункт {n} Правил") for n in (6, 7, 8, 9, 10)]
    assert -1 not in steps and steps == sorted(steps)  # the cycle in its order


def test_a_center_page_shows_its_history(site: Path) -> None:
    """Every certificate, newest first, with its events, in both languages; the accreditor is
    the one of the certificate's route (Law 17.1); the status is derived, the list shows the
    current certificate."""
    for lang, reissued, earlier in (
        ("kk", "Аттестат қайта ресімделді", "бұрынғы"),
        ("ru", "Аттестат переоформлен", "прежний"),
    ):
        reaccredited = (site / lang / "centers/080840000558/index.html").read_text(encoding="utf-8")
        assert reaccredited.index("KZ00012611") < reaccredited.index("KZ00012402")
        assert earlier in reaccredited and "nqs-state-active" in reaccredited
        anew = (site / lang / "centers/060440000817/index.html").read_text(encoding="utf-8")
        for label in ("state-revoked", "state-terminated"):
            assert LABELS[label][lang] in anew
        assert "nqs-state-active" in anew
        renamed = (site / lang / "centers/011240000070/index.html").read_text(encoding="utf-8")
        assert reissued in renamed and LABELS["reason-change-of-name"][lang] in renamed
        second = (site / lang / "centers/130440004022/index.html").read_text(encoding="utf-8")
        assert LABELS["route-conformity-assessment"][lang] in second
        assert LABELS["route-chamber"][lang] not in second
        certificates = second.split(LABELS["center-professions"][lang])[0]
        assert LABELS["agreement"][lang] not in certificates
        listed = (site / lang / "centers/index.html").read_text(encoding="utf-8")
        assert "KZ00012611" in listed and "KZ00012402" not in listed
    with (site / "downloads/centers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["bin"]: row for row in csv.DictReader(handle)}
    assert rows["080840000558"]["certificate_number"] == "KZ00012611"
    assert rows["080840000558"]["earlier_certificates"] == "KZ00012402:active"
    assert rows["060440000817"]["status"] == "active"
    assert rows["130440004022"]["accreditation_route"] == "conformity-assessment"
    assert rows["120540001882"]["status"] == "renewed"


def test_data_is_escaped_everywhere(hostile: Path) -> None:
    out = hostile
    pages = [out / lang / "professions/7212-1-008/index.html" for lang in ("kk", "ru")]
    pages += [out / lang / "professions/index.html" for lang in ("kk", "ru")]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in html, page
        assert "<script>alert" not in html and "<img src=x" not in html
        assert 'onclick="alert' not in html


def test_press_release_files_per_decision_in_both_languages(hostile: Path) -> None:
    """Rules 12: each decision's press release as files the authorized body can post, in
    Kazakh and Russian, Markdown and self-contained HTML, linked from the decision's page;
    a name carrying markup (7212-1-008, included on 29 March 2024) stays text in both."""
    folder = hostile / "press/2024-03-29"
    assert sorted(p.name for p in folder.iterdir()) == [
        f"press-release.{lang}.{fmt}" for lang in ("kk", "ru") for fmt in ("html", "md")
    ]
    words = {
        "kk": ("Баспасөз релизі", "Кәсіптік біліктіліктер жөніндегі ұлттық кеңес"),
        "ru": ("Пресс-релиз", "Национальный совет по профессиональным квалификациям"),
    }
    for lang, (title, council) in words.items():
        md = (folder / f"press-release.{lang}.md").read_text(encoding="utf-8")
        page = (folder / f"press-release.{lang}.html").read_text(encoding="utf-8")
        assert md.startswith(f"# {title}: ") and council in md
        # the count of included professions, its noun and verb in the count's plural form
        heading = re.search(r"^## (\d+) .+$", md, re.MULTILINE)
        assert heading is not None
        n = int(heading[1])
        key = f"included-count-{plural_form(n, lang)}"
        assert heading[0] == "## " + LABELS.render(key, {"n": n}, lang)
        assert f'<html lang="{lang}">' in page and council in page
        name = {"kk": "Дәнекерлеуші", "ru": "Сварщик"}[lang]
        # Markdown: every character of markup escaped, the whole name on its line
        line = next(line for line in md.splitlines() if line.startswith("- 7212-1-008 "))
        assert f'{name} \\<script\\>alert\\("x"\\)\\</script\\>' in line
        assert re.findall(r"(?<!\\)[<>\[\]`](?!https://)", md.replace(">\n", "\n")) == []
        assert line.endswith(f": <{SITE_URL}{lang}/professions/7212-1-008/>")
        # HTML: escaped by Jinja2, and self-contained (no script, style sheet or image)
        assert f"{name} &lt;script&gt;alert(" in page
        assert not re.search(r'<(?:script|img|link|iframe|object)\b|\ssrc="|@import|url\(', page)
        # the other language's words are not in this one's files
        other = words["ru" if lang == "kk" else "kk"][1]
        assert other not in md and other not in page
        decision = (hostile / lang / "decisions/2024-03-29/index.html").read_text(encoding="utf-8")
        for target in ("kk.md", "kk.html", "ru.md", "ru.html"):
            assert f'href="../../../press/2024-03-29/press-release.{target}"' in decision


def test_build_refuses_an_invalid_register(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "repo")
    path = root / "register/centers/080840000558.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("2027-04-22", "2026-04-22"), encoding="utf-8"
    )
    out = str(tmp_path / "out")
    result = run_nqs(
        root, "build", "--out", out, "--lang", "en", "--as-of", WRITTEN_FOR.isoformat()
    )
    assert result.returncode == 1
    assert "[certificate-validity]" in result.stdout
    assert "the site was not built" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_command_says_where_to_look(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "repo")
    result = run_nqs(
        root, "build", "--out", "built", "--lang", "en", "--as-of", WRITTEN_FOR.isoformat()
    )
    assert result.returncode == 0, result.stderr
    # the command that serves it: from the disk a page's links show folder listings
    assert f"python3 -m http.server -d {root / 'built'} 8000" in result.stdout
    assert (root / "built/kk/index.html").is_file() and (root / "built/ru/index.html").is_file()
    # the warnings the bundled register shows on purpose (README), the count, where to look
    assert result.stdout.count("[reaccreditation-window]") == 2
    assert result.stdout.count("[council-activity]") == 0  # the council decided in October
    assert io.StringIO(result.stdout).read().count("\n") == 4
    # the next build replaces the site it wrote
    (root / "built/stale.html").write_text("gone with the next build", encoding="utf-8")
    again = run_nqs(root, "build", "--out", "built", "--as-of", WRITTEN_FOR.isoformat())
    assert again.returncode == 0, again.stderr
    assert not (root / "built/stale.html").exists() and (root / "built/.nqs-site").is_file()


@pytest.mark.parametrize("out", [".", "..", "register", "site/templates", "notes", "docs"])
def test_build_never_replaces_the_repository_or_other_files(tmp_path: Path, out: str) -> None:
    root = copy_project(tmp_path / "repo")
    (root / "notes").mkdir()
    (root / "notes/draft.txt").write_text("a clerk's draft", encoding="utf-8")
    (root / "docs").mkdir()  # a folder with a site of its own, not built by nqs
    (root / "docs/index.html").write_text("<p>our own page</p>", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = run_nqs(root, "build", "--out", out, "--lang", "ru")
    assert result.returncode == 2
    assert "выберите для --out другую папку" in result.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_no_broken_internal_links(site: Path) -> None:
    broken, checked = [], 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for target in re.findall(r'(?:href|src)="([^"#?]+)[^"]*"', html):
            if re.match(r"^(?:[a-z]+:|//)", target):
                continue
            checked += 1
            resolved = (
                (site / target.lstrip("/")) if target.startswith("/") else (page.parent / target)
            )
            if not (resolved.is_file() or (resolved / "index.html").is_file()):
                broken.append((page.relative_to(site).as_posix(), target))
    assert broken == []
    assert checked >= 10 * 2 * _pages_at_least()  # the menus alone link each page to many


def test_generated_html_is_well_formed(site: Path) -> None:
    from html.parser import HTMLParser

    void = {
        "area",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "path",
        "rect",
    }

    class Balance(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.errors: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in void:
                self.stack.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in void:
                return
            if not self.stack or self.stack[-1] != tag:
                self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            else:
                self.stack.pop()

    checked = 0
    for page in (site / "ru").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        body = re.search(r"<div data-pagefind-body[^>]*>(.*)</div>\s*</article>", html, re.S)
        if body is None:  # a page without generated content (the search page)
            continue
        checker = Balance()
        checker.feed(body[1])
        assert (checker.errors, checker.stack) == ([], []), page
        checked += 1
    assert checked >= _pages_at_least()  # every entry's page at least


def test_serve_builds_serves_and_rebuilds(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    root = copy_project(tmp_path / "repo")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = start_nqs(
        root,
        *("serve", "--port", str(port), "--out", "out", "--as-of", WRITTEN_FOR.isoformat()),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stderr is not None
    printed = Output(server.stdout), Output(server.stderr)  # read, so that it never blocks
    try:

        def fetch(path: str) -> str:
            for _ in range(120):
                try:
                    address = f"http://127.0.0.1:{port}{path}"
                    with urllib.request.urlopen(address, timeout=60) as answer:
                        return str(answer.read().decode("utf-8"))
                except OSError:
                    time.sleep(0.5)
            raise AssertionError(f"nothing served at {path}: {printed[1].printed}")

        page = fetch("/kk/professions/7212-1-008/")
        assert "Дәнекерлеуші" in page and "/__nqs_generation" in page  # the reload script
        assert fetch("/__nqs_generation") == "0"
        path = root / "register/professions/industry/7212-1-008.yml"
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                "ru: 'Сварщик'\n", "ru: 'Сварщик (изм.)'\n", 1
            ),
            encoding="utf-8",
        )
        for _ in range(120):
            if "Сварщик (изм.)" in fetch("/ru/professions/7212-1-008/"):
                break
            time.sleep(0.5)
        else:
            raise AssertionError("the change was not rebuilt")
        for _ in range(120):  # open pages see the new generation and reload
            if fetch("/__nqs_generation") == "1":
                break
            time.sleep(0.5)
        else:
            raise AssertionError("the rebuild was not announced to open pages")
        assert "/__nqs_generation" not in (root / "out/kk/index.html").read_text("utf-8")
    finally:
        server.send_signal(signal.SIGINT)  # what Ctrl+C sends
        try:
            server.wait(60)
        finally:
            end(server)
            for output in printed:
                output.rest()


def test_every_page_is_valid_html(site: Path) -> None:
    """The Nu Html Checker (the W3C validator), run by make test from npm's vnu-jar."""
    vnu = PROJECT / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
    java = shutil.which("java")
    assert vnu.exists() and java, "make test installs vnu-jar (npm) and Java (apt)"
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) >= 2 * _pages_at_least()
    result = subprocess.run(
        [java, "-jar", str(vnu), "--errors-only", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_register_page_stays_light_and_its_rows_come_whole(site: Path) -> None:
    from nqs.site.pages import REGISTER_ROWS

    included = [d.data for d in _documents(Kind.PROFESSION) if d.data["status"] == "included"]
    for lang in ("kk", "ru"):
        rows = json.loads((site / lang / "professions/rows.json").read_text(encoding="utf-8"))
        assert sorted(row[0] for row in rows) == sorted(p["code"] for p in included)
        html = (site / lang / "professions/index.html").read_text(encoding="utf-8")
        sections = re.findall(r"<section data-nqs-section.*?</section>", html, re.S)
        assert len(sections) == 2, lang  # mandatory and voluntary
        for section in sections:
            assert 0 < section.count("<tr data-body") <= REGISTER_ROWS


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("https://example.kz/", "https://example.kz/"),
        ("http://example.kz", "http://example.kz"),
        ("javascript:alert(1)", "#"),
        ("JaVaScRiPt:alert(1)", "#"),
        ("data:text/html,x", "#"),
        ("//evil.example/", "#"),
        ("vbscript:x", "#"),
    ],
)
def test_links_in_data_are_http_or_https_only(link: str, shown: str) -> None:
    from nqs.site.pages import safe_url

    assert safe_url(link) == shown


def test_a_ground_that_does_not_apply_is_shown_with_its_reason(site: Path) -> None:
    # 2512-1-007 (voluntary) gives the reason Rules 8(1) does not apply, in both languages
    for lang, said in (
        ("kk", "Қолданылмайды: Бағдарламалық қамтамасыз етуді әзірлеу кеңсе жағдайында"),
        ("ru", "Не применимо: Разработка программного обеспечения ведется в офисных условиях"),
    ):
        html = (site / lang / "professions/2512-1-007/index.html").read_text(encoding="utf-8")
        assert said in html, lang
    with (site / "downloads/professions.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    assert rows["2512-1-007"]["health_life_safety_applies"] == "no"
    assert rows["2512-1-007"]["health_life_safety_ru"].startswith("Разработка программного")
    assert rows["7212-1-008"]["health_life_safety_applies"] == "yes"
    assert rows["7212-1-008"]["health_life_safety_kk"].startswith("«Дәнекерлеуші» кәсібі")


def test_a_validity_in_years_and_months(tmp_path: Path) -> None:
    def months(root: Path) -> None:
        path = root / "register/professions/digital/2512-1-007.yml"
        text = path.read_text(encoding="utf-8")
        assert "document_validity_years: 5\n" in text
        path.write_text(
            text.replace(
                "document_validity_years: 5\n",
                "document_validity_years: 1\ndocument_validity_months: 6\n",
            ),
            encoding="utf-8",
        )

    out = build(copy_project(tmp_path / "repo"), tmp_path / "out", change=months)
    for lang, said in (("kk", "1 жыл 6 ай"), ("ru", "1 год 6 месяцев")):
        page = (out / lang / "professions/2512-1-007/index.html").read_text(encoding="utf-8")
        assert f"<dd>{said}</dd>" in page, lang
    with (out / "downloads/professions.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    assert (
        rows["2512-1-007"]["document_validity_years"],
        rows["2512-1-007"]["document_validity_months"],
    ) == ("1", "6")


@pytest.mark.parametrize("kind", [Kind.PROFESSION, Kind.STANDARD, Kind.CENTER, Kind.DECISION])
def test_every_field_of_an_entry_has_a_label_for_its_history(kind: Kind) -> None:
    """An entry's history names each changed field in the page's language, never by its key
    (the fields of today's schemas; the retired ones of a center are listed beside them)."""
    schema = json.loads((PROJECT / "schemas" / kind.schema_file).read_text(encoding="utf-8"))
    unlabelled = set(schema["properties"]) - set(FIELD_LABELS)
    assert unlabelled == set()
    assert all(label in LABELS for label in FIELD_LABELS.values())


def test_a_centers_fields_of_before_its_history_are_named_in_its_history() -> None:
    retired = ("certificate", "agreement", "revocation", "renewal", "termination")
    assert {LABELS[FIELD_LABELS[key]]["ru"] for key in retired} == {
        "Аттестат аккредитации",
        "Постаккредитационный договор",
        "Аттестат отозван",
        "Действие аттестата возобновлено",
        "Действие аттестата прекращено",
    }


def test_a_decision_page_lists_the_proposals_it_did_not_recommend(tmp_path: Path) -> None:
    """Rules 11: the proposals the council rejected (nqs record-decision --reject) are on the
    decision's page with the proposing body and the reason, in the page's language, escaped."""
    root = copy_project(tmp_path / "project")

    def reject(root: Path) -> None:
        path = root / "register/decisions/2026-10-30.yml"
        path.write_text(
            path.read_text(encoding="utf-8")
            + "recommends:\n  included: ['2522-0-006']\n  amended: ['2512-2-007', '5113-1-002']\n"
            + "rejected:\n  - code: '7411-0-008'\n    body: 'energy'\n    reason:\n"
            "      kk: 'Салалық кеңеспен келісілмеген <b>'\n"
            "      ru: 'Не согласовано с отраслевым советом <b>'\n",
            encoding="utf-8",
        )

    site = build(root, tmp_path / "site", change=reject)
    for lang, reason in (("kk", "Салалық кеңеспен"), ("ru", "Не согласовано")):
        page = (site / lang / "decisions/2026-10-30/index.html").read_text(encoding="utf-8")
        assert LABELS["rejected-proposals"][lang] in page
        assert "7411-0-008" in page and reason in page and "&lt;b&gt;" in page
        assert "<b>" not in page.split(LABELS["rejected-proposals"][lang])[1].split("</ul>")[0]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_regions_and_bodies_in_the_readers_alphabetical_order(site: Path, lang: str) -> None:
    """Region headings and the body filter follow the alphabet of the page's language
    (collation.py), not code points: in Kazakh Қ comes before Л, Ұ and Ү before Ф."""
    centers = (site / lang / "centers/index.html").read_text(encoding="utf-8")
    headings = [unescape(h) for h in re.findall(r"<h2>([^<]+)</h2>", centers)]
    regions = {r[lang] for r in _regions().values()}
    shown = [h for h in headings if h in regions]
    assert len(shown) >= 5 and shown == collated(shown, lang, lambda name: name)
    if lang == "kk":
        assert shown != sorted(shown)  # the bundled regions are a case code points get wrong
    # and the centers of a region by their names (not their BINs)
    sections = [s.split("</table>")[0] for s in centers.split("<section>")[1:]]
    lists = [
        [unescape(n) for n in re.findall(r'<td><a href="[^"]+">([^<]+)</a>', s)] for s in sections
    ]
    assert sum(len(names) >= 2 for names in lists) >= 1
    assert all(names == collated(names, lang, lambda name: name) for names in lists)
    page = (site / lang / "professions/index.html").read_text(encoding="utf-8")
    select = page.split('<select name="body">')[1].split("</select>")[0]
    names = [unescape(n) for n in re.findall(r'<option value="[^"]+">([^<]+)<', select)]
    assert len(names) >= 5 and names == collated(names, lang, lambda name: name)


def _regions() -> dict[str, dict[str, str]]:
    with (PROJECT / "reference/regions.csv").open(encoding="utf-8", newline="") as stream:
        return {
            row["id"]: {"kk": row["name_kk"], "ru": row["name_ru"]}
            for row in csv.DictReader(stream)
        }
