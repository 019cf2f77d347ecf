"""The form editor end to end: `nqs edit` on a real Git repository (decap-server in its git
mode beside `nqs serve`), driven by a clerk in Chromium (Playwright): a profession added in
Kazakh becomes a branch cms/<collection>/<code> that `nqs validate --base` accepts, a wrong
code is refused by the form, an amendment changes only its field; axe on the editor."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import git
import pytest
import yaml
from playwright.sync_api import Browser, Page

from nqs.cycle import current
from nqs.site.editor import NODE_MODULES
from tests.conftest import PROJECT, copy_shared, end, run_nqs, start_nqs
from tests.test_browser import AXE, browser  # noqa: F401  (the browser fixture)

AS_OF = dt.date(2026, 12, 1)
CYCLE = current(AS_OF).branch  # cycle/2027-1
NEW = "7212-1-012"  # СВАРЩИК НА ЛАЗЕРНЫХ УСТАНОВКАХ, not in the register


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`nqs edit --port 0` on a clone-like repository: the bundled register committed on
    main, the cycle branch checked out; yields the editor's address (the port nqs edit says
    it chose) and the repository. Its output (and decap-server's) goes to a file, read
    here: a pipe nobody reads would stop it once full."""
    root = tmp_path_factory.mktemp("edit") / "repo"
    for name in ("register", "standards", "site"):
        shutil.copytree(PROJECT / name, root / name)
    copy_shared(root)
    (root / ".cache").mkdir()
    (root / ".cache/editor").symlink_to(PROJECT / ".cache/editor")  # what make installs
    shutil.copy(PROJECT / ".gitignore", root)  # the build's folder and lock are ignored
    with git.Repo.init(root, initial_branch="main") as repo:
        with repo.config_writer() as config:
            config.set_value("user", "name", "Clerk").set_value("user", "email", "c@example.kz")
        repo.git.add(A=True)
        repo.index.commit("The register")
        repo.git.switch("-c", CYCLE)
    assert (PROJECT / NODE_MODULES / "decap-server").is_dir(), "make test installs the editor"
    log = root.parent / "edit.log"
    args = ("edit", "--port", "0", "--as-of", AS_OF.isoformat())  # into site-build/
    with log.open("w", encoding="utf-8") as output:
        process = start_nqs(root, *args, stdout=output, stderr=subprocess.STDOUT)
    try:
        origin = _until(lambda: _said_address(log), process, log)
        config = _until(lambda: _fetched(f"{origin}/admin/kk/config.yml"), process, log)
        backend = yaml.safe_load(config)["local_backend"]["url"]
        _until(lambda: _fetched(backend, answered=True), process, log)
        yield origin, root
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        finally:
            end(process)  # and whatever it started


def _until(found: Callable[[], str | None], process: subprocess.Popen[Any], log: Path) -> str:
    """What found gives once it gives something (within 4 minutes, nqs edit still running)."""
    for _ in range(480):
        value = found()
        if value is not None:
            return value
        assert process.poll() is None, log.read_text(encoding="utf-8")
        time.sleep(0.5)
    raise AssertionError(log.read_text(encoding="utf-8"))


def _said_address(log: Path) -> str | None:
    """The address nqs edit says the editor is at."""
    said = re.search(r"(http://127\.0\.0\.1:(\d+))/admin/kk/", log.read_text(encoding="utf-8"))
    return said.group(1) if said and said.group(2) != "0" else None


def _fetched(url: str, answered: bool = False) -> str | None:
    """The text at url, None while nothing answers there (with answered, any answer)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return str(answer.read().decode("utf-8"))
    except urllib.error.HTTPError:  # decap-server answers GET with an error: it is up
        return "" if answered else None
    except OSError:
        return None


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def _log_in(page: Page, origin: str, lang: str = "kk") -> None:
    page.goto(f"{origin}/admin/{lang}/")
    page.get_by_role("button", name={"kk": "Кіру", "ru": "Войти"}[lang]).click()
    page.wait_for_selector("text=" + {"kk": "Бөлімдер", "ru": "Разделы"}[lang])


def _control(page: Page, name: str, after: str | None = None) -> str:
    """The selector of the first control for the field name (after the field after): Decap
    names each control <field>-field-<n>, in the order of the form."""
    ids: list[str] = page.evaluate(
        "() => [...document.querySelectorAll('label')].map(l => l.htmlFor)"
    )
    start = (
        0
        if after is None
        else next(i for i, x in enumerate(ids) if x.startswith(f"{after}-field-"))
    )
    return "#" + next(x for x in ids[start:] if x.startswith(f"{name}-field-"))


def _choose(page: Page, name: str, option: str) -> None:
    page.click(_control(page, name))
    page.keyboard.type(option)
    page.keyboard.press("Enter")


def _serious_violations(page: Page) -> list[str]:
    """What axe finds serious or critical on the page, with the elements (for the failure)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run()")
    return [
        f"{v['id']}: " + json.dumps([n["html"][:200] for n in v["nodes"]], ensure_ascii=False)
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _branches(root: Path) -> set[str]:
    with git.Repo(root) as repo:
        return {head.name for head in repo.heads}


def _wait_for_branch(root: Path, branch: str) -> None:
    """Until the branch holds a commit the cycle branch has not (decap-server makes the
    branch, then commits on it)."""
    for _ in range(60):
        if branch in _branches(root):
            with git.Repo(root) as repo:
                if repo.git.rev_list("--count", f"{CYCLE}..{branch}") != "0":
                    return
        time.sleep(0.5)
    raise AssertionError(f"no commit on {branch}: {_branches(root)}")


def test_a_clerk_adds_a_profession_in_kazakh(page: Page, editor: tuple[str, Path]) -> None:
    origin, root = editor
    _log_in(page, origin)
    assert page.get_attribute("html", "lang") == "kk"
    page.goto(f"{origin}/admin/kk/#/collections/professions-industry/new")
    page.wait_for_selector("label")
    # The code box suggests the classifier's occupations, by code or by name.
    code = _control(page, "code")
    offered = page.locator(f"datalist#{page.get_attribute(code, 'list')} option[value='{NEW}']")
    offered.wait_for(state="attached")
    assert offered.get_attribute("label") == f"{NEW} ЛАЗЕРЛІК ҚОНДЫРҒЫЛАРДАҒЫ ПІСІРУШІ"
    page.fill(code, NEW)
    page.fill(_control(page, "kk", "name"), "Лазерлік қондырғылардағы пісіруші")
    page.fill(_control(page, "ru", "name"), "Сварщик на лазерных установках")
    _choose(page, "basis", "Ерікті")
    texts = {
        "health_life_safety": (
            "Лазерлік пісіру жұмысы жұмысшылардың қауіпсіздігіне қатысты.",
            "Лазерная сварка связана с безопасностью работников.",
        ),
        "labour_market_demand": (
            "Машина жасау кәсіпорындарында сұраныс тұрақты.",
            "Спрос на машиностроительных предприятиях устойчивый.",
        ),
        "qualification_requirements": (
            "Жұмысшылар жұмыстары мен кәсіптерінің бірыңғай тарифтік-біліктілік "
            "анықтамалығындағы біліктілік талаптары",
            "Квалификационные требования Единого тарифно-квалификационного справочника "
            "работ и профессий рабочих",
        ),
        "reference": (
            "Қазақстан Республикасы Еңбек кодексінің 16-бабы",
            "статья 16 Трудового кодекса Республики Казахстан",
        ),
    }
    for field, (kk, ru) in texts.items():
        page.fill(_control(page, "kk", field), kk)
        page.fill(_control(page, "ru", field), ru)
    page.fill(_control(page, "document_validity_years"), "3")
    for level in ("3", "4"):
        page.get_by_role("button", name="Қосу: Біліктілік деңгейлері").click()
        page.locator("input[id^='levels-field-']").last.fill(level)
    _choose(page, "status", "Тізілімде")
    page.get_by_role("button", name="Сақтау").click()
    page.wait_for_selector("text=Күйі: Жоба")  # a draft of the editorial workflow

    branch = f"cms/professions-industry/{NEW}"
    _wait_for_branch(root, branch)
    check = root.parent / "check"
    with git.Repo(root) as repo:
        repo.git.worktree("add", str(check), branch)
        changed = repo.git.diff("--name-only", f"{CYCLE}...{branch}").split()
    assert changed == [f"register/professions/industry/{NEW}.yml"]
    saved = (check / changed[0]).read_text(encoding="utf-8")
    assert saved.startswith("# yaml-language-server: $schema=../../../schemas/profession")
    assert f"code: '{NEW}'\n" in saved and "levels:\n  - 3\n  - 4\n" in saved
    done = run_nqs(check, "validate", "--base", CYCLE, "--as-of", AS_OF.isoformat())
    with git.Repo(root) as repo:  # decap-server checks the branch out to read it again
        repo.git.worktree("remove", "--force", str(check))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[decision-awaited]" in done.stdout  # a proposal: the council decides next


def test_a_wrong_code_is_refused_by_the_form(page: Page, editor: tuple[str, Path]) -> None:
    origin, root = editor
    before = _branches(root)
    _log_in(page, origin)
    page.goto(f"{origin}/admin/kk/#/collections/professions-industry/new")
    page.wait_for_selector("label")
    page.fill(_control(page, "code"), "7212-12")
    page.get_by_role("button", name="Сақтау").click()
    # The form says the code's form in the validator's words, and saves nothing.
    assert page.locator("text=NNNN-N-NNN, мысалы 7212-1-008").count() >= 2
    page.wait_for_selector("text=Міндетті өріс толтырылмаған")
    assert _branches(root) == before
    assert _serious_violations(page) == []  # the refusal is readable too


def test_an_amended_entry_changes_only_its_field(page: Page, editor: tuple[str, Path]) -> None:
    origin, root = editor
    _log_in(page, origin, "ru")
    page.goto(f"{origin}/admin/ru/#/collections/professions-industry/entries/7212-1-008")
    page.wait_for_selector("label")
    years = _control(page, "document_validity_years")
    assert page.input_value(years) == "3"
    page.fill(years, "4")
    page.get_by_role("button", name="Сохранить").click()
    page.wait_for_selector("text=Статус: Черновик")
    branch = "cms/professions-industry/7212-1-008"
    _wait_for_branch(root, branch)
    with git.Repo(root) as repo:
        diff = repo.git.diff("--unified=0", f"{CYCLE}...{branch}")
    changed = [line for line in diff.splitlines() if re.match(r"[-+](?![-+])", line)]
    assert changed == ["-document_validity_years: 3", "+document_validity_years: 4"]


@pytest.mark.parametrize(
    ("where", "shown"),
    [
        ("#/collections/professions-industry", "text=7212-1-008"),
        ("#/collections/professions-industry/new", "label"),
        ("#/collections/professions-industry/entries/7212-1-008", "text=Біліктілік деңгейлері"),
        ("#/workflow", "text=Жобалар"),
    ],
)
def test_no_serious_accessibility_violations_in_the_editor(
    page: Page, editor: tuple[str, Path], where: str, shown: str
) -> None:
    origin, _ = editor
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    _log_in(page, origin)
    page.goto(f"{origin}/admin/kk/{where}")
    page.wait_for_selector(shown)
    assert _serious_violations(page) == []
    # Nothing but the site itself and the local Git backend is asked for anything.
    backend = _backend(origin).removesuffix("api/v1")
    assert [r for r in requests if not r.startswith((origin + "/", backend))] == []


def _backend(origin: str) -> str:
    """decap-server's address, as nqs edit gave it to the editor."""
    config = yaml.safe_load(_fetched(f"{origin}/admin/kk/config.yml") or "")
    return str(config["local_backend"]["url"])


def test_nqs_edit_never_reloads_the_form(editor: tuple[str, Path]) -> None:
    """nqs serve reloads its pages after a rebuild, and nqs edit rebuilds after every save:
    the editor's pages are served without the reload script, a form being filled stays."""
    origin, _ = editor
    with urllib.request.urlopen(f"{origin}/admin/kk/", timeout=60) as answer:
        assert "__nqs_generation" not in answer.read().decode("utf-8")
    with urllib.request.urlopen(f"{origin}/kk/", timeout=60) as answer:
        assert "__nqs_generation" in answer.read().decode("utf-8")


def test_the_preview_pane_shows_the_entry_as_the_site_does(
    page: Page, editor: tuple[str, Path]
) -> None:
    """The preview pane shows the entry's page from the site's own template, and follows
    the form as it is filled in."""
    origin, root = editor
    built = (root / "site-build/kk/professions/7212-1-008/index.html").read_text("utf-8")
    heading = re.search(r"<h1>([^<]*)</h1>", built)
    assert heading is not None
    _log_in(page, origin)
    page.goto(f"{origin}/admin/kk/#/collections/professions-industry/entries/7212-1-008")
    page.wait_for_selector("label")
    frame = page.frame_locator("iframe").first
    assert frame.locator("h1").inner_text(timeout=60_000) == heading.group(1)
    # The site's own markup: its lists of fields, as many as the built page has.
    assert frame.locator("dl.nqs-fields").count() == built.count('<dl class="nqs-fields">') > 0
    page.fill(_control(page, "document_validity_years"), "7")
    frame.locator("text=7 жыл").wait_for(timeout=30_000)


def test_the_preview_answers_only_for_entries(editor: tuple[str, Path]) -> None:
    """nqs edit's preview address renders a posted entry; an entry not yet valid is answered
    with what the check finds, a path that is no entry's with 400."""
    origin, _ = editor
    text = (PROJECT / "register/professions/industry/7212-1-008.yml").read_bytes()

    def post(path: str, body: bytes) -> tuple[int, str]:
        query = urllib.parse.urlencode({"lang": "ru", "path": path})
        asked = urllib.request.Request(f"{origin}/__nqs_preview?{query}", body, method="POST")
        try:
            with urllib.request.urlopen(asked, timeout=60) as answer:
                return answer.status, answer.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, ""

    status, page = post("register/professions/industry/7212-1-008.yml", text)
    assert status == 200 and "<h1>Сварщик</h1>" in page, page
    wrong = text.replace(b"levels:", b"levelz:")
    status, page = post("register/professions/industry/7212-1-008.yml", wrong)
    assert status == 200 and "проверка находит" in page and "levelz" in page, page
    assert post("schemas/defs.schema.json", text)[0] == 400
    assert post("../../etc/passwd", text)[0] == 400


def test_the_council_decisions_are_read_only(page: Page, editor: tuple[str, Path]) -> None:
    """Decisions are written by nqs record-decision: the editor offers no new one, and a
    decision's form can be read, not changed or saved."""
    origin, root = editor
    before = _branches(root)
    _log_in(page, origin)
    page.goto(f"{origin}/admin/kk/#/collections/decisions")
    page.wait_for_selector("text=2024-03-29")
    assert page.locator("a[href*='/new']").count() == 0
    page.goto(f"{origin}/admin/kk/#/collections/decisions/entries/2024-03-29")
    page.wait_for_selector("label")
    page.wait_for_selector("body[data-nqs-readonly]", state="attached")
    assert not page.get_by_role("button", name="Сақтау").is_visible()
    form = '[class*="ControlPaneContainer"]'
    fields = page.locator(f"{form} input, {form} textarea")
    assert fields.count() > 0
    assert all(fields.nth(i).get_attribute("readonly") is not None for i in range(fields.count()))
    buttons = page.locator(f"{form} button")  # a date's «Бүгін», a list's «Қосу»…
    assert all(buttons.nth(i).is_disabled() for i in range(buttons.count()))
    assert _serious_violations(page) == []
    # Changed and saved all the same (the value set as a script would, the save button shown
    # again): the save is refused, and no branch is made.
    page.evaluate(
        """id => {
            const box = document.getElementById(id);
            const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
            set.call(box, '99');
            box.dispatchEvent(new Event('input', { bubbles: true }));
        }""",
        _control(page, "protocol")[1:],
    )
    page.add_style_tag(
        content='body[data-nqs-readonly] [class*="ToolbarSubSectionFirst"]'
        "{display: flex !important}"
    )
    page.get_by_role("button", name="Сақтау").click()
    page.wait_for_selector("text=Жазба сақталмады: Бұл бөлім тек оқуға арналған:")
    assert _branches(root) == before


def test_a_code_not_in_the_classifier_is_refused(page: Page, editor: tuple[str, Path]) -> None:
    """A code of the right form that the classifier does not have is refused at saving, in
    the validator's words, and nothing is saved."""
    origin, root = editor
    before = _branches(root)
    _log_in(page, origin, "ru")
    page.goto(f"{origin}/admin/ru/#/collections/professions-industry/entries/7212-1-008")
    page.wait_for_selector("label")
    page.fill(_control(page, "code"), "7212-1-999")
    page.get_by_role("button", name="Сохранить").click()
    page.wait_for_selector("text=кода 7212-1-999 нет в Национальном классификаторе занятий")
    assert _branches(root) == before


def test_nqs_edit_says_the_ports_it_chose(editor: tuple[str, Path]) -> None:
    """With --port 0 nqs edit says the port it listens on (the fixture reached the editor
    there); decap-server listens on a free port of its own, given to the editor's
    configuration, with the preview pane on."""
    origin, _ = editor
    assert not origin.endswith(":0")
    config = yaml.safe_load(_fetched(f"{origin}/admin/kk/config.yml") or "")
    backend = config["local_backend"]["url"]
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v1", backend)
    assert _fetched(backend, answered=True) is not None
    assert config["editor"] == {"preview": True}


def test_a_date_is_a_date_without_a_time(page: Page, editor: tuple[str, Path]) -> None:
    """A standard's order is dated by a day: the form's box is a calendar date (shown in the
    browser's language, DD.MM.YYYY in Kazakh and Russian), never a date with a time."""
    origin, _ = editor
    _log_in(page, origin)
    page.goto(f"{origin}/admin/kk/#/collections/standards-industry/entries/PS-7212-001")
    page.wait_for_selector("label")
    box = _control(page, "date", after="order_number")
    assert page.get_attribute(box, "type") == "date"
    assert page.input_value(box) == "2023-11-14"


@pytest.mark.parametrize(
    "where",
    [
        "#/collections/professions-industry/new",
        "#/collections/standards-industry/entries/PS-7212-001",
    ],
)
def test_on_a_phone_the_form_fits_and_its_save_button_is_in_reach(
    browser: Browser,  # noqa: F811
    editor: tuple[str, Path],
    where: str,
) -> None:
    """Decap lays its form out for 800 px and more; at 360 px (nqs-cms.css) the form takes
    the width with no sideways scroll, and the toolbar (save, status) sits above the form
    instead of over its first field."""
    origin, _ = editor
    context = browser.new_context(viewport={"width": 360, "height": 780})
    try:
        page = context.new_page()
        _log_in(page, origin)
        page.goto(f"{origin}/admin/kk/{where}")
        page.wait_for_selector("label")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        save = page.get_by_role("button", name="Сақтау").bounding_box()
        first = page.locator("label").first.bounding_box()
        assert save is not None and first is not None
        assert save["x"] >= 0 and save["x"] + save["width"] <= 360
        assert save["y"] + save["height"] <= first["y"]  # above the form, not over it
        assert first["x"] + first["width"] <= 360
    finally:
        context.close()
