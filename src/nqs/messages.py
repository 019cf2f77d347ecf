"""Every user-facing text of the tool, in Kazakh, Russian and English.

A message is a catalog key with parameters; it is rendered only when shown, in the reader's
language (catalog.py). A parameter that is a Term is itself a catalog key, rendered in the
same language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from nqs.catalog import Catalog
from nqs.catalog import Term as Term  # where the messages' users find it
from nqs.citations import OfTheLaw, law

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """NQS_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else Russian."""
    env = os.environ if environ is None else environ
    for name in ("NQS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")[:2].lower()
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def render(key: str, params: Mapping[str, Any], lang: str) -> str:
    return CATALOG.render(key, params, lang)


def _citing(cited: OfTheLaw, kk: str, ru: str, en: str) -> tuple[str, str, str]:
    """A text that cites provisions of the Law where it says {law}, worded per language."""
    return (
        kk.replace("{law}", cited.in_language("kk")),
        ru.replace("{law}", cited.in_language("ru")),
        en.replace("{law}", cited.in_language("en")),
    )


# Each entry: kk, ru, en. Messages say what is wrong, what was found and what is expected.
_ENTRIES: dict[str, tuple[str, str, str]] = {
    # --- reporting ---
    "severity-error": ("қате", "ошибка", "error"),
    "severity-warning": ("ескерту", "предупреждение", "warning"),
    "severity-info": ("мәлімет", "сведения", "info"),
    "summary": (
        "қателер: {errors}, ескертулер: {warnings}, файлдар: {files} (тексерілді: {checked})",
        "ошибок: {errors}, предупреждений: {warnings}, в файлах: {files} (проверено: {checked})",
        "errors: {errors}, warnings: {warnings}, in files: {files} (checked: {checked})",
    ),
    # --- command line ---
    "cli-no-root": (
        "{root} — тізілім репозиторийінің түбірі емес (schemas/ қалтасы жоқ); "
        "команданы репозиторий түбірінен іске қосыңыз",
        "{root} — не корень репозитория реестра (нет папки schemas/); "
        "запустите команду из корня репозитория",
        "{root} is not the root of a register repository (no schemas/ folder); "
        "run the command from the repository root",
    ),
    "cli-no-site": (
        "{root} ішінде site/ қалтасы жоқ (сайт үлгілері мен беттері): сайтты құрастыру мүмкін емес",
        "в {root} нет папки site/ (шаблоны и страницы сайта): собрать сайт нельзя",
        "{root} has no site/ folder (the site's templates and pages): the site cannot be built",
    ),
    "cli-no-path": (
        "{path} жолы жоқ",
        "путь {path} не существует",
        "path {path} does not exist",
    ),
    "cli-outside-data": (
        "{path} тізілім деректерінің сыртында (register/ немесе standards/ күтіледі)",
        "{path} вне данных реестра (ожидается register/ или standards/)",
        "{path} is outside the register's data (expected register/ or standards/)",
    ),
    "cli-bad-date": (
        "{option} күні дұрыс емес: {value}; ЖЖЖЖ-АА-КК пішімі күтіледі",
        "неверная дата {option}: {value}; ожидается ГГГГ-ММ-ДД",
        "invalid {option} date: {value}; expected YYYY-MM-DD",
    ),
    "cli-implausible-date": (
        "{option} күні мүмкін емес: {value}; {first}–{last} жылдар аралығындағы күн күтіледі",
        "недопустимая дата {option}: {value}; ожидается дата с {first} по {last} год",
        "implausible {option} date: {value}; expected a date in the years {first} to {last}",
    ),
    "cli-system-error": (
        "жүйе әрекетті орындамады: {detail}; дискідегі орынды, рұқсаттарды және шығыс қайда жазылатынын тексеріңіз",
        "система отказала в действии: {detail}; проверьте место на диске, права доступа и то, куда направлен вывод",
        "the system refused: {detail}; check the free disk space, the permissions and where the output goes",
    ),
    "cli-opened-without-base": (
        "--opened тек --base бірге қолданылады: ол ұсыныс ашылған күн",
        "--opened используется только вместе с --base: это дата открытия предложения",
        "--opened goes with --base only: it is the day the proposal was opened",
    ),
    "cli-usage": (
        "аргументтер дұрыс емес: {detail}; анықтама: nqs --help",
        "неверные аргументы: {detail}; справка: nqs --help",
        "invalid arguments: {detail}; see nqs --help",
    ),
    # argparse's own words (cli.ARGPARSE_TEXTS): its %-placeholders stay as they are
    "argparse-usage": ("қолданылуы: ", "использование: ", "usage: "),
    "argparse-positional": (
        "позициялық аргументтер",
        "позиционные аргументы",
        "positional arguments",
    ),
    "argparse-options": ("опциялар", "параметры", "options"),
    "argparse-help": (
        "осы анықтаманы көрсетіп, шығу",
        "показать эту справку и выйти",
        "show this help message and exit",
    ),
    "argparse-argument": (
        "%(argument_name)s аргументі: %(message)s",
        "аргумент %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "argparse-required": (
        "мына аргументтер міндетті: %s",
        "не указаны обязательные аргументы: %s",
        "the following arguments are required: %s",
    ),
    "argparse-one-required": (
        "%s аргументтерінің бірі міндетті",
        "нужен один из аргументов %s",
        "one of the arguments %s is required",
    ),
    "argparse-unrecognized": (
        "танылмаған аргументтер: %s",
        "нераспознанные аргументы: %s",
        "unrecognized arguments: %s",
    ),
    "argparse-invalid-choice": (
        "жарамсыз мән: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)",
        "недопустимое значение: %(value)r (выберите из %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argparse-unknown-command": (
        "%(parser_name)r деген команда жоқ (бар командалар: %(choices)s)",
        "неизвестная команда %(parser_name)r (возможные: %(choices)s)",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
    ),
    "argparse-invalid-value": (
        "%(type)s түріндегі мән жарамсыз: %(value)r",
        "недопустимое значение типа %(type)s: %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "argparse-expected-one": (
        "бір мән күтіледі",
        "ожидается одно значение",
        "expected one argument",
    ),
    "argparse-expected-at-most-one": (
        "ең көбі бір мән күтіледі",
        "ожидается не более одного значения",
        "expected at most one argument",
    ),
    "argparse-expected-at-least-one": (
        "кемінде бір мән күтіледі",
        "ожидается хотя бы одно значение",
        "expected at least one argument",
    ),
    "argparse-expected-n-one": (
        "%s мән күтіледі",
        "ожидается значений: %s",
        "expected %s argument",
    ),
    "argparse-expected-n-many": (
        "%s мән күтіледі",
        "ожидается значений: %s",
        "expected %s arguments",
    ),
    "argparse-ambiguous": (
        "%(option)s опциясы бірмәнді емес: %(matches)s болуы мүмкін",
        "неоднозначный параметр %(option)s: подходят %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse-not-allowed-with": (
        "%s аргументімен бірге қолдануға болмайды",
        "нельзя использовать вместе с аргументом %s",
        "not allowed with argument %s",
    ),
    "argparse-ignored-argument": (
        "%r мәні артық: бұл опция мән қабылдамайды",
        "лишнее значение %r: этот параметр не принимает значения",
        "ignored explicit argument %r",
    ),
    "cli-schema-error": (
        "{path} сұлбасын оқу мүмкін емес: {detail}",
        "не удалось прочитать схему {path}: {detail}",
        "cannot read the schema {path}: {detail}",
    ),
    "schema-outward-ref": (
        "{ref} сілтемесі schemas/ қалтасының файлдарынан тыс жерге апарады; "
        "тек сол файлдарға сілтеме жасауға болады",
        "ссылка {ref} ведёт за пределы файлов папки schemas/; ссылаться можно только на них",
        "the reference {ref} leads outside the files of schemas/; only they can be referred to",
    ),
    "schema-dialect": (
        "$schema мәні {found} қолданылмайды; {expected} күтіледі",
        "$schema {found} не поддерживается; ожидается {expected}",
        "$schema {found} is not supported; expected {expected}",
    ),
    "schema-keyword": (
        "{keyword} кілт сөзіне nqs сұлбаларында рұқсат жоқ: $id сілтемелердің бағытын "
        "өзгертеді, patternProperties кері қайтуы бар қозғалтқышпен тексеріледі",
        "ключевое слово {keyword} в схемах nqs не допускается: $id меняет, куда ведут ссылки, "
        "а patternProperties проверялось бы движком с возвратами",
        "the keyword {keyword} is not allowed in the schemas of nqs: $id changes where "
        "references lead, and patternProperties would be matched by a backtracking engine",
    ),
    "schema-not-json": (
        "файл JSON ретінде оқылмайды: {line}-жол, {column}-баған (жақшаларды, тырнақшаларды және үтірлерді тексеріңіз)",
        "файл не читается как JSON: строка {line}, столбец {column} (проверьте скобки, кавычки и запятые)",
        "the file is not valid JSON: line {line}, column {column} (check the brackets, quotes and commas)",
    ),
    "schema-not-object": (
        "сұлба JSON нысаны болуы керек, табылғаны: {found}",
        "схема должна быть объектом JSON, найдено: {found}",
        "a schema must be a JSON object, found {found}",
    ),
    "cli-reference-error": (
        "{path} анықтамалық деректерін оқу мүмкін емес: {detail}",
        "не удалось прочитать справочные данные {path}: {detail}",
        "cannot read the reference data {path}: {detail}",
    ),
    "reference-row-values": (
        "{line}-жол: мәндер саны — {found}, бағандар саны — {expected}",
        "строка {line}: значений — {found}, столбцов — {expected}",
        "line {line} has {found} values for {expected} columns",
    ),
    "reference-row-twice": (
        "{line}-жол {first}-жолды қайталайды ({values}): екеуінің біреуін жойыңыз",
        "строка {line} повторяет строку {first} ({values}): удалите одну из двух",
        "line {line} repeats line {first} ({values}): delete one of the two",
    ),
    "reference-columns": (
        "бірінші жолда {missing} бағандары жоқ (табылғаны: {found}); бағандар атауын үтір арқылы, бос орынсыз жазыңыз",
        "в первой строке нет столбцов {missing} (найдено: {found}); перечислите названия столбцов через запятую без пробелов",
        "the first line lacks the columns {missing} (found: {found}); list the column names separated by commas, without spaces",
    ),
    "reference-column-twice": (
        "бірінші жолда {columns} бағаны екі рет аталған: әр жолдың тек соңғы мәні оқылар еді; біреуін жойыңыз",
        "в первой строке столбец {columns} назван дважды: из каждой строки читалось бы только последнее значение; удалите один",
        "the first line names the column {columns} twice: only each row's last value would be read; delete one",
    ),
    "reference-not-utf8": (
        "{line}-жол: файл дұрыс UTF-8 емес ({byte} байты табылды; файл Windows-1251 кодында сақталған болуы мүмкін); оны UTF-8 ретінде сақтаңыз",
        "строка {line}: файл не является корректным UTF-8 (найден байт {byte}; возможно, файл сохранён в Windows-1251); сохраните его как UTF-8",
        "line {line}: the file is not valid UTF-8 (found byte {byte}; it may have been saved as Windows-1251); save it as UTF-8",
    ),
    "reference-character": (
        "{line}-жол, «{column}» бағаны: {code}{name} таңбасы мәтінге жатпайды (басқару, көрінбейтін немесе таңба емес нүкте); оны жойыңыз",
        "строка {line}, столбец «{column}»: символ {code}{name} не является текстом (управляющий, невидимый или несимвол); удалите его",
        "line {line}, column «{column}»: {code}{name} is not text (a control, invisible or non-text character); delete it",
    ),
    "cli-no-cwd": (
        "ағымдағы қалта жоқ (жойылған немесе көшірілген): репозиторий түбіріне өтіп, команданы қайталаңыз",
        "текущей папки больше нет (удалена или перемещена): перейдите в корень репозитория и повторите команду",
        "the current folder no longer exists (deleted or moved): change to the repository root and run the command again",
    ),
    "cli-internal-error": (
        "nqs ішкі қатесі ({error}): ақау деректеріңізде емес, бағдарламаның өзінде; орындаған командаңызды көрсетіп, {url} мекенжайына хабарлаңыз (толығырақ: --debug)",
        "внутренняя ошибка nqs ({error}): сбой в самой программе, а не в ваших данных; сообщите о нём на {url}, указав выполненную команду (подробности: --debug)",
        "internal error in nqs ({error}): a fault of the program, not of your data; please report it at {url} with the command you ran (details: --debug)",
    ),
    "help-debug": (
        "ішкі қате болғанда оның толық ізін (traceback) көрсету",
        "при внутренней ошибке показать её полную трассировку (traceback)",
        "on an internal error, show its full traceback",
    ),
    "help-description": (
        "Кәсіптер тізілімін, кәсіптік стандарттарды және тану орталықтарын тексереді.",
        "Проверяет реестр профессий, профессиональные стандарты и центры признания.",
        "Checks the register of professions, the professional standards and the centers.",
    ),
    "help-validate": (
        "тізілім файлдарын тексеру (әдепкі бойынша — барлығын)",
        "проверить файлы реестра (по умолчанию — все)",
        "check the register's files (all by default)",
    ),
    "help-paths": (
        "тексерілетін файлдар немесе қалталар",
        "файлы или папки для проверки",
        "files or folders to check",
    ),
    "help-format": (
        "шығыс пішімі: text, github (GitHub Actions ескертпелері), json",
        "формат вывода: text, github (аннотации GitHub Actions), json",
        "output format: text, github (GitHub Actions annotations), json",
    ),
    "help-lang": ("хабарлама тілі", "язык сообщений", "language of the messages"),
    "help-strict": (
        "ескертулерді қате деп санау",
        "считать предупреждения ошибками",
        "treat warnings as errors",
    ),
    "help-as-of": (
        "мерзімдерге байланысты тексерулер үшін күн (әдепкі — бүгін)",
        "дата для проверок, зависящих от сроков (по умолчанию — сегодня)",
        "the date for checks that depend on dates (default: today)",
    ),
    "help-root": (
        "репозиторий түбірі (әдепкі — ағымдағы қалта)",
        "корень репозитория (по умолчанию — текущая папка)",
        "repository root (default: the current folder)",
    ),
    "help-build": (
        "тізілімді тексеріп, қазақ және орыс тілдеріндегі сайтты құрастыру",
        "проверить реестр и собрать сайт на казахском и русском языках",
        "check the register and build the site in Kazakh and Russian",
    ),
    "help-serve": (
        "сайтты құрастырып, осы компьютерде көрсету (өзгерістерден кейін қайта құрастырады)",
        "собрать сайт и показать его на этом компьютере (пересобирает после изменений)",
        "build the site and serve it on this computer (rebuilds after changes)",
    ),
    "help-out": (
        "сайт жазылатын қалта (әдепкі — site-build/)",
        "папка для сайта (по умолчанию — site-build/)",
        "the folder to write the site to (default: site-build/)",
    ),
    "help-site-url": (
        "сайттың жарияланатын мекенжайы (тілдер арасындағы сілтемелер үшін)",
        "адрес, по которому сайт будет опубликован (для ссылок между языками)",
        "the address the site is published at (for the links between languages)",
    ),
    "help-port": (
        "порт нөмірі (0 — кез келген бос порт)",
        "порт (0 — любой свободный)",
        "port (0: any free port)",
    ),
    "serve-bad-port": (
        "--port {first}–{last} аралығындағы сан болуы керек ({first} — кез келген бос порт); берілгені: {value}",
        "--port должен быть числом от {first} до {last} ({first} — любой свободный порт); получено: {value}",
        "--port must be a number from {first} to {last} ({first}: any free port); found {value}",
    ),
    "serve-port-busy": (
        "127.0.0.1:{port} тыңдау мүмкін емес ({reason}): портты басқа бағдарлама алған немесе оған рұқсат жоқ; --port арқылы басқасын таңдаңыз (0 — кез келген бос порт)",
        "не удалось слушать 127.0.0.1:{port} ({reason}): порт занят другой программой или недоступен; выберите другой через --port (0 — любой свободный)",
        "cannot listen on 127.0.0.1:{port} ({reason}): another program holds the port or it is not allowed; choose another with --port (0: any free port)",
    ),
    "build-out-file": (
        "--out {out} — қалта емес, файл: сайтқа қалта керек (ол әлі болмауы мүмкін)",
        "--out {out} — файл, а не папка: для сайта нужна папка (её может ещё не быть)",
        "--out {out} is a file, not a folder: the site needs a folder (it need not exist yet)",
    ),
    "build-out-under-file": (
        "--out {out} қалта бола алмайды: {file} — қалта емес, файл",
        "--out {out} не может быть папкой: {file} — файл, а не папка",
        "--out {out} cannot be a folder: {file} is a file, not a folder",
    ),
    "build-out-unwritable": (
        "сайтты --out {out} ішіне жазу мүмкін емес ({reason}): оның қалтасы жаңа файлдарды қабылдамайды (тек оқуға арналған немесе нақты қалта емес); жазуға болатын қалтаны таңдаңыз",
        "сайт нельзя записать в --out {out} ({reason}): её папка не принимает новые файлы (только для чтения или не настоящая папка); выберите папку, доступную для записи",
        "the site cannot be written to --out {out} ({reason}): its folder takes no new files (read-only, or not a real folder); choose a folder you can write to",
    ),
    "build-unsafe-out": (
        "{out} қалтасын сайт алмастырар еді, бірақ онда сайт емес файлдар бар немесе ол репозиторийдің бөлігі: --out үшін басқа қалтаны таңдаңыз (мысалы, site-build)",
        "папку {out} заменил бы сайт, но в ней файлы не от сайта или это часть репозитория: выберите для --out другую папку (например, site-build)",
        "the site would replace {out}, but it holds files that are not a site or is part of the repository: choose another folder for --out (e.g. site-build)",
    ),
    "build-refused": (
        "тізілімде қателер бар: сайт құрастырылмады",
        "в реестре есть ошибки: сайт не собран",
        "the register has errors: the site was not built",
    ),
    "build-done": (
        "сайт {out} қалтасына жазылды: {pages} бет; беттерді веб-сервер арқылы ашыңыз (дискіден "
        "ашқанда сілтемелер қалта тізімін көрсетеді): python3 -m http.server -d {out} 8000, "
        "содан кейін http://127.0.0.1:8000/",
        "сайт записан в {out}: страниц — {pages}; открывайте его через веб-сервер (с диска "
        "ссылки показывают списки папок): python3 -m http.server -d {out} 8000, затем "
        "http://127.0.0.1:8000/",
        "the site was written to {out}: {pages} pages; view it through a web server (from the "
        "disk its links show folder listings): python3 -m http.server -d {out} 8000, then "
        "http://127.0.0.1:8000/",
    ),
    "build-failed": (
        "сайтты құрастыру мүмкін болмады: {detail}",
        "не удалось собрать сайт: {detail}",
        "the site could not be built: {detail}",
    ),
    "build-language-failed": (
        "сайттың {lang} нұсқасын құрастыру мүмкін болмады ({error}: {detail})",
        "не удалось собрать сайт на языке {lang} ({error}: {detail})",
        "the {lang} site could not be built ({error}: {detail})",
    ),
    "site-file-type": (
        "{path}: табылғаны: {found}; сайт тек site/ ішіндегі қалталар мен қарапайым файлдардан "
        "құрастырылады — мұнда файлдың өзін қойыңыз",
        "{path}: найдено: {found}; сайт собирается только из папок и обычных файлов в site/ — "
        "положите туда сам файл",
        "{path}: found {found}; the site is built only from folders and regular files in "
        "site/: put the file itself there",
    ),
    "build-busy": (
        "{out} қалтасына қазір басқа nqs build жазып жатыр: ол аяқталғанда қайта іске қосыңыз",
        "в папку {out} сейчас пишет другой nqs build: запустите снова, когда он закончит",
        "another nqs build is writing {out} now: run again when it has finished",
    ),
    # the stages of a build as it runs (site/progress.py): stage names, then "stage: count"
    "progress-line": ("{stage}: {count}", "{stage}: {count}", "{stage}: {count}"),
    "progress-validation": (
        "тізілімді тексеру, файлдар",
        "проверка реестра, файлов",
        "validation of the register, files",
    ),
    "progress-editions": (
        "басылымдардың тізілімдері",
        "реестры редакций",
        "registers of the editions",
    ),
    "progress-downloads": (
        "жүктеп алуға арналған файлдар мен API құжаттары",
        "файлы для скачивания и документы API",
        "downloads and API documents",
    ),
    "progress-search": (
        "іздеу индексі, беттер",
        "поисковый индекс, страниц",
        "search index, pages",
    ),
    "progress-pages": (
        "сайттың беттері ({site})",
        "страницы сайта ({site})",
        "pages of the site ({site})",
    ),
    "serve-listening": (
        "сайт {url} мекенжайында; өзгерістерден кейін қайта құрастырылады; тоқтату үшін Ctrl+C",
        "сайт доступен по адресу {url}; пересобирается после изменений; остановка — Ctrl+C",
        "serving {url}; rebuilt after changes; Ctrl+C to stop",
    ),
    "serve-updated": (
        "өзгеріс көрсетілді: {pages} бет {ms} мс ішінде жаңартылды; іздеу индексі, жүктеп алуға арналған файлдар мен API бірнеше секундтан кейін жаңартылады",
        "изменение показано: обновлено страниц — {pages}, за {ms} мс; поисковый индекс, файлы для скачивания и API обновятся через несколько секунд",
        "change shown: {pages} pages updated in {ms} ms; the search index, the downloads and the API follow in a few seconds",
    ),
    "serve-data-updated": (
        "іздеу индексі, жүктеп алуға арналған файлдар мен API жаңартылды",
        "поисковый индекс, файлы для скачивания и API обновлены",
        "the search index, the downloads and the API are updated",
    ),
    "help-codeowners": (
        "register/bodies.yml тізімі бойынша .github/CODEOWNERS файлын құрастыру",
        "создать .github/CODEOWNERS по register/bodies.yml",
        "write .github/CODEOWNERS from register/bodies.yml",
    ),
    "help-codeowners-check": (
        "файлды жазбай, оның өзекті екенін тексеру",
        "не записывать файл, а проверить, что он актуален",
        "do not write the file; check that it is up to date",
    ),
    "codeowners-current": (
        "{path} өзекті",
        "{path} актуален",
        "{path} is up to date",
    ),
    "codeowners-stale": (
        "{path} register/bodies.yml-ге сәйкес емес; оны nqs codeowners командасымен жаңартыңыз",
        "{path} не соответствует register/bodies.yml; обновите его командой nqs codeowners",
        "{path} does not match register/bodies.yml; update it with nqs codeowners",
    ),
    "codeowners-written": (
        "{path} жазылды",
        "{path} записан",
        "{path} written",
    ),
    "help-calendar": (
        "жылдың заңдық күнтізбесін көрсету (ұсыныстар, Ұлттық кеңес, жариялау мерзімдері)",
        "показать правовой календарь года (предложения, Национальный совет, сроки публикации)",
        "show the year's legal calendar (proposals, the National Council, publication deadlines)",
    ),
    "help-year": (
        "бір немесе бірнеше жыл (әдепкі — ағымдағы)",
        "один или несколько годов (по умолчанию — текущий)",
        "one or more years (default: this year)",
    ),
    "calendar-bad-year": (
        "жыл {first}–{last} аралығындағы сан болуы керек (Қазақстанның жұмыс күндері белгілі жылдар); берілгені: {value}",
        "год должен быть числом от {first} до {last} (годы, для которых известны рабочие дни Казахстана); получено: {value}",
        "the year must be a number from {first} to {last} (the years whose working days in Kazakhstan are known); found {value}",
    ),
    "calendar-title": (
        "{year} жылғы кәсіптер тізілімінің күнтізбесі (жұмыс күндері — Қазақстанның ресми күнтізбесі бойынша)",
        "Календарь реестра профессий на {year} год (рабочие дни — по официальному календарю Казахстана)",
        "Calendar of the register of professions for {year} (working days per Kazakhstan's official calendar)",
    ),
    "calendar-proposals": (
        "салалық органдардың ұсыныстарын енгізудің соңғы күні (Қағидалардың 7-тармағы)",
        "последний день внесения предложений отраслевых органов (пункт 7 Правил)",
        "last day for the sectoral bodies' proposals (Rules 7)",
    ),
    "calendar-council": (
        "тізілімді Ұлттық кеңеске енгізудің соңғы күні (Қағидалардың 10-тармағы)",
        "последний день внесения реестра в Национальный совет (пункт 10 Правил)",
        "last day to submit the register to the National Council (Rules 10)",
    ),
    "calendar-decision": (
        "Ұлттық кеңестің ұсынымы {decision}",
        "рекомендация Национального совета {decision}",
        "recommendation of the National Council {decision}",
    ),
    "calendar-publish": (
        "{decision} ұсынымы бойынша тізілімді жариялаудың соңғы күні (10 жұмыс күні, Қағидалардың 11-тармағы)",
        "последний день размещения реестра по рекомендации {decision} (10 рабочих дней, пункт 11 Правил)",
        "last day to publish the register after recommendation {decision} (10 working days, Rules 11)",
    ),
    "calendar-press-release": (
        "{decision} ұсынымы бойынша баспасөз релизін орналастырудың соңғы күні (тізілім орналастырылғаннан кейін 3 жұмыс күні, Қағидалардың 12-тармағы)",
        "последний день размещения пресс-релиза по рекомендации {decision} (3 рабочих дня после размещения реестра, пункт 12 Правил)",
        "last day for the press release on {decision} (3 working days after publication, Rules 12)",
    ),
    "calendar-moved": (
        " — {named} демалыс күні, сондықтан мерзім келесі жұмыс күні аяқталады (ҚР Азаматтық кодексі: соңғы күні жұмыс күні емес күнге келетін мерзім)",
        " — {named} нерабочий день, поэтому срок оканчивается в ближайший следующий рабочий день (Гражданский кодекс РК: окончание срока в нерабочий день)",
        " — {named} is a day off, so the term ends on the next working day (Civil Code of Kazakhstan: the end of a term on a non-working day)",
    ),
    "calendar-estimated": (
        " — болжалды күн: {days} мерекесінің күнін күнтізбе кітапханасы тек болжайды",
        " — дата ориентировочная: календарная библиотека лишь оценивает дату праздника ({days})",
        " — an estimate: the calendar library only estimates the date of the holiday on {days}",
    ),
    "calendar-estimated-holiday": (
        "демалыс күні (ауыспалы діни мереке), оның күнін күнтізбе кітапханасы тек болжайды: ресми күнмен салыстырыңыз",
        "нерабочий день (подвижный религиозный праздник), дату которого календарная библиотека лишь оценивает: сверьте с официальной",
        "day off (a moving religious holiday) whose date the calendar library only estimates: check it against the official one",
    ),
    "help-base": (
        "осы сілтемемен ортақ негізден бері өзгерген файлдарды ғана тексеру (мысалы, origin/main)",
        "проверить только файлы, изменённые после общей базы с этой ссылкой (например, origin/main)",
        "check only the files changed since the merge base with this reference (e.g. origin/main)",
    ),
    "help-editions": (
        "тізілім басылымдарын (Ұлттық кеңес ұсынымдарын енгізген біріктірулерді) тізімдеп, әрқайсысын 10 жұмыс күні мерзімімен салыстыру (Қағидалардың 11-тармағы)",
        "перечислить редакции реестра (слияния, которыми внесены рекомендации Национального совета) и сверить каждую со сроком в 10 рабочих дней (пункт 11 Правил)",
        "list the register's editions (the merges that recorded council decisions), each against the 10 working days of Rules 11",
    ),
    "help-editions-tag": (
        "тізілімнің жеке күйі бар, белгісі жоқ әр басылымға edition/<ұсыным> Git белгісін қою",
        "поставить метку Git edition/<рекомендация> каждой редакции с отдельным состоянием реестра, у которой её нет",
        "tag edition/<decision> in Git each untagged edition that has a state of the register of its own",
    ),
    "editions-title": (
        "Тізілім басылымдары (ұсыным, коммит, белгі, орналастыру):",
        "Редакции реестра (рекомендация, коммит, метка, размещение):",
        "Editions of the register (decision, commit, tag, publication):",
    ),
    "editions-none": (
        "басылымдар жоқ: Git тарихы немесе онда Ұлттық кеңес ұсынымдары жоқ",
        "редакций нет: нет истории Git или в ней нет рекомендаций Национального совета",
        "no editions: there is no Git history, or no council decision in it",
    ),
    "editions-in-time": (
        "{recorded:loc} орналастырылды, мерзімінде ({due:dat} дейін)",
        "размещена {recorded}, в срок (до {due})",
        "published on {recorded}, in time (by {due})",
    ),
    "editions-late": (
        "{recorded:loc} орналастырылды, мерзімнен кеш ({due:dat} дейін болуы керек еді)",
        "размещена {recorded}, позже срока (срок — до {due})",
        "published on {recorded}, late (due by {due})",
    ),
    "editions-imported": (
        "ашық тізілім құрылғанда енгізілді ({recorded:loc}); мерзімі ({due:dat} дейін) мұнда тексерілмейді",
        "внесена при открытии реестра ({recorded}); срок (до {due}) здесь не проверяется",
        "recorded when the register was opened ({recorded}); its deadline ({due}) is not checked here",
    ),
    "help-opened": (
        "--base ұсынысы ашылған күн (әдепкіде оның бірінші коммитінің күні)",
        "дата открытия предложения для --base (по умолчанию дата его первого коммита)",
        "the day the --base proposal was opened (default: the date of its first commit)",
    ),
    "history-bad-ref": (
        "«{value}» сілтемесі қабылданбайды: ол «-» белгісінен басталмауы, «..» қамтымауы керек және тек латын әріптерінен, цифрлардан және ./_~^@{{}}- белгілерінен тұруы керек",
        "ссылка «{value}» не принимается: она не должна начинаться с «-» и содержать «..», а может содержать только латинские буквы, цифры и ./_~^@{{}}-",
        "the reference «{value}» is not accepted: it must not begin with «-» nor hold «..», and may hold only Latin letters, digits and ./_~^@{{}}-",
    ),
    "history-no-base": (
        "«{value}» үшін ортақ негіз табылмады: бұл Git репозиторийі екенін және мұндай сілтеменің бар екенін тексеріңіз",
        "для «{value}» не найдена общая база: проверьте, что это репозиторий Git и что такая ссылка существует",
        "no merge base found for «{value}»: is this a Git repository, and does the reference exist?",
    ),
    "history-git": (
        "Git тарихты оқымады: {value}",
        "Git не дал прочитать историю: {value}",
        "Git refused to read the history: {value}",
    ),
    "edition-skipped": (
        "{decision} басылымы: осы басылымдағы тізілім жазылмады, оның ағашы оқылмайды ({detail})",
        "редакция {decision}: реестр на эту редакцию не записан, её состояние не читается ({detail})",
        "edition {decision}: its register was not written, its tree cannot be read ({detail})",
    ),
    "revision-skipped": (
        "{commit} {path}: бұл өзгеріс тарихқа енгізілмеді, оның файлы оқылмайды ({detail})",
        "{commit} {path}: это изменение не включено в историю, его файл не читается ({detail})",
        "{commit} {path}: this change is left out of the history, its file cannot be read "
        "({detail})",
    ),
    "history-shallow": (
        "{value} — толық емес Git клоны: сайт өзгерістер тарихынсыз жиналады; толық тарих үшін: git fetch --unshallow",
        "{value} — неполный клон Git: сайт собирается без истории изменений; чтобы получить всю историю: git fetch --unshallow",
        "{value} is a shallow Git clone: the site is built without the history; for the whole history: git fetch --unshallow",
    ),
    "history-deleted": (
        "жазба файлы жойылған; тізілімнен ештеңе жоғалмауы керек: кәсіпті status: excluded және excluded_by арқылы алып тастаңыз",
        "файл записи удалён; из реестра ничего не теряется: исключите профессию через status: excluded и excluded_by",
        "an entry file was deleted; nothing leaves the register that way: exclude a profession with status: excluded and excluded_by",
    ),
    "history-renamed": (
        "жазба файлының аты өзгертілген ({old} болған); жазбаның коды мен файлы өзгермейді",
        "файл записи переименован (был {old}); код и файл записи не меняются",
        "an entry file was renamed (it was {old}); an entry's code and file never change",
    ),
    "history-code-changed": (
        "жазбаның коды өзгертілген ({old} → {new}); код ешқашан өзгермейді: жаңа жазба қосыңыз",
        "код записи изменён ({old} → {new}); код никогда не меняется: добавьте новую запись",
        "the entry's code changed ({old} → {new}); a code never changes: add a new entry",
    ),
    "history-decision-changed": (
        "тіркелген Ұлттық кеңес ұсынымы өзгертілген; ұсыным өзгермейді: жаңа ұсыным қосыңыз",
        "записанная рекомендация Национального совета изменена; рекомендация не меняется: добавьте новую рекомендацию",
        "a recorded council decision was changed; decisions never change: add a new decision",
    ),
    "transition-history": _citing(
        law((23, 5), (26,)),
        "орталықтың тарихы тек толықтырылады: бұрынғы аттестаттар мен олардың оқиғалары өзгермейді және жойылмайды ({law})",
        "история центра только дополняется: прежние аттестаты и их события не меняются и не удаляются ({law})",
        "a center's history is only added to: its past certificates and their events are never changed or removed ({law})",
    ),
    "transition-excluded": (
        "алынып тасталған кәсіп тізілімге тек жаңа ұсыныммен оралады: included_by жаңа ұсынымды атауы керек",
        "исключённая профессия возвращается в реестр только по новой рекомендации: included_by должен называть новую рекомендацию",
        "an excluded profession returns only by a new decision: included_by must name a new decision",
    ),
    "change-several-bodies": (
        "ұсыныс бірнеше органның жазбаларын өзгертеді ({bodies}); әр салалық орган өз саласы бойынша ұсынады (Қағидалардың 7-тармағы)",
        "предложение меняет записи нескольких органов ({bodies}); каждый отраслевой орган вносит предложения по своей отрасли (пункт 7 Правил)",
        "the proposal changes the entries of several bodies ({bodies}); each sectoral body proposes for its own sector (Rules 7)",
    ),
    "proposal-next-cycle": (
        "ұсыныс {opened:loc}, ұсыныстар мерзімі ({missed}) өткеннен кейін ашылды: ол келесі кезеңге жатады (ұсыныстар {deadline:dat} дейін, Ұлттық кеңеске {council:dat} дейін енгізіледі; Қағидалардың 7 және 10-тармақтары)",
        "предложение открыто {opened}, после срока внесения предложений {missed}: оно относится к следующему циклу (предложения до {deadline}, внесение в Национальный совет до {council}; пункты 7 и 10 Правил)",
        "the proposal was opened on {opened}, after the proposal deadline of {missed}: it belongs to the next cycle (proposals by {deadline}, submission to the National Council by {council}; Rules 7 and 10)",
    ),
    "decision-late": (
        "{decision} ұсынымы {published:loc} орналастырылады, мерзімнен кеш (ұсынымнан кейін 10 жұмыс күні ішінде, {due:dat} дейін; Қағидалардың 11-тармағы)",
        "рекомендация {decision} размещается {published}, позже срока: в течение 10 рабочих дней после рекомендации, до {due} (пункт 11 Правил)",
        "recommendation {decision} is published on {published}, after the deadline: within 10 working days of the recommendation, by {due} (Rules 11)",
    ),
    "council-submission-late": (
        "{cycle} кезеңінің тізілімі Ұлттық кеңеске кеш енгізілді: main тармағына сұрау {opened:loc} ашылды, мерзімі — {due:dat} дейін (Қағидалардың 10-тармағы)",
        "реестр цикла {cycle} внесён в Национальный совет с опозданием: pull request в main открыт {opened}, срок — до {due} (пункт 10 Правил)",
        "the register of cycle {cycle} went to the National Council late: the pull request into main was opened on {opened}, due by {due} (Rules 10)",
    ),
    "change-without-decision": (
        "кәсіп өзгертілген, бірақ бұл өзгерісті ұсынған Ұлттық кеңес ұсынымы аталмаған: main тармағына өзгеріс тек ұсыныммен келеді — кезең тармағында nqs record-decision оны amended_by тізіміне жазады",
        "профессия изменена, но не названа рекомендация Национального совета, рекомендовавшая это изменение: в main изменение приходит только с рекомендацией — на ветке цикла её впишет в amended_by команда nqs record-decision",
        "the profession changed but names no council recommendation for the change: a change reaches main only with its recommendation — on the cycle branch nqs record-decision writes it into amended_by",
    ),
    "inclusion-without-decision": (
        "жаңа кәсіп оны енгізген Ұлттық кеңес ұсынымын атамайды (included_by жоқ): main тармағына кәсіп тек ұсыныммен келеді — кезең тармағында nqs record-decision оны жазады",
        "новая профессия не называет рекомендацию Национального совета, которая её включает (нет included_by): в main профессия приходит только с рекомендацией — на ветке цикла её впишет nqs record-decision",
        "the new profession names no council recommendation that includes it (no included_by): a profession reaches main only with its recommendation — on the cycle branch nqs record-decision writes it",
    ),
    "inclusion-backdated": (
        "жаңа кәсіп {decision} ұсынымымен енгізілді деп жазылған, бірақ бұл ұсыным тізілімде бұрыннан тіркелген: кәсіп оны енгізетін ұсыныммен бірге жарияланады, кейін ескі ұсынымның атымен қосылмайды (Қағидалардың 11-тармағы); included_by жолын алып тастаңыз — ұсыныс Ұлттық кеңестің келесі ұсынымын күтеді",
        "новая профессия названа включённой по рекомендации {decision}, но эта рекомендация уже записана в реестре: профессия публикуется вместе с рекомендацией, которая её включает, а не добавляется позже под более ранней (пункт 11 Правил); уберите included_by — предложение дождётся следующей рекомендации Национального совета",
        "the new profession names {decision} as its inclusion, but that decision is already recorded in the register: a profession is published with the recommendation that includes it, not added later under an older one (Rules 11); remove included_by — the proposal awaits the council's next recommendation",
    ),
    "decision-backdated": (
        "қосылатын ұсыным {found} күнімен белгіленген, бірақ тізілімде одан кейінгі {latest} ұсынымы бұрыннан тіркелген: Ұлттық кеңес өзіне ұсынылған тізілім бойынша ұсыным береді, ал кейін ертерек күнмен жазылған ұсыным жарияланған басылымдарды қайта жазар еді (Қағидалардың 10, 11-тармақтары); кеңес отырысының нақты күнін жазыңыз — ол {latest} күнінен кейін",
        "добавляемая рекомендация датирована {found}, но в реестре уже записана более поздняя рекомендация {latest}: Национальный совет рекомендует по представленному ему реестру, а рекомендация, записанная позже под более ранней датой, переписала бы уже опубликованные редакции (пункты 10 и 11 Правил); укажите действительную дату заседания совета — она позже {latest}",
        "the decision added is dated {found}, but the register already recorded a later decision, {latest}: the National Council recommends on the register submitted to it, and a recommendation recorded later under an earlier date would rewrite editions already published (Rules 10 and 11); write the council meeting's real date, which is after {latest}",
    ),
    # --- the proposal cycle (cycle.py): stages, cycle open/status, record-decision, remarks ---
    "decision-awaited": (
        "ұсыныс дұрыс: Ұлттық кеңестің ұсынымын күтеді (ұсынымды кеңес отырысынан кейін nqs record-decision жазады)",
        "предложение в порядке: ожидает рекомендации Национального совета (рекомендацию впишет nqs record-decision после заседания совета)",
        "the proposal is in order: it awaits the National Council's recommendation (nqs record-decision writes the decision after the council meets)",
    ),
    "help-stage": (
        "--base өзгерісінің кезеңі: proposal (кезең тармағына ұсыныс, ұсыным әлі аталмайды) немесе council (main тармағына, әр өзгеріс өз ұсынымын атайды); әдепкіде --base атауынан анықталады: cycle/<жыл>-<1|2> — proposal, басқасы — council",
        "стадия изменения для --base: proposal (предложение в ветку цикла, рекомендация ещё не называется) или council (в main, каждое изменение называет свою рекомендацию); по умолчанию определяется по --base: cycle/<год>-<1|2> — proposal, иначе council",
        "the stage of the --base change: proposal (into a cycle branch, no decision named yet) or council (into main, every change names its decision); by default told by --base: cycle/<year>-<1|2> is proposal, anything else council",
    ),
    "cli-stage-without-base": (
        "--stage тек --base бірге қолданылады: ол өзгерістің кезеңі",
        "--stage используется только вместе с --base: это стадия изменения",
        "--stage goes with --base only: it is the stage of the change",
    ),
    "proposal-names-decision": (
        "ұсыныс {decision} ұсынымын атайды, бірақ кезең тармағындағы ұсыныс әлі ешбір ұсынымды атамайды: Ұлттық кеңес әлі шешпеген (Қағидалардың 7, 10-тармақтары); бұл жолды алып тастаңыз — ұсынымды nqs record-decision жазады",
        "предложение называет рекомендацию {decision}, но предложение в ветку цикла ещё не называет рекомендаций: Национальный совет ещё не решил (пункты 7 и 10 Правил); уберите эту строку — рекомендацию впишет nqs record-decision",
        "the proposal names the decision {decision}, but a proposal into a cycle branch names no decision yet: the National Council has not decided (Rules 7 and 10); remove it — nqs record-decision writes the decision",
    ),
    "help-cycle": (
        "ұсыныстар кезеңі: cycle open ЖЫЛ-N — кезең тармағын ашу, cycle status — ұсыныстардың күйі",
        "цикл предложений: cycle open ГОД-N — открыть ветку цикла, cycle status — состояние предложений",
        "the proposal cycle: cycle open YEAR-N opens the cycle's branch, cycle status tells the state of the proposals",
    ),
    "help-cycle-open": (
        "main тармағынан cycle/ЖЫЛ-N кезең тармағын жергілікті түрде құру",
        "создать локально ветку цикла cycle/ГОД-N от main",
        "create the cycle's branch cycle/YEAR-N from main, locally",
    ),
    "help-cycle-status": (
        "кезеңнің ұсыныстары органдар бойынша: күйі және мерзімі",
        "предложения цикла по органам: состояние и срок",
        "the cycle's proposals by body: their state and deadline",
    ),
    "help-cycle-name": (
        "кезең: ЖЫЛ-1 (ұсыныстар 1 ақпанға дейін) немесе ЖЫЛ-2 (1 қыркүйекке дейін); әдепкіде — ағымдағы немесе келесі кезең",
        "цикл: ГОД-1 (предложения до 1 февраля) или ГОД-2 (до 1 сентября); по умолчанию — текущий или следующий",
        "the cycle: YEAR-1 (proposals by 1 February) or YEAR-2 (by 1 September); by default the current or next one",
    ),
    "cycle-bad-name": (
        "«{value}» — кезең емес: ЖЫЛ-1 немесе ЖЫЛ-2 күтіледі, жыл {first}–{last} аралығында (мысалы, 2027-1)",
        "«{value}» — не цикл: ожидается ГОД-1 или ГОД-2, год с {first} по {last} (например, 2027-1)",
        "«{value}» is not a cycle: expected YEAR-1 or YEAR-2, a year from {first} to {last} (e.g. 2027-1)",
    ),
    "history-no-repository": (
        "{value} — Git репозиторийінің түбірі емес немесе онда әлі коммит жоқ",
        "{value} — не корень репозитория Git или в нём ещё нет коммитов",
        "{value} is not the root of a Git repository, or it has no commit yet",
    ),
    "history-no-branch": (
        "репозиторийде «{value}» тармағы жоқ: кезең тармағы одан ашылады",
        "в репозитории нет ветки «{value}»: от неё открывается ветка цикла",
        "the repository has no branch «{value}»: the cycle's branch is opened from it",
    ),
    "history-branch-exists": (
        "«{value}» тармағы бұрыннан бар (жергілікті немесе қашықтағы репозиторийде): кезең бір рет ашылады",
        "ветка «{value}» уже есть (локально или в удалённом репозитории): цикл открывается один раз",
        "the branch «{value}» already exists (locally or on a remote): a cycle is opened once",
    ),
    "cycle-opened": (
        "{branch} тармағы main тармағынан ({commit}) құрылды. Оны жіберіңіз: git push -u origin {branch}. Оны .github/rulesets/cycle.json ережелер жинағы қорғайды (main тармағын — .github/rulesets/main.json). Салалық органдар ұсыныстарын {proposals:dat} дейін осы тармаққа pull request ретінде жібереді (Қағидалардың 7-тармағы); тізілім Ұлттық кеңеске {council:dat} дейін енгізіледі (10-тармақ)",
        "ветка {branch} создана от main ({commit}). Отправьте её: git push -u origin {branch}. Её защищает набор правил .github/rulesets/cycle.json (main — .github/rulesets/main.json). Отраслевые органы вносят предложения pull request'ами в эту ветку до {proposals} (пункт 7 Правил); реестр вносится в Национальный совет до {council} (пункт 10)",
        "the branch {branch} was created from main ({commit}). Push it: git push -u origin {branch}. The ruleset .github/rulesets/cycle.json protects it (main: .github/rulesets/main.json). Sectoral bodies propose by pull requests into it by {proposals} (Rules 7); the register goes to the National Council by {council} (Rules 10)",
    ),
    "cycle-no-branch": (
        "{branch} тармағы жоқ: оны nqs cycle open арқылы ашыңыз немесе git fetch жасаңыз",
        "ветки {branch} нет: откройте её через nqs cycle open или выполните git fetch",
        "there is no branch {branch}: open it with nqs cycle open, or git fetch it",
    ),
    "cycle-status-title": (
        "{branch} кезеңі: ұсыныстар {proposals:dat} дейін (Қағидалардың 7-тармағы), Ұлттық кеңеске {council:dat} дейін (10-тармақ)",
        "цикл {branch}: предложения до {proposals} (пункт 7 Правил), в Национальный совет до {council} (пункт 10)",
        "cycle {branch}: proposals by {proposals} (Rules 7), to the National Council by {council} (Rules 10)",
    ),
    "cycle-status-none": (
        "бұл кезеңде әзірге ұсыныс жоқ",
        "в этом цикле пока нет предложений",
        "no proposals in this cycle yet",
    ),
    "cycle-state-proposed": (
        "ұсынылды ({where} тармағы, кезең тармағына әлі біріктірілмеген); ұсыныстар мерзімі: {due}",
        "внесено (ветка {where}, ещё не слита в ветку цикла); срок предложений: {due}",
        "proposed (branch {where}, not yet merged into the cycle's branch); proposals due by {due}",
    ),
    "cycle-state-draft": (
        "тізілім жобасында; Ұлттық кеңеске енгізу мерзімі: {due}",
        "в проекте реестра; срок внесения в Национальный совет: {due}",
        "in the draft register; due to the National Council by {due}",
    ),
    "cycle-state-recommended": (
        "{where} ұсынымымен ұсынылды; тізілімді орналастыру мерзімі: {due} (Қағидалардың 11-тармағы)",
        "рекомендовано Национальным советом (рекомендация {where}); срок размещения реестра: {due} (пункт 11 Правил)",
        "recommended by {where}; the register is due on the platform by {due} (Rules 11)",
    ),
    "cycle-state-rejected": (
        "{where} ұсынымымен ұсынылмады (себебі ұсыным файлында)",
        "не рекомендовано Национальным советом (рекомендация {where}; причина — в файле рекомендации)",
        "not recommended by {where} (the reason is in the decision's file)",
    ),
    "cycle-state-late": (
        "; ұсыныстар мерзімінен ({proposals}) кейін басталды: келесі кезеңге жатады",
        "; начато после срока предложений ({proposals}): относится к следующему циклу",
        "; begun after the proposal deadline ({proposals}): it belongs to the next cycle",
    ),
    "help-record-decision": (
        "кезең тармағында Ұлттық кеңестің ұсынымын тіркеу: ұсыным файлы, өзгерген кәсіптерде оның аты, ұсынылмаған ұсыныстардың өзгерістерін болдырмау",
        "записать рекомендацию Национального совета на ветке цикла: файл рекомендации, её имя в изменённых профессиях, откат нерекомендованных предложений",
        "record the National Council's recommendation on the cycle's branch: the decision's file, its name in each changed profession, the rejected proposals reverted",
    ),
    "help-decision-date": (
        "Ұлттық кеңес отырысының күні (ұсынымның идентификаторы)",
        "дата заседания Национального совета (идентификатор рекомендации)",
        "the date of the National Council's meeting (the decision's id)",
    ),
    "help-protocol": (
        "хаттама нөмірі, мысалы 3",
        "номер протокола, например 3",
        "the protocol number, e.g. 3",
    ),
    "help-reject": (
        "ұсынылмаған ұсыныстың файлы (register/professions/...), әрқайсысы --reason-kk және --reason-ru бірге",
        "файл нерекомендованного предложения (register/professions/...), каждый с --reason-kk и --reason-ru",
        "the file of a proposal not recommended (register/professions/...), each with --reason-kk and --reason-ru",
    ),
    "help-reason-kk": ("себебі қазақ тілінде", "причина на казахском", "the reason in Kazakh"),
    "help-reason-ru": ("себебі орыс тілінде", "причина на русском", "the reason in Russian"),
    "record-future": (
        "{date} күні {as_of} күнінен кейін: Ұлттық кеңес әлі шығармаған ұсынымды тіркеуге болмайды",
        "дата {date} позже {as_of}: нельзя записать рекомендацию, которую Национальный совет ещё не вынес",
        "{date} is after {as_of}: a decision the National Council has not taken yet cannot be recorded",
    ),
    "record-bad-protocol": (
        "«{value}» — хаттама нөмірі емес: 1–4 цифр, қажет болса / немесе - және тағы 1–4 цифр күтіледі (мысалы, 3 немесе 3/1)",
        "«{value}» — не номер протокола: ожидается 1–4 цифры, при необходимости / или - и ещё 1–4 цифры (например, 3 или 3/1)",
        "«{value}» is not a protocol number: expected 1 to 4 digits, optionally / or - and 1 to 4 more (e.g. 3 or 3/1)",
    ),
    "record-reasons-count": (
        "әр --reject үшін бір --reason-kk және бір --reason-ru керек",
        "для каждого --reject нужны один --reason-kk и один --reason-ru",
        "each --reject needs one --reason-kk and one --reason-ru",
    ),
    "record-bad-reason": (
        "себептің мәтіні жазылмайды ({detail}): басқарушы немесе көрінбейтін таңбасыз, бір жолда, NFC түрінде жазыңыз",
        "текст причины нельзя записать ({detail}): пишите одной строкой, без управляющих и невидимых символов, в форме NFC",
        "the reason cannot be written ({detail}): write it on one line, without control or invisible characters, in NFC",
    ),
    "record-refused": (
        "ұсыным жазылмады: оның файлында жоғарыдағы қателер болар еді (--reason-kk, --reason-ru арқылы берілген себептерде): ештеңе өзгертілмеді; себептерді түзетіп, команданы қайта іске қосыңыз",
        "рекомендация не записана: в её файле были бы ошибки, указанные выше (в причинах, заданных через --reason-kk, --reason-ru): ничего не изменено; исправьте причины и запустите команду снова",
        "the decision was not recorded: its file would have the errors above (in the reasons given with --reason-kk, --reason-ru): nothing was changed; correct the reasons and run the command again",
    ),
    "record-not-on-cycle": (
        "ағымдағы тармақ {branch} — кезең тармағы емес: ұсыным cycle/ЖЫЛ-N тармағында тіркеледі (main тармағында емес); git switch cycle/ЖЫЛ-N",
        "текущая ветка {branch} — не ветка цикла: рекомендация записывается на ветке cycle/ГОД-N (не на main); git switch cycle/ГОД-N",
        "the current branch {branch} is not a cycle's branch: a decision is recorded on cycle/YEAR-N (not on main); git switch cycle/YEAR-N",
    ),
    "record-dirty": (
        "жұмыс ағашында коммитке енбеген өзгерістер бар: алдымен оларды коммитке жазыңыз немесе алып тастаңыз",
        "в рабочем дереве есть незакоммиченные изменения: сначала закоммитьте или уберите их",
        "the working tree has changes not committed: commit or remove them first",
    ),
    "record-decision-exists": (
        "{path} бұрыннан бар: бұл күнгі ұсыным тіркелген",
        "{path} уже существует: рекомендация этого дня уже записана",
        "{path} already exists: the decision of that day is recorded",
    ),
    "record-decision-backdated": (
        "{decision} ұсынымы тізілімде бұрыннан тіркелген {latest} ұсынымынан ертерек: кеңес отырысының нақты күнін жазыңыз (Қағидалардың 10, 11-тармақтары)",
        "рекомендация {decision} раньше уже записанной в реестре рекомендации {latest}: укажите действительную дату заседания совета (пункты 10 и 11 Правил)",
        "the decision {decision} is before {latest}, already recorded in the register: give the council meeting's real date (Rules 10 and 11)",
    ),
    "record-reject-path": (
        "--reject {path}: репозиторий ішіндегі салыстырмалы жол күтіледі, .. және сілтемелерсіз (symlink)",
        "--reject {path}: ожидается относительный путь внутри репозитория, без .. и символических ссылок",
        "--reject {path}: expected a relative path inside the repository, without .. or symbolic links",
    ),
    "record-reject-unchanged": (
        "--reject {path}: бұл кезеңде өзгерген кәсіп файлы емес (register/professions/...)",
        "--reject {path}: это не файл профессии, изменённый в этом цикле (register/professions/...)",
        "--reject {path}: not a profession's file this cycle changed (register/professions/...)",
    ),
    "record-reject-twice": (
        "--reject {path} екі рет берілген",
        "--reject {path} указан дважды",
        "--reject {path} is given twice",
    ),
    "record-unreadable": (
        "{path} оқылмайды: алдымен nqs validate --base main арқылы түзетіңіз",
        "{path} не читается: сначала исправьте его по nqs validate --base main",
        "{path} cannot be read: fix it first as nqs validate --base main tells",
    ),
    "record-names-decision": (
        "{path} {decision} ұсынымын бұрыннан атайды: кезеңдегі ұсыныс ұсынымды атамайды; бұл жолды алып тастап, коммит жасаңыз",
        "{path} уже называет рекомендацию {decision}: предложение цикла не называет рекомендаций; уберите эту строку и закоммитьте",
        "{path} already names the decision {decision}: a proposal of the cycle names none; remove it and commit",
    ),
    "record-cannot-edit": (
        "{path}: {field} өрісін мәтінде қауіпсіз өзгерту мүмкін емес ({detail}); оны қолмен жазып, коммит жасаңыз да, қайталаңыз",
        "{path}: поле {field} нельзя безопасно изменить в тексте ({detail}); впишите его вручную, закоммитьте и повторите",
        "{path}: {field} cannot be edited safely in the text ({detail}); write it by hand, commit and run again",
    ),
    "record-commit-revert": (
        "Ұлттық кеңес ұсынбаған ұсыныстардың өзгерістері болдырылмады ({decision} ұсынымы, № {protocol} хаттама): {paths}",
        "Откат предложений, не рекомендованных Национальным советом (рекомендация {decision}, протокол № {protocol}): {paths}",
        "Revert the proposals the National Council did not recommend (decision {decision}, protocol {protocol}): {paths}",
    ),
    "record-commit-decision": (
        "Ұлттық кеңестің {decision} ұсынымы тіркелді (№ {protocol} хаттама)",
        "Записана рекомендация Национального совета {decision} (протокол № {protocol})",
        "Record the National Council's recommendation {decision} (protocol {protocol})",
    ),
    "record-done": (
        "{decision} ұсынымы тіркелді (№ {protocol} хаттама): енгізілді {included}, өзгертілді {amended}, алынып тасталды {excluded}, ұсынылмады {rejected}. Тексеріңіз: nqs validate --base main; содан кейін кезең тармағын жіберіңіз: оның main тармағына ашылған pull request-і ұсынымды алады, ал оны біріктіру тізілімді жариялайды",
        "рекомендация {decision} записана (протокол № {protocol}): включено {included}, изменено {amended}, исключено {excluded}, не рекомендовано {rejected}. Проверьте: nqs validate --base main; затем отправьте ветку цикла: её pull request в main примет рекомендацию, а его слияние опубликует реестр",
        "decision {decision} recorded (protocol {protocol}): included {included}, amended {amended}, excluded {excluded}, rejected {rejected}. Check: nqs validate --base main; then push the cycle's branch: its pull request into main takes the recommendation, and its merge publishes the register",
    ),
    "decision-title-1": (
        "Кәсіптер тізілімін өзектендіру туралы Кәсіптік біліктіліктер жөніндегі ұлттық кеңестің ұсынымы ({year} жылғы бірінші жартыжылдық)",
        "Рекомендация Национального совета по профессиональным квалификациям об актуализации реестра профессий (первое полугодие {year} года)",
        "Recommendation of the National Council for Professional Qualifications on updating the register of professions (first half of {year})",
    ),
    "decision-title-2": (
        "Кәсіптер тізілімін өзектендіру туралы Кәсіптік біліктіліктер жөніндегі ұлттық кеңестің ұсынымы ({year} жылғы екінші жартыжылдық)",
        "Рекомендация Национального совета по профессиональным квалификациям об актуализации реестра профессий (второе полугодие {year} года)",
        "Recommendation of the National Council for Professional Qualifications on updating the register of professions (second half of {year})",
    ),
    "help-remarks": (
        "уәкілетті органның ескертулерін түзету мерзімі (Қағидалардың 9-тармағы: алған күннен кейін 2 жұмыс күні)",
        "срок доработки предложения по замечаниям уполномоченного органа (пункт 9 Правил: 2 рабочих дня после получения)",
        "the deadline to fix the authorized body's remarks on a proposal (Rules 9: 2 working days after receiving them)",
    ),
    "help-remarks-received": (
        "салалық орган ескертулерді алған күн (pull request-тегі «Changes requested» шолуының күні)",
        "дата получения замечаний отраслевым органом (дата ревью «Changes requested» в pull request)",
        "the day the sectoral body received the remarks (the day of the pull request's «Changes requested» review)",
    ),
    "remarks-deadline": (
        "{received:loc} алынған ескертулер бойынша ұсыныс {due:dat} дейін (сол күнді қоса алғанда) түзетіледі (2 жұмыс күні, Қағидалардың 9-тармағы)",
        "по замечаниям, полученным {received}, предложение дорабатывается до {due} включительно (2 рабочих дня, пункт 9 Правил)",
        "remarks received on {received} are to be fixed by {due} inclusive (2 working days, Rules 9)",
    ),
    "remarks-over": (
        "мерзім {due:loc} аяқталды ({as_of:attr} жағдай бойынша)",
        "срок истёк {due} (по состоянию на {as_of})",
        "the term ended on {due} (as of {as_of})",
    ),
    "help-diff": (
        "BASE..HEAD өзгерісінің қазақ және орыс тілдеріндегі қысқаша сипаттамасы (Markdown)",
        "описание изменения BASE..HEAD на казахском и русском (Markdown)",
        "a bilingual summary of the change BASE..HEAD (Markdown)",
    ),
    "help-span": (
        "өзгеріс, мысалы origin/main..HEAD",
        "изменение, например origin/main..HEAD",
        "the change, e.g. origin/main..HEAD",
    ),
    "history-bad-range": (
        "«{value}» — BASE..HEAD түріндегі өзгеріс емес",
        "«{value}» — не изменение вида BASE..HEAD",
        "«{value}» is not a change of the form BASE..HEAD",
    ),
    "diff-title": (
        "Өзгерістер: {span}",
        "Изменения: {span}",
        "Changes: {span}",
    ),
    "diff-none": (
        "Тізілім деректері өзгермеген.",
        "Данные реестра не изменились.",
        "The register's data did not change.",
    ),
    "history-unexpected": (
        "мазмұны nqs оқи алатын түрде емес (сол кездегі файлдарды nqs validate арқылы тексеріңіз)",
        "содержимое не того вида, что nqs может прочитать (проверьте тогдашние файлы через nqs validate)",
        "its content is not in a form nqs can read (check the files of that time with nqs validate)",
    ),
    "history-decision-name": (
        "файл атауы ұсыным идентификаторы емес: ЖЖЖЖ-АА-КК, сол күнгі келесі ұсыным үшін -2 ... -9",
        "имя файла не является идентификатором рекомендации: ГГГГ-ММ-ДД, с -2 ... -9 для следующей рекомендации того же дня",
        "the file name is not a recommendation's id: YYYY-MM-DD, with -2 ... -9 for a later recommendation of the same day",
    ),
    "diff-unreadable": (
        "файл оқылмайды, өзгерістерін көрсету мүмкін емес: себебін nqs validate көрсетеді",
        "файл не читается, его изменения показать нельзя: причину покажет nqs validate",
        "the file cannot be read, so its changes cannot be shown: nqs validate tells why",
    ),
    "diff-file-off-layout": (
        "Тізілім құрылымынан тыс файлдар",
        "Файлы вне структуры реестра",
        "Files off the register's layout",
    ),
    "diff-structure": (
        "(құрылымы өзгерді)",
        "(изменена структура)",
        "(structure changed)",
    ),
    "diff-profession-added": (
        "Кәсіптер — тізілімге енгізілді",
        "Профессии — включены в реестр",
        "Professions — included",
    ),
    "diff-profession-amended": (
        "Кәсіптер — өзгертілді",
        "Профессии — изменены",
        "Professions — amended",
    ),
    "diff-profession-excluded": (
        "Кәсіптер — тізілімнен алынып тасталды",
        "Профессии — исключены из реестра",
        "Professions — excluded",
    ),
    "diff-profession-deleted": (
        "Кәсіптер — файлы жойылды (рұқсат етілмейді)",
        "Профессии — файл удалён (недопустимо)",
        "Professions — file deleted (not allowed)",
    ),
    "diff-profession-renamed": (
        "Кәсіптер — файл аты өзгертілді (рұқсат етілмейді)",
        "Профессии — файл переименован (недопустимо)",
        "Professions — file renamed (not allowed)",
    ),
    "diff-standard-added": (
        "Кәсіптік стандарттар — қосылды",
        "Профессиональные стандарты — добавлены",
        "Standards — added",
    ),
    "diff-standard-amended": (
        "Кәсіптік стандарттар — өзгертілді",
        "Профессиональные стандарты — изменены",
        "Standards — amended",
    ),
    "diff-standard-deleted": (
        "Кәсіптік стандарттар — файлы жойылды (рұқсат етілмейді)",
        "Профессиональные стандарты — файл удалён (недопустимо)",
        "Standards — file deleted (not allowed)",
    ),
    "diff-standard-renamed": (
        "Кәсіптік стандарттар — файл аты өзгертілді (рұқсат етілмейді)",
        "Профессиональные стандарты — файл переименован (недопустимо)",
        "Standards — file renamed (not allowed)",
    ),
    "diff-center-added": (
        "Тану орталықтары — аккредиттелді",
        "Центры признания — аккредитованы",
        "Centers — accredited",
    ),
    "diff-center-amended": (
        "Тану орталықтары — өзгертілді",
        "Центры признания — изменены",
        "Centers — amended",
    ),
    "diff-center-revoked": (
        "Тану орталықтары — аттестат кері қайтарып алынды",
        "Центры признания — аттестат отозван",
        "Centers — revoked",
    ),
    "diff-center-renewed": (
        "Тану орталықтары — аттестаттың қолданысы қайта басталды",
        "Центры признания — аттестат возобновлён",
        "Centers — renewed",
    ),
    "diff-center-terminated": (
        "Тану орталықтары — аттестаттың қолданылуы тоқтатылды",
        "Центры признания — действие аттестата прекращено",
        "Centers — terminated",
    ),
    "diff-center-deleted": (
        "Тану орталықтары — файлы жойылды (рұқсат етілмейді)",
        "Центры признания — файл удалён (недопустимо)",
        "Centers — file deleted (not allowed)",
    ),
    "diff-center-renamed": (
        "Тану орталықтары — файл аты өзгертілді (рұқсат етілмейді)",
        "Центры признания — файл переименован (недопустимо)",
        "Centers — file renamed (not allowed)",
    ),
    "diff-decision-added": (
        "Ұлттық кеңестің ұсынымдары — тіркелді",
        "Рекомендации Национального совета — записаны",
        "Council decisions — recorded",
    ),
    "diff-decision-changed": (
        "Ұлттық кеңестің ұсынымдары — өзгертілді (рұқсат етілмейді)",
        "Рекомендации Национального совета — изменены (недопустимо)",
        "Council decisions — changed (not allowed)",
    ),
    "diff-decision-deleted": (
        "Ұлттық кеңестің ұсынымдары — жойылды (рұқсат етілмейді)",
        "Рекомендации Национального совета — удалены (недопустимо)",
        "Council decisions — deleted (not allowed)",
    ),
    "diff-decision-renamed": (
        "Ұлттық кеңестің ұсынымдары — файл аты өзгертілді (рұқсат етілмейді)",
        "Рекомендации Национального совета — файл переименован (недопустимо)",
        "Council decisions — file renamed (not allowed)",
    ),
    "diff-bodies-amended": (
        "Органдар тізімі — өзгертілді",
        "Список органов — изменён",
        "Bodies — amended",
    ),
    "diff-bodies-added": (
        "Органдар тізімі — қосылды",
        "Список органов — добавлен",
        "Bodies — added",
    ),
    "diff-bodies-deleted": (
        "Органдар тізімі — файл жойылды",
        "Список органов — файл удалён",
        "Bodies — file deleted",
    ),
    "diff-bodies-renamed": (
        "Органдар тізімі — файл қайта аталды",
        "Список органов — файл переименован",
        "Bodies — file renamed",
    ),
    # --- the form editor (site/editor.py): nqs editor-config, nqs edit ---
    "help-editor-config": (
        "тізілімді өңдеуге арналған пішін редакторын (/admin/) қалтаға жазу: оның баптаулары "
        "schemas/ пен органдардан жасалады",
        "записать редактор форм реестра (/admin/) в папку: его настройки создаются из schemas/ "
        "и списка органов",
        "write the register's form editor (/admin/) into a folder: its configuration is made "
        "from schemas/ and the bodies",
    ),
    "help-editor-out": (
        "редактор жазылатын қалта",
        "папка, в которую записывается редактор",
        "the folder the editor is written into",
    ),
    "editor-config-written": (
        "пішін редакторы {out} қалтасына жазылды",
        "редактор форм записан в папку {out}",
        "the form editor is written into {out}",
    ),
    "help-edit": (
        "пішін редакторын осы репозиторийде іске қосу: жергілікті Git сервері (decap-server) "
        "және nqs serve; сақталған жазба cms/<бөлім>/<жазба> тармағына түседі",
        "запустить редактор форм на этом репозитории: локальный Git-сервер (decap-server) и "
        "nqs serve; сохранённая запись попадает в ветку cms/<раздел>/<запись>",
        "start the form editor on this repository: the local Git server (decap-server) and "
        "nqs serve; a saved entry goes to a branch cms/<collection>/<entry>",
    ),
    "edit-not-installed": (
        "пішін редакторы орнатылмаған ({path} жоқ): алдымен make serve орындаңыз",
        "редактор форм не установлен (нет {path}): сначала выполните make serve",
        "the form editor is not installed (no {path}): run make serve first",
    ),
    "edit-no-node": (
        "node бағдарламасы табылмады: жергілікті Git серверіне Node.js керек",
        "программа node не найдена: локальному Git-серверу нужен Node.js",
        "node was not found: the local Git server needs Node.js",
    ),
    "edit-no-cycle-branch": (
        "бұл репозиторийде {branch} цикл тармағы жоқ: ұсыныстар соған жіберіледі; "
        "git fetch origin {branch}:{branch} орындаңыз",
        "в этом репозитории нет ветки цикла {branch}, в которую направляются предложения: "
        "выполните git fetch origin {branch}:{branch}",
        "this repository has no cycle branch {branch}, which proposals go into: run "
        "git fetch origin {branch}:{branch}",
    ),
    "edit-not-clean": (
        "репозиторийде сақталмаған өзгерістер бар: редактор сақтаған жазба оларды да "
        "ұсынысқа қосып жібереді; алдымен оларды commit жасаңыз немесе git stash орындаңыз",
        "в репозитории есть незакоммиченные изменения: запись, сохранённая редактором, "
        "унесла бы их в предложение; сначала сделайте commit или git stash",
        "the repository has uncommitted changes: an entry the editor saves would take them "
        "into the proposal; commit them or run git stash first",
    ),
    "edit-out-not-ignored": (
        "--out {out} репозиторий ішінде, бірақ Git оны елемейді: пішін редакторы жазбамен бірге сайтты да ұсынысқа қосар еді; репозиторийден тыс қалтаны немесе .gitignore тізіміндегі қалтаны таңдаңыз (мысалы, site-build)",
        "--out {out} внутри репозитория, но Git его не игнорирует: редактор форм добавил бы сайт в предложение вместе с записью; выберите папку вне репозитория или указанную в .gitignore (например, site-build)",
        "--out {out} is inside the repository and Git does not ignore it: the form editor would add the site to the proposal with the entry; choose a folder outside the repository or one .gitignore lists (e.g. site-build)",
    ),
    "edit-ready": (
        "редактор: {url}admin/kk/ (қазақша), {url}admin/ru/ (орысша); сақталған жазбалар осы "
        "репозиторийдің cms/ тармақтарына түседі, {branch} тармағына ұсыныс ретінде",
        "редактор: {url}admin/kk/ (по-казахски), {url}admin/ru/ (по-русски); сохранённые "
        "записи попадают в ветки cms/ этого репозитория как предложения в ветку {branch}",
        "the editor: {url}admin/kk/ (Kazakh), {url}admin/ru/ (Russian); saved entries go to "
        "branches cms/ of this repository, proposals into {branch}",
    ),
    "help-repo": (
        "пішін редакторы ұсыныстарды жіберетін GitHub репозиторийі, OWNER/NAME (әдепкі — "
        "клонның origin репозиторийі, ол жоқ болса nqs-kz/nqs)",
        "репозиторий GitHub, в который редактор форм направляет предложения, OWNER/NAME (по "
        "умолчанию — репозиторий origin клона, без него — nqs-kz/nqs)",
        "the GitHub repository the form editor sends proposals to, OWNER/NAME (default: the "
        "clone's origin, else nqs-kz/nqs)",
    ),
    "editor-bad-repo": (
        "--repo GitHub репозиторийінің атауы болуы керек, OWNER/NAME; берілгені: {value}",
        "--repo должен быть именем репозитория GitHub, OWNER/NAME; получено: {value}",
        "--repo must name a GitHub repository, OWNER/NAME; got: {value}",
    ),
    "editor-preview-problems": (
        "Жазбаны сайттағыдай әзірге көрсету мүмкін емес, тексеру мынаны табады:",
        "Запись пока нельзя показать так, как её покажет сайт; проверка находит:",
        "The entry cannot be shown as the site will show it yet; the check finds:",
    ),
    # --- the draft register (Rules 10) ---
    "help-draft": (
        "Ұлттық кеңеске енгізілетін тізілім жобасын жазу (Қағидалардың 10-тармағы): ұсынылған енгізу, өзгерту және алып тастау, қазақ және орыс тілдерінде, HTML және PDF",
        "записать проект реестра для Национального совета (пункт 10 Правил): предлагаемые включения, изменения и исключения, на казахском и русском языках, в HTML и PDF",
        "write the draft register for the National Council (Rules 10): the proposed inclusions, amendments and exclusions, in Kazakh and Russian, as HTML and PDF",
    ),
    "help-draft-base": (
        "жоба салыстырылатын тармақ, яғни қолданыстағы тізілім (әдепкі — main)",
        "ветка, с которой сравнивается проект, — действующий реестр (по умолчанию — main)",
        "the branch the draft is compared with: the register in force (default: main)",
    ),
    "help-draft-out": (
        "жоба жазылатын қалта: draft.kk.html, draft.ru.html, draft.kk.pdf, draft.ru.pdf",
        "папка для проекта: draft.kk.html, draft.ru.html, draft.kk.pdf, draft.ru.pdf",
        "the folder to write the draft to: draft.kk.html, draft.ru.html, draft.kk.pdf, draft.ru.pdf",
    ),
    "draft-refused": (
        "ұсынылған өзгерістерде қателер бар: тізілім жобасы жазылмады; алдымен оларды түзетіңіз",
        "в предлагаемых изменениях есть ошибки: проект реестра не записан; сначала исправьте их",
        "the proposed changes have errors: the draft register was not written; correct them first",
    ),
    "draft-unsafe-out": (
        "тізілім жобасы {out} қалтасына жазылмайды: ол репозиторийдің өзі немесе оның деректері, сайты, схемалары не анықтамалық деректері жатқан қалта; --out үшін репозиторийден тыс қалтаны таңдаңыз (мысалы, ../draft)",
        "проект реестра не пишется в папку {out}: это сам репозиторий или папка его данных, сайта, схем или справочных данных; выберите для --out папку вне репозитория (например, ../draft)",
        "the draft register is not written to {out}: it is the repository itself or a folder of its data, site, schemas or reference data; choose a folder outside the repository for --out (e.g. ../draft)",
    ),
    "draft-written": (
        "тізілім жобасы жазылды (енгізу — {included}, өзгерту — {amended}, алып тастау — {excluded}): {files}",
        "проект реестра записан (включение — {included}, изменение — {amended}, исключение — {excluded}): {files}",
        "the draft register was written (inclusions: {included}, amendments: {amended}, exclusions: {excluded}): {files}",
    ),
    "print-no-browser": (
        "PDF басып шығару үшін Chromium керек, бірақ ол табылмады (ізделгені: {named}); оны make draft орнатады, немесе NQS_CHROMIUM айнымалысында браузер жолын көрсетіңіз",
        "для печати в PDF нужен Chromium, но он не найден (искали: {named}); его устанавливает make draft, или укажите путь к браузеру в NQS_CHROMIUM",
        "Chromium is needed to print the PDF and was not found (looked for: {named}); make draft installs it, or name the browser in NQS_CHROMIUM",
    ),
    "print-failed": (
        "Chromium {path} файлын PDF-ке басып шығара алмады: {detail}",
        "Chromium не смог напечатать {path} в PDF: {detail}",
        "Chromium could not print {path} to PDF: {detail}",
    ),
    "print-timeout": (
        "Chromium {path} файлын {seconds} секундта PDF-ке басып шығармады, сондықтан тоқтатылды",
        "Chromium не напечатал {path} в PDF за {seconds:seconds-acc} и был остановлен",
        "Chromium did not print {path} to PDF within {seconds} seconds and was stopped",
    ),
    # --- loading ---
    "file-unreadable": (
        "файлды оқу мүмкін емес ({detail}); бұл сынған сілтеме немесе қалта болуы мүмкін",
        "файл не удаётся прочитать ({detail}); возможно, это битая ссылка или папка",
        "the file cannot be read ({detail}); it may be a broken link or a folder",
    ),
    "file-type": (
        "табылғаны: {found}; деректер файлы репозиторийдегі қарапайым файл болуы керек — "
        "мұнда файлдың өзін қойыңыз (сілтеме көрсететін файл оқылмайды)",
        "найдено: {found}; файл данных должен быть обычным файлом в репозитории — "
        "положите сюда сам файл (то, на что указывает ссылка, не читается)",
        "found {found}; a data file must be a regular file in the repository: "
        "put the file itself here (what a link points to is never read)",
    ),
    "file-is-symlink": ("символдық сілтеме", "символическая ссылка", "a symbolic link"),
    "file-is-folder-link": ("қалтаға сілтеме", "ссылка на папку", "a link to a folder"),
    "file-is-fifo": ("атаулы арна (FIFO)", "именованный канал (FIFO)", "a named pipe (FIFO)"),
    "file-is-device": ("құрылғы файлы", "файл устройства", "a device file"),
    "file-is-socket": ("сокет", "сокет", "a socket"),
    "file-is-folder": ("қалта", "папка", "a folder"),
    "file-is-other": ("арнайы файл", "специальный файл", "a special file"),
    "file-is-submodule": ("Git ішкі модулі", "подмодуль Git", "a Git submodule"),
    "file-hidden": (
        "«{name}» атауы нүктеден басталады, сондықтан көп құралдардан жасырын; деректер файлдары "
        "мен олардың қалталарының атауы нүктеден басталмайды: атын өзгертіңіз немесе жойыңыз",
        "имя «{name}» начинается с точки и поэтому скрыто от многих программ; имена файлов "
        "данных и их папок не начинаются с точки: переименуйте или удалите",
        "the name «{name}» begins with a dot, which hides it from most tools; data files and "
        "their folders are named without one: rename or remove it",
    ),
    "file-size": (
        "файл {limit} КиБ-тан үлкен; артық мазмұнды алып тастаңыз немесе бөліңіз",
        "файл больше {limit} КиБ; уберите лишнее или разделите его",
        "file is larger than {limit} KiB; remove what does not belong or split it",
    ),
    "encoding-bom": (
        "файл байт реті белгісінен (BOM) басталады; оны BOM-сыз UTF-8 ретінде сақтаңыз",
        "файл начинается с метки порядка байтов (BOM); сохраните его как UTF-8 без BOM",
        "file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
    ),
    "encoding-utf16": (
        "файл UTF-8 емес (UTF-16 немесе екілік деректер табылды); оны UTF-8 ретінде сақтаңыз",
        "файл не в UTF-8 (найдены UTF-16 или двоичные данные); сохраните его как UTF-8",
        "file is not UTF-8 (found UTF-16 or binary data); save it as UTF-8",
    ),
    "encoding-invalid": (
        "файл дұрыс UTF-8 емес ({byte} байты табылды; файл Windows-1251 кодында сақталған болуы мүмкін); оны UTF-8 ретінде сақтаңыз",
        "файл не является корректным UTF-8 (найден байт {byte}; возможно, файл сохранён в Windows-1251); сохраните его как UTF-8",
        "the file is not valid UTF-8 (found byte {byte}; it may have been saved as Windows-1251); save it as UTF-8",
    ),
    "control-character": (
        "{code}{name} басқару таңбасына рұқсат жоқ; оны жойыңыз",
        "управляющий символ {code}{name} недопустим; удалите его",
        "control character {code}{name} is not allowed; delete it",
    ),
    "not-text-character": (
        "{code}{name} таңбасы мәтінге жатпайды (Юникодтың таңба емес нүктесі немесе жеке пайдалану аймағы); оны жойыңыз",
        "символ {code}{name} не является текстом (несимвол Юникода или область частного использования); удалите его",
        "{code}{name} is not text (a Unicode noncharacter or a private use character); delete it",
    ),
    "invisible-character": (
        "{code}{name} көрінбейтін таңбасына рұқсат жоқ; оны жойыңыз",
        "невидимый символ {code}{name} недопустим; удалите его",
        "invisible character {code}{name} is not allowed; delete it",
    ),
    "unicode-nfc": (
        "мәтін Unicode NFC пішінінде емес («{found}» ішінде {code} табылды); "
        "әріпті қайта теріңіз немесе файлды NFC-ке келтіріңіз",
        "текст не в форме Unicode NFC (в «{found}» найден {code}); "
        "наберите букву заново или приведите файл к NFC",
        "text is not in Unicode NFC form (found {code} in «{found}»); "
        "retype the letter or normalize the file to NFC",
    ),
    "yaml-syntax": (
        "YAML синтаксис қатесі: {detail}",
        "синтаксическая ошибка YAML: {detail}",
        "YAML syntax error: {detail}",
    ),
    "yaml-mapping-values": (
        "мұнда «:» қоюға болмайды: мәнде қос нүкте болса, мәнді тырнақшаға алыңыз немесе шегіністі тексеріңіз",
        "здесь не может стоять «:»: если двоеточие — часть значения, возьмите значение в кавычки, иначе проверьте отступ",
        "a «:» cannot stand here: if the colon is part of the value, put the value in quotes; otherwise check the indentation",
    ),
    "yaml-unclosed-flow": (
        "жақша жабылмаған: «]» немесе «}}» немесе элементтер арасында «,» күтіледі",
        "скобка не закрыта: ожидается «]» или «}}», или «,» между элементами",
        "a bracket is not closed: expected «]» or «}}», or «,» between the items",
    ),
    "yaml-unexpected-end": (
        "файл күтпеген жерде аяқталды: тырнақша немесе жақша жабылмаған",
        "файл неожиданно закончился: не закрыта кавычка или скобка",
        "the file ends unexpectedly: a quote or a bracket is not closed",
    ),
    "yaml-block-mismatch": (
        "шегініс дұрыс емес немесе тырнақша жабылмаған: осы және алдыңғы жолдарды тексеріңіз",
        "неверный отступ или незакрытая кавычка: проверьте эту и предыдущие строки",
        "wrong indentation or an unclosed quote: check this line and the ones before it",
    ),
    "yaml-bad-character": (
        "бұл таңба мәннің басында тұра алмайды (мысалы, табуляция, @ немесе `); шегініс үшін бос орын қойыңыз, мәнді тырнақшаға алыңыз",
        "с этого символа не может начинаться значение (например, табуляция, @ или `); для отступа используйте пробелы, значение возьмите в кавычки",
        "this character cannot start a value (such as a tab, @ or `); indent with spaces and put the value in quotes",
    ),
    "yaml-bad-escape": (
        "қос тырнақшадағы мәтінде белгісіз «\\» тізбегі бар; жалғыз тырнақшаны қолданыңыз",
        "в тексте в двойных кавычках неизвестная последовательность «\\»; используйте одинарные кавычки",
        "the double-quoted text has an unknown «\\» escape; use single quotes",
    ),
    "yaml-missing-colon": (
        "кілттен кейін «:» және бос орын қажет, «-» белгісінен кейін де бос орын қажет (мысалы, status: active)",
        "после ключа нужны «:» и пробел, после «-» тоже нужен пробел (например, status: active)",
        "a key needs «:» and a space after it, and a «-» needs a space too (for example, status: active)",
    ),
    "yaml-missing-value": (
        "мұнда мән күтіледі: кілттен немесе «-» белгісінен кейін мәнді жазыңыз немесе артық таңбаны алып тастаңыз",
        "здесь ожидается значение: напишите его после ключа или «-» либо уберите лишний символ",
        "a value is expected here: write it after the key or the «-», or remove the stray character",
    ),
    "yaml-tab": (
        "шегініс үшін табуляция қолданылған; оның орнына бос орындар қойыңыз",
        "для отступа использована табуляция; используйте пробелы",
        "a tab is used for indentation; indent with spaces",
    ),
    "yaml-block-scalar": (
        "«|» немесе «>» белгісінен кейін сол жолда ештеңе болмауы керек (шегініс саны 0 бола алмайды); мәтінді келесі жолдан бастап шегініспен жазыңыз",
        "после «|» или «>» в той же строке ничего не должно быть (число отступа не может быть 0); пишите текст со следующей строки с отступом",
        "nothing may follow «|» or «>» on its line (and an indentation number cannot be 0); write the text on the next lines, indented",
    ),
    "yaml-document-marker": (
        "«---» немесе «...» жолы мәтіннің ішінде немесе құжат басталмай тұрып тұр; оны жойыңыз немесе мәтінді шегініспен жазыңыз",
        "строка «---» или «...» стоит внутри текста или до начала документа; удалите её или сдвиньте текст отступом",
        "a «---» or «...» line stands inside a text or before the document starts; delete it or indent the text",
    ),
    "yaml-tag-or-anchor": (
        "тег (!) немесе якорь не сілтеме (&, *) дұрыс жазылмаған, әрі оларға рұқсат жоқ: оны алып тастаңыз (!, & немесе * белгісінен басталатын мәнді тырнақшаға алыңыз)",
        "тег (!) или якорь либо ссылка (&, *) записаны неверно, да и недопустимы: удалите их (значение, которое начинается с !, & или *, возьмите в кавычки)",
        "a tag (!) or an anchor or alias (&, *) is malformed, and none is allowed: remove it (put a value that starts with !, & or * in quotes)",
    ),
    "yaml-unreadable-character": (
        "файлда YAML рұқсат етпейтін таңба бар (басқару таңбасы немесе Unicode-та жоқ таңба); оны жойыңыз",
        "в файле символ, недопустимый в YAML (управляющий символ или не-символ Unicode); удалите его",
        "the file holds a character that YAML does not allow (a control character or a Unicode non-character); delete it",
    ),
    "yaml-unknown": (
        "бұл жерді YAML ретінде оқу мүмкін емес; осы және алдыңғы жолдардағы тырнақшаларды, жақшаларды және шегіністерді тексеріңіз",
        "это место нельзя прочитать как YAML; проверьте кавычки, скобки и отступы в этой и предыдущих строках",
        "this cannot be read as YAML; check the quotes, brackets and indentation on this line and the ones before",
    ),
    "yaml-duplicate-key": (
        "«{name}» кілті қайталанады (алғаш рет {first}-жолда); біреуін қалдырыңыз",
        "ключ «{name}» повторяется (впервые в строке {first}); оставьте один",
        "key «{name}» is repeated (first on line {first}); keep one",
    ),
    "yaml-anchor": (
        "&{name} якорына рұқсат жоқ; мәнді толық жазыңыз",
        "якорь &{name} недопустим; запишите значение полностью",
        "anchor &{name} is not allowed; write the value out in full",
    ),
    "yaml-alias": (
        "*{name} сілтемесіне рұқсат жоқ; мәнді толық жазыңыз",
        "ссылка *{name} недопустима; запишите значение полностью",
        "alias *{name} is not allowed; write the value out in full",
    ),
    "yaml-merge-key": (
        "<< біріктіру кілтіне рұқсат жоқ; кілттерді толық жазыңыз",
        "ключ слияния << недопустим; запишите ключи полностью",
        "merge key << is not allowed; write the keys out in full",
    ),
    "yaml-tag": (
        "{tag} тегіне рұқсат жоқ; оны алып тастаңыз (мәтін болуы керек мәнді тырнақшаға алыңыз)",
        "тег {tag} недопустим; удалите его (значение-текст возьмите в кавычки)",
        "tag {tag} is not allowed; remove it (put a value that must be text in quotes)",
    ),
    "yaml-directive": (
        "% директиваларына рұқсат жоқ; жолды жойыңыз",
        "директивы % недопустимы; удалите строку",
        "% directives are not allowed; delete the line",
    ),
    "yaml-document": (
        "бір файлда бір ғана YAML құжаты болуы керек; --- жолын және одан кейінгінің бәрін жойыңыз",
        "в файле должен быть один документ YAML; удалите строку --- и всё, что после неё",
        "a file holds one YAML document; delete the --- line and everything after it",
    ),
    "yaml-key": (
        "кілт қарапайым мәтін болуы керек",
        "ключ должен быть простым текстом",
        "a key must be plain text",
    ),
    "nesting-depth": (
        "{limit} деңгейден терең кірістіруге рұқсат жоқ",
        "вложенность глубже {limit:levels-gen} недопустима",
        "nesting deeper than {limit:levels} is not allowed",
    ),
    "implicit-type": (
        "{found} мәнін YAML құралдары сан, логикалық мән немесе уақыт ретінде оқуы мүмкін; "
        "оны тырнақшаға алыңыз: '{found}'",
        "значение {found} программы YAML могут прочитать как число, логическое значение "
        "или время; возьмите его в кавычки: '{found}'",
        "value {found} may be read as a number, a boolean or a time by YAML tools; "
        "put it in quotes: '{found}'",
    ),
    "number-too-long": (
        "{digits} цифрдан тұратын санды оқу мүмкін емес; бұл мәтін болса, тырнақшаға алыңыз",
        "число из {digits:digits-gen} прочитать нельзя; если это текст, возьмите его в кавычки",
        "a number of {digits} digits cannot be read; if it is text, put it in quotes",
    ),
    "file-layout": (
        "файл тізілім құрылымынан тыс орналасқан; күтілетін орын: {expected}",
        "файл лежит вне структуры реестра; ожидается: {expected}",
        "file is outside the register's layout; expected: {expected}",
    ),
    "file-extension": (
        "файл кеңейтімі .yml болуы керек; файлдың атын {expected} деп өзгертіңіз",
        "расширение файла должно быть .yml; переименуйте файл в {expected}",
        "the file extension must be .yml; rename the file to {expected}",
    ),
    "schema-modeline": (
        "бірінші жол сұлба жолы болуы керек: {expected}",
        "первой строкой должна быть строка схемы: {expected}",
        "the first line must be the schema modeline: {expected}",
    ),
    "layout-expected": (
        "register/professions/<орган>/<код>.yml, standards/<орган>/<код>.yml, "
        "register/centers/<БСН>.yml, register/decisions/<id>.yml, register/bodies.yml",
        "register/professions/<орган>/<код>.yml, standards/<орган>/<код>.yml, "
        "register/centers/<БИН>.yml, register/decisions/<id>.yml, register/bodies.yml",
        "register/professions/<body>/<code>.yml, standards/<body>/<code>.yml, "
        "register/centers/<BIN>.yml, register/decisions/<id>.yml, register/bodies.yml",
    ),
    # --- schema ---
    "schema-root-type": (
        "файл «кілт: мән» жиыны болуы керек; табылғаны: {found} (бос файлда ештеңе жоқ)",
        "файл должен быть набором «ключ: значение»; найдено: {found} (в пустом файле нет ничего)",
        "the file must be a mapping of «key: value»; found {found} (an empty file holds nothing)",
    ),
    "schema-required": (
        "«{name}» міндетті өрісі жоқ",
        "нет обязательного поля «{name}»",
        "the required field «{name}» is missing",
    ),
    "schema-required-if": (
        "«{condition}» өрісі «{value}» болғанда, «{name}» өрісі міндетті",
        "поле «{name}» обязательно, когда «{condition}» — «{value}»",
        "the field «{name}» is required when «{condition}» is «{value}»",
    ),
    "schema-forbidden-if": (
        "«{condition}» өрісі «{value}» болғанда, «{name}» өрісіне рұқсат жоқ",
        "поле «{name}» недопустимо, когда «{condition}» — «{value}»",
        "the field «{name}» is not allowed when «{condition}» is «{value}»",
    ),
    "schema-forbidden-unless": (
        "«{name}» өрісі тек «{condition}» өрісі «{value}» болғанда беріледі",
        "поле «{name}» указывается, только когда «{condition}» — «{value}»",
        "the field «{name}» is given only when «{condition}» is «{value}»",
    ),
    "schema-additional": (
        "«{name}» өрісіне мұнда рұқсат жоқ; рұқсат етілгендер: {allowed}",
        "поле «{name}» здесь недопустимо; допустимые поля: {allowed}",
        "the field «{name}» is not allowed here; allowed fields: {allowed}",
    ),
    "schema-type": (
        "«{field}» {expected} болуы керек; табылғаны: {found}",
        "«{field}» должно быть: {expected}; найдено: {found}",
        "«{field}» must be {expected}; found {found}",
    ),
    "schema-enum": (
        "«{field}» мына мәндердің бірі болуы керек: {allowed}; табылғаны: {found}",
        "«{field}» должно быть одним из: {allowed}; найдено: {found}",
        "«{field}» must be one of: {allowed}; found {found}",
    ),
    "schema-const": (
        "«{field}» {expected} болуы керек; табылғаны: {found}",
        "«{field}» должно быть {expected}; найдено: {found}",
        "«{field}» must be {expected}; found {found}",
    ),
    "schema-pattern": (
        "«{field}» пішімі дұрыс емес: {found}; күтілетіні: {expected}",
        "«{field}» имеет неверный вид: {found}; ожидается: {expected}",
        "«{field}» has the wrong form: {found}; expected {expected}",
    ),
    "schema-format-date": (
        "«{field}» нақты күн емес: {found}; ЖЖЖЖ-АА-КК пішіміндегі бар күн күтіледі",
        "«{field}» — несуществующая дата: {found}; ожидается реальная дата ГГГГ-ММ-ДД",
        "«{field}» is not a real date: {found}; expected an existing date YYYY-MM-DD",
    ),
    "schema-date-year": (
        "«{field}» жылы мүмкін емес: {found}; {first}–{last} жылдар аралығындағы күн күтіледі",
        "«{field}»: недопустимый год: {found}; ожидается дата с {first} по {last} год",
        "«{field}» has an implausible year: {found}; expected a date in the years {first} "
        "to {last}",
    ),
    "schema-min-length": (
        "«{field}» бос болмауы керек",
        "«{field}» не должно быть пустым",
        "«{field}» must not be empty",
    ),
    "schema-max-length": (
        "«{field}» {limit} таңбадан ұзын",
        "«{field}» длиннее {limit:characters-gen}",
        "«{field}» is longer than {limit:characters}",
    ),
    "schema-minimum": (
        "«{field}» кемінде {limit} болуы керек; табылғаны: {found}",
        "«{field}» должно быть не меньше {limit}; найдено: {found}",
        "«{field}» must be at least {limit}; found {found}",
    ),
    "schema-maximum": (
        "«{field}» {limit} мәнінен аспауы керек; табылғаны: {found}",
        "«{field}» должно быть не больше {limit}; найдено: {found}",
        "«{field}» must be at most {limit}; found {found}",
    ),
    "schema-min-items": (
        "«{field}» тізімінде кемінде {limit} элемент болуы керек",
        "в списке «{field}» должно быть не меньше {limit:items-gen}",
        "the list «{field}» must have at least {limit:items}",
    ),
    "schema-empty-list": (
        "«{field}» тізімі бос болмауы керек",
        "список «{field}» не должен быть пустым",
        "the list «{field}» must not be empty",
    ),
    "schema-unique": (
        "«{field}» тізімінде бір мән бірнеше рет кездеседі: {found}",
        "в списке «{field}» значение повторяется: {found}",
        "the list «{field}» repeats a value: {found}",
    ),
    "schema-any-of": (
        "«{field}» ішінде мына өрістердің бірі болуы керек: {options}",
        "в «{field}» должно быть одно из полей: {options}",
        "«{field}» must have one of the fields: {options}",
    ),
    "schema-other": (
        "«{field}» сұлбаға сәйкес емес: {detail}",
        "«{field}» не соответствует схеме: {detail}",
        "«{field}» does not match the schema: {detail}",
    ),
    "type-object": ("«кілт: мән» жиыны", "набор «ключ: значение»", "a mapping (key: value)"),
    "type-array": ("тізім", "список", "a list"),
    "type-string": ("тырнақшадағы мәтін", "текст в кавычках", "text in quotes"),
    "type-integer": ("бүтін сан", "целое число", "a whole number"),
    "type-boolean": ("true немесе false", "true или false", "true or false"),
    "type-null": ("бос мән", "пустое значение", "empty"),
    "type-text": (
        "екі тілдегі мәтін, kk: (қазақша) және ru: (орысша)",
        "текст на двух языках, kk: (по-казахски) и ru: (по-русски)",
        "a text in both languages, kk: (Kazakh) and ru: (Russian)",
    ),
    "form-occupation-code": (
        "NNNN-N-NNN, мысалы 7212-1-008",
        "NNNN-N-NNN, например 7212-1-008",
        "NNNN-N-NNN, e.g. 7212-1-008",
    ),
    "form-standard-code": (
        "PS-NNNN-NNN, мысалы PS-7212-001",
        "PS-NNNN-NNN, например PS-7212-001",
        "PS-NNNN-NNN, e.g. PS-7212-001",
    ),
    "form-bin": (
        "тырнақшадағы 12 цифр, мысалы '010140000143'",
        "12 цифр в кавычках, например '010140000143'",
        "12 digits in quotes, e.g. '010140000143'",
    ),
    "form-body-id": (
        "кіші латын әріптері, цифрлар және дефис, мысалы health",
        "строчные латинские буквы, цифры и дефис, например health",
        "lower-case Latin letters, digits and hyphens, e.g. health",
    ),
    "form-decision-id": (
        "ЖЖЖЖ-АА-КК, мысалы 2024-03-29",
        "ГГГГ-ММ-ДД, например 2024-03-29",
        "YYYY-MM-DD, e.g. 2024-03-29",
    ),
    "form-region-id": (
        "KZ- және екі цифр (ISO 3166-2:KZ, 2022 жылдан бастап сандық: ҚАТО кодының алғашқы екі цифры), мысалы Астана қаласы үшін KZ-71; әр өңірдің коды reference/regions.csv файлында",
        "KZ- и две цифры (ISO 3166-2:KZ, цифровой с 2022 года: первые две цифры кода КАТО), например KZ-71 для города Астаны; код каждого региона — в файле reference/regions.csv",
        "KZ- and two digits (ISO 3166-2:KZ, numeric since 2022: the first two digits of the KATO code), e.g. KZ-71 for Astana city; the list is reference/regions.csv",
    ),
    "form-date": (
        "ЖЖЖЖ-АА-КК, мысалы 2024-03-29",
        "ГГГГ-ММ-ДД, например 2024-03-29",
        "YYYY-MM-DD, e.g. 2024-03-29",
    ),
    "form-url": (
        "http:// немесе https:// мекенжайы",
        "адрес http:// или https://",
        "an http:// or https:// address",
    ),
    "form-phone": (
        "+7 және 10 цифр, мысалы +7 7172 55 12 34",
        "+7 и 10 цифр, например +7 7172 55 12 34",
        "+7 and 10 digits, e.g. +7 7172 55 12 34",
    ),
    "form-email": (
        "электрондық пошта мекенжайы, мысалы info@example.kz",
        "адрес электронной почты, например info@example.kz",
        "an e-mail address, e.g. info@example.kz",
    ),
    "form-certificate-number": (
        "екі бас әріп және 6–10 цифр, мысалы KZ00012345",
        "две заглавные буквы и 6–10 цифр, например KZ00012345",
        "two capital letters and 6–10 digits, e.g. KZ00012345",
    ),
    "form-protocol": (
        "нөмір, мысалы 3 немесе 3/1",
        "номер, например 3 или 3/1",
        "a number, e.g. 3 or 3/1",
    ),
    "form-team": ("@ұйым/топ", "@организация/команда", "@organization/team"),
    "form-provision-number": (
        "тек нөмір, мысалы 16 немесе 13-1 («бап», «тармақ» сөздерін сайт әр тілде өзі қосады)",
        "только номер, например 16 или 13-1 (слова «статья», «пункт» сайт добавит сам на "
        "каждом языке)",
        "the number alone, e.g. 16 or 13-1 (the site adds the words «article», «paragraph» "
        "in each language)",
    ),
    "form-other": (
        "сұлбада сипатталған пішін",
        "вид, описанный в схеме",
        "the form the schema describes",
    ),
    # --- rules: identity and references ---
    "file-name": (
        "файл ішіндегі код {expected} файл атауынан {found}.yml өзгеше: қатесін түзетіңіз — кодты немесе файл атауын",
        "код в файле {expected} не совпадает с именем файла {found}.yml: исправьте то, что ошибочно, — код или имя файла",
        "the code in the file, {expected}, differs from the file name {found}.yml: correct whichever is wrong, the code or the file name",
    ),
    "file-folder": (
        "жазбаның органы «{body}» оның қалтасына «{folder}» тең болуы керек; "
        "файлды {expected} қалтасына жылжытыңыз",
        "орган записи «{body}» должен совпадать с её папкой «{folder}»; "
        "переместите файл в {expected}",
        "the entry's body «{body}» must be its folder «{folder}»; move the file to {expected}",
    ),
    "unique-code": (
        "{code} коды {other} файлында да қолданылған; код бірегей болуы керек",
        "код {code} используется также в {other}; код должен быть уникальным",
        "code {code} is also used by {other}; codes must be unique",
    ),
    "unique-certificate": (
        "{number} аттестат нөмірі {other} файлында да қолданылған",
        "номер аттестата {number} используется также в {other}",
        "certificate number {number} is also used by {other}",
    ),
    "classifier-code": (
        "{code} коды Ұлттық кәсіптер жіктеуішінде жоқ",
        "кода {code} нет в Национальном классификаторе занятий",
        "code {code} is not in the National Classifier of Occupations",
    ),
    "classifier-name": (
        "атауы жіктеуіштегі атаудан өзгеше: «{found}»; жіктеуіште: «{expected}»; түзетілген атау "
        "уәкілетті орган түзетуді және оның себебін reference/corrections.csv файлына жазғаннан "
        "кейін қабылданады",
        "название отличается от названия в классификаторе: «{found}»; в классификаторе: "
        "«{expected}»; исправленное название принимается, когда уполномоченный орган запишет "
        "исправление и его причину в reference/corrections.csv",
        "the name differs from the classifier's: «{found}»; the classifier has «{expected}»; a "
        "corrected name is accepted once the authorized body records the correction and its "
        "reason in reference/corrections.csv",
    ),
    "body-unknown": (
        "«{body}» органы register/bodies.yml тізімінде жоқ",
        "органа «{body}» нет в списке register/bodies.yml",
        "the body «{body}» is not listed in register/bodies.yml",
    ),
    "body-not-sectoral": (
        "«{body}» салалық мемлекеттік орган емес (оның түрі: {kind})",
        "«{body}» не отраслевой государственный орган (его вид: {kind})",
        "«{body}» is not a sectoral state body (its kind is {kind})",
    ),
    "body-duplicate": (
        "«{body}» органы екі рет көрсетілген",
        "орган «{body}» указан дважды",
        "the body «{body}» is listed twice",
    ),
    "body-kind-count": (
        "register/bodies.yml тізімінде «{kind}» түріндегі дәл бір орган болуы керек; табылғаны: {found}",
        "в register/bodies.yml должен быть ровно один орган вида «{kind}»; найдено: {found}",
        "register/bodies.yml must list exactly one body of kind «{kind}»; found {found}",
    ),
    # --- rules: text ---
    "text-empty": (
        "{lang} мәтіні бос; оны толтырыңыз",
        "текст {lang} пуст; заполните его",
        "the {lang} text is empty; fill it in",
    ),
    "kazakh-not-cyrillic": (
        "қазақша мәтінде кирилл әріптері жоқ: «{found}»; мәтінді қазақ кириллицасымен жазыңыз",
        "в казахском тексте нет кириллических букв: «{found}»; напишите его казахской кириллицей",
        "the Kazakh text has no Cyrillic letters: «{found}»; write it in Kazakh Cyrillic",
    ),
    "mixed-script": (
        "«{word}» сөзінде латын және кирилл әріптері араласқан (латын «{letter}»); «{fixed}» деп жазыңыз",
        "в слове «{word}» смешаны латинские и кириллические буквы (латинская «{letter}»); "
        "напишите «{fixed}»",
        "the word «{word}» mixes Latin and Cyrillic letters (Latin «{letter}»); write «{fixed}»",
    ),
    "mixed-script-greek": (
        "«{word}» сөзінде грек және кирилл әріптері араласқан (грек «{letter}»); «{fixed}» деп жазыңыз",
        "в слове «{word}» смешаны греческие и кириллические буквы (греческая «{letter}»); "
        "напишите «{fixed}»",
        "the word «{word}» mixes Greek and Cyrillic letters (Greek «{letter}»); write «{fixed}»",
    ),
    "lookalike-word": (
        "кирилл мәтініндегі «{word}» сөзі кирилл әріптеріне ұқсас латын не грек әріптерімен терілген; «{fixed}» деп жазыңыз",
        "слово «{word}» в кириллическом тексте набрано латинскими или греческими буквами, похожими на кириллические; "
        "напишите «{fixed}»",
        "the word «{word}» in a Cyrillic text is typed in Latin or Greek letters that look Cyrillic; "
        "write «{fixed}»",
    ),
    "kazakh-looks-russian": (
        "қазақша мәтінде қазақ әріптері жоқ, ол орысша мәтінге ұқсайды: «{found}»; қазақша мәтінді жазыңыз",
        "в казахском тексте нет казахских букв, он похож на русский: «{found}»; напишите казахский текст",
        "the Kazakh text has no Kazakh letters and looks Russian: «{found}»; write the Kazakh text",
    ),
    "untranslated": (
        "қазақша және орысша мәтіндер бірдей («{found}»); мәтінді аударыңыз",
        "казахский и русский тексты совпадают («{found}»); переведите текст",
        "the Kazakh and Russian texts are identical («{found}»); translate the text",
    ),
    # --- rules: professions and standards ---
    "standard-unknown": (
        "{code} кәсіптік стандарты жоқ (standards/ ішінде табылмады)",
        "профессионального стандарта {code} нет (не найден в standards/)",
        "the professional standard {code} does not exist (not found in standards/)",
    ),
    "standard-repealed": (
        "{code} кәсіптік стандартының күші жойылған; қолданыстағы стандартты көрсетіңіз",
        "профессиональный стандарт {code} отменён; укажите действующий стандарт",
        "the professional standard {code} is repealed; name a standard in force",
    ),
    "standard-not-covering": (
        "{code} кәсіптік стандарты {occupation} кәсібін қамтымайды",
        "профессиональный стандарт {code} не охватывает занятие {occupation}",
        "the professional standard {code} does not cover the occupation {occupation}",
    ),
    "standard-levels": (
        "{levels} деңгейлерін {codes} стандарттары қамтымайды",
        "уровни {levels} не охвачены стандартами {codes}",
        "levels {levels} are not covered by the standards {codes}",
    ),
    "standard-approver": (
        "стандартты оның иесі «{body}» бекітуі керек; табылғаны: «{found}»",
        "стандарт утверждается его владельцем «{body}»; найдено: «{found}»",
        "the standard must be approved by its owner «{body}»; found «{found}»",
    ),
    "standard-repeal-date": (
        "күшін жою күні {found} бекіту күнінен {approved} бұрын",
        "дата отмены {found} раньше даты утверждения {approved}",
        "the repeal date {found} is before the approval date {approved}",
    ),
    "standard-function-level": (
        "еңбек функциясының деңгейі {found} стандарттың деңгейлерінде жоқ ({allowed})",
        "уровня трудовой функции {found} нет среди уровней стандарта ({allowed})",
        "the labour function's level {found} is not a level of the standard ({allowed})",
    ),
    "decision-unknown": (
        "{id} ұсынымы register/decisions/ ішінде жоқ",
        "рекомендации {id} нет в register/decisions/",
        "the decision {id} does not exist in register/decisions/",
    ),
    "decision-not-listed": (
        "кәсіп {decision} ұсынымын атайды, бірақ ұсыным оны {what} тізімінде көрсетпейді (recommends)",
        "профессия называет рекомендацию {decision}, но рекомендация не указывает её в списке {what} (recommends)",
        "the profession names the decision {decision}, but the decision does not list it among {what} (recommends)",
    ),
    "decision-listed-not-named": (
        "ұсыным {code} кәсібін ұсынғанын көрсетеді, бірақ кәсіп бұл ұсынымды {field} өрісінде атамайды",
        "рекомендация указывает, что рекомендует профессию {code}, но профессия не называет эту рекомендацию в {field}",
        "the decision lists the profession {code}, but the profession does not name the decision in {field}",
    ),
    "decision-listed-unknown": (
        "ұсыным тізілімде жоқ {code} кәсібін көрсетеді",
        "рекомендация указывает профессию {code}, которой нет в реестре",
        "the decision lists the profession {code}, which is not in the register",
    ),
    "decision-rejected-named": (
        "ұсыным бұл ұсынысты ұсынбады (rejected), бірақ кәсіп ұсынымды атайды: ұсыныстың өзгерісі болдырылмауы керек",
        "в рекомендации это предложение не рекомендовано (rejected), но профессия называет эту рекомендацию: предложение должно быть отменено",
        "the decision did not recommend this proposal (rejected), but the profession names the decision: the proposal must be reverted",
    ),
    "list-included": ("енгізілгендер", "включённых", "the included"),
    "list-amended": ("өзгертілгендер", "изменённых", "the amended"),
    "list-excluded": ("алынып тасталғандар", "исключённых", "the excluded"),
    "decision-order": (
        "«{field}» ұсынымы {id} ({date}) енгізу ұсынымынан {included} ({included_date}) бұрын",
        "рекомендация «{field}» {id} ({date}) раньше рекомендации о включении {included} ({included_date})",
        "the «{field}» decision {id} ({date}) is before the inclusion decision {included} "
        "({included_date})",
    ),
    "decision-date": (
        "ұсынымның id-і {id} оның күнімен {date} басталуы керек",
        "id рекомендации {id} должен начинаться с его даты {date}",
        "the decision's id {id} must start with its date {date}",
    ),
    "decision-duplicate": (
        "{year} жылғы № {protocol} хаттамасы {other} ұсынымында да бар",
        "протокол № {protocol} за {year} год уже есть в рекомендации {other}",
        "protocol {protocol} of {year} is also used by decision {other}",
    ),
    "decision-unused": (
        "{id} ұсынымын ешбір жазба атамайды",
        "на рекомендацию {id} не ссылается ни одна запись",
        "no entry names the decision {id}",
    ),
    "council-activity": (
        "Ұлттық кеңестің соңғы тіркелген ұсынымы {id} алты айдан ескі: {as_of:attr} жағдай бойынша келесі ұсыным {due:dat} дейін болуы керек еді (Заңның 10-бабының 3-тармағы)",
        "последняя записанная рекомендация Национального совета {id} старше шести месяцев: по состоянию на {as_of} следующая ожидалась не позднее {due} (пункт 3 статьи 10 Закона)",
        "the National Council's latest recorded decision {id} is more than six months old on {as_of}: the next was due by {due} (the Law, Article 10(3))",
    ),
    "legal-act-date": (
        "құқықтық актінің күні {found} жазбаны белгілеген соңғы ұсынымның ({decision}, {decided}) күнінен кейін: акт ұсынымға негіз болуы үшін одан бұрын қабылдануы керек (Қағидалардың 8-1-тармағы)",
        "дата правового акта {found} позже даты последней рекомендации, установившей запись ({decision}, {decided}): акт, на котором основана рекомендация, принимается раньше неё (пункт 8-1 Правил)",
        "the legal act's date {found} is after the latest decision that set the entry ({decision}, {decided}): the act a decision rests on comes before it (Rules 8-1)",
    ),
    "qualification-requirements-standard": (
        "кәсіп біліктілік талаптарына сүйенеді, бірақ оның {code} кәсібін {approved} бастап қолданыстағы {standard} кәсіптік стандарты қамтиды: стандартты көрсетіңіз (біліктілік талаптары стандарт болмаған жағдайда ғана негіз болады, Қағидалардың 8-тармағының 3) тармақшасы)",
        "профессия ссылается на квалификационные требования, но занятие {code} охватывает действующий с {approved} профессиональный стандарт {standard}: укажите стандарт (квалификационные требования — основание только при отсутствии стандарта, подпункт 3) пункта 8 Правил)",
        "the profession cites the qualification requirements, but the professional standard {standard}, in force since {approved}, covers its occupation {code}: cite the standard (the qualification requirements are a ground only where no standard exists, Rules 8(3))",
    ),
    "skill-not-in-standard": (
        "«{found}» дағдысы көрсетілген {codes} стандарттарының дағдыларында жоқ: дағды жеке тек стандарт оны көздесе ғана танылады (Заңның 20-бабының 2-тармағы); стандарттағы мәтінді жазыңыз",
        "навыка «{found}» нет среди навыков указанных стандартов {codes}: навык признаётся отдельно, только если его предусматривает стандарт (пункт 2 статьи 20 Закона); напишите текст из стандарта",
        "the skill «{found}» is not among the skills of the cited standards {codes}: a skill is recognized on its own only where the standard provides for it (the Law, Article 20(2)); write the standard's text",
    ),
    "skill-requirements": (
        "«{found}» дағдысы тек біліктілік талаптарына сүйенеді, оларды тізілім салыстыра алмайды: талаптар бұл дағдыны жеке тануды көздейтінін тексеріңіз (Заңның 20-бабының 2-тармағы)",
        "навык «{found}» основан только на квалификационных требованиях, которые реестр сверить не может: проверьте, что они предусматривают отдельное признание этого навыка (пункт 2 статьи 20 Закона)",
        "the skill «{found}» rests on the qualification requirements alone, which the register cannot match: check that they provide for recognizing it on its own (the Law, Article 20(2))",
    ),
    "health-life-safety-required": (
        "міндетті негіздегі кәсіп халықтың денсаулығына, тіршілігін қамтамасыз етуге және қауіпсіздігіне қатысын көрсетеді: «not_applicable» тек ерікті негіздегі кәсіпке рұқсат етіледі (Қағидалардың 8-тармағының 1) тармақшасы, 8-1-тармағы)",
        "профессия на обязательной основе указывает связь со здоровьем, жизнеобеспечением и безопасностью населения: «not_applicable» допускается только для профессии на добровольной основе (подпункт 1) пункта 8, пункт 8-1 Правил)",
        "a profession on the mandatory basis states its link to the health, life support and safety of the population: «not_applicable» is allowed only on the voluntary basis (Rules 8(1), 8-1)",
    ),
    "document-validity-long": (
        "тану туралы құжаттың жарамдылық мерзімі {found} ай, яғни {limit} айдан (10 жыл) ұзақ: Заң шек қоймайды (21-баптың 5-тармағы), бірақ тізілімнің саясаты бойынша мұндай мерзім қайта тексеріледі",
        "срок действия документа о признании — {found:months}, дольше {limit:months-gen} (10 лет): Закон предела не устанавливает (пункт 5 статьи 21), но по политике реестра такой срок проверяется повторно",
        "the document on recognition is valid {found} months, longer than {limit} months (10 years): the Law sets no limit (Article 21(5)), but the register's policy is to look at such a period again",
    ),
    "law-scope": (
        "{code} кәсібі жіктеуіштің {group} тобында, оған Заң қолданылмайды (Заңның 2-бабы 3-тармағының {item}) тармақшасы; reference/law-scope.csv): кәсіп Заңның қолданылу аясында екенін растаңыз",
        "занятие {code} входит в группу классификатора {group}, на которую Закон не распространяется (подпункт {item}) пункта 3 статьи 2 Закона; reference/law-scope.csv): подтвердите, что профессия в сфере действия Закона",
        "the occupation {code} is in the classifier group {group}, to which the Law does not apply (the Law, Article 2(3)({item}); reference/law-scope.csv): confirm that the profession is within the Law's scope",
    ),
    # --- rules: centers ---
    "bin-checksum": (
        "{bin} БСН бақылау цифры дұрыс емес: {expected} күтіледі, {found} табылды",
        "неверная контрольная цифра БИН {bin}: ожидается {expected}, найдено {found}",
        "the BIN {bin} has a wrong check digit: expected {expected}, found {found}",
    ),
    "bin-impossible": (
        "{bin} БСН дұрыс бола алмайды: алғашқы 11 цифрға бақылау цифры жоқ",
        "БИН {bin} не может быть верным: для первых 11 цифр нет контрольной цифры",
        "the BIN {bin} cannot be valid: no check digit exists for its first 11 digits",
    ),
    "bin-month": (
        "{bin} БСН-ның 3-ші және 4-ші цифрлары тіркелген ай болуы керек (01–12), табылғаны: {found}",
        "в БИН {bin} 3-я и 4-я цифры — месяц регистрации (01–12), найдено: {found}",
        "the BIN {bin} must give the month of registration in digits 3–4 (01 to 12), found {found}",
    ),
    "bin-entity": (
        "{bin} БСН-ның 5-ші цифры тұлғаның түрі болуы керек (4, 5 немесе 6), табылғаны: {found}",
        "в БИН {bin} 5-я цифра — тип лица (4, 5 или 6), найдено: {found}",
        "the BIN {bin} must give the type of entity in digit 5 (4, 5 or 6), found {found}",
    ),
    "bin-unit": (
        "{bin} БСН-ның 6-шы цифры бөлімшенің белгісі болуы керек (0–3), табылғаны: {found}",
        "в БИН {bin} 6-я цифра — признак подразделения (0–3), найдено: {found}",
        "the BIN {bin} must give the kind of unit in digit 6 (0 to 3), found {found}",
    ),
    "region-unknown": (
        "{region} өңірі 20 өңірдің бірі емес; мүмкін мәндер: {allowed}",
        "регион {region} не входит в 20 регионов; допустимые значения: {allowed}",
        "the region {region} is not one of the 20 regions; allowed: {allowed}",
    ),
    "educational-name": _citing(
        law((24, 2)),
        "атауы білім беру ұйымын білдіреді («{word}»); тану орталығы білім беру ұйымында "
        "құрылмайды ({law})",
        "название указывает на организацию образования («{word}»); центр признания не создаётся "
        "при организации образования ({law})",
        "the name suggests an educational institution («{word}»); a recognition center may not be "
        "set up at one ({law})",
    ),
    "center-profession-unknown": (
        "{code} кәсібі тізілімде жоқ",
        "профессии {code} нет в реестре",
        "the profession {code} is not in the register",
    ),
    "center-profession-excluded": (
        "{code} кәсібі тізілімнен {decision} ұсынымымен алынып тасталған",
        "профессия {code} исключена из реестра по рекомендации {decision}",
        "the profession {code} was excluded from the register by decision {decision}",
    ),
    "center-profession-levels": (
        "{code} кәсібінде мына деңгейлер жоқ: {levels} (кәсіптің деңгейлері: {allowed})",
        "у профессии {code} нет таких уровней: {levels} (уровни профессии: {allowed})",
        "the profession {code} has no such levels: {levels} (its levels: {allowed})",
    ),
    "center-profession-duplicate": (
        "{code} кәсібі екі рет көрсетілген",
        "профессия {code} указана дважды",
        "the profession {code} is listed twice",
    ),
    "certificate-validity": (
        "Палата берген аттестаттың «expires» күні «issued» күнінен дәл 3 жыл кейін болуы керек ({found} табылды, {expected} күтіледі)",
        "у аттестата Палаты «expires» должно быть ровно через 3 года после «issued» (найдено {found}, ожидается {expected})",
        "«expires» of a certificate of the Chamber must be exactly 3 years after «issued» (found {found}, expected {expected})",
    ),
    "certificate-validity-order": (
        "аттестаттың мерзімі берілген күнінен ({issued}) кейін аяқталуы керек; табылғаны: {found}",
        "срок аттестата должен истекать после даты выдачи ({issued}); найдено: {found}",
        "the certificate must expire after its issue ({issued}); found {found}",
    ),
    "agreement-date": (
        "аккредиттеуден кейінгі шарт ({found}) аттестаттан ({issued}) бұрын жасалған",
        "постаккредитационный договор ({found}) заключён раньше выдачи аттестата ({issued})",
        "the post-accreditation agreement ({found}) is dated before the certificate ({issued})",
    ),
    "agreement-missing": _citing(
        law((25, 2)),
        "Палата берген аттестат үшін аккредиттеуден кейінгі шарт («agreement») міндетті ({law})",
        "для аттестата Палаты обязателен постаккредитационный договор («agreement»; {law})",
        "a certificate of the Chamber requires its post-accreditation agreement («agreement»; {law})",
    ),
    "agreement-route": _citing(
        law((17, 1)),
        "сәйкестікті бағалау саласындағы аккредиттеу туралы заңнама бойынша берілген аттестатта Палатамен аккредиттеуден кейінгі шарт болмайды ({law})",
        "у аттестата, выданного по законодательству об аккредитации в области оценки соответствия, нет постаккредитационного договора с Палатой ({law})",
        "a certificate issued under the law on conformity assessment has no post-accreditation agreement with the Chamber ({law})",
    ),
    "certificate-order": (
        "аттестаттар ескісінен бастап жазылады: бұл аттестат {found} берілген, алдыңғысы {previous}",
        "аттестаты записываются от старого к новому: этот выдан {found}, предыдущий — {previous}",
        "certificates are listed oldest first: this one was issued {found}, the previous one {previous}",
    ),
    "certificate-after-revoked": _citing(
        law((26, 6)),
        "алдыңғы {number} аттестаты кері қайтарып алынған күйінде қалған: жаңа аттестаттан бұрын оның қолданылуының тоқтатылуын тіркеңіз ({law})",
        "предыдущий аттестат {number} остался отозванным: до нового аттестата оформите прекращение его действия ({law})",
        "the previous certificate {number} is left revoked: record its termination before a new certificate ({law})",
    ),
    "certificate-before-termination": (
        "жаңа аттестат ({found}) алдыңғысының қолданылуы тоқтатылғанға дейін ({ended}) берілген",
        "новый аттестат ({found}) выдан до прекращения действия предыдущего ({ended})",
        "the new certificate ({found}) is issued before the previous one was terminated ({ended})",
    ),
    "certificate-before-decision": (
        "аттестат ({found}) аккредиттеу туралы шешімнен ({decision}) бұрын берілген",
        "аттестат ({found}) выдан раньше решения об аккредитации ({decision})",
        "the certificate ({found}) is issued before the decision on accreditation ({decision})",
    ),
    "date-outside-certificate": (
        "{name} күні {found} аттестаттың қолданылу мерзімінен тыс ({issued} – {expires})",
        "дата {name} {found} вне срока действия аттестата ({issued} – {expires})",
        "the date {name} {found} is outside the certificate's validity ({issued} – {expires})",
    ),
    "event-order": (
        "оқиғалар күн ретімен жазылады: {name} {found}, алдыңғы оқиға {previous}",
        "события записываются по порядку дат: {name} {found}, предыдущее событие {previous}",
        "events are listed in order of date: {name} on {found}, the previous event on {previous}",
    ),
    "event-after-termination": _citing(
        law((26, 6)),
        "аттестаттың қолданылуы тоқтатылғаннан кейін {name} болмайды ({law})",
        "после прекращения действия аттестата {name} невозможно ({law})",
        "no {name} after the certificate's termination ({law})",
    ),
    "event-not-allowed": _citing(
        law((26,)),
        "«{status}» мәртебесіндегі аттестатқа {name} қолданылмайды ({law})",
        "{name} невозможно для аттестата в статусе «{status}» ({law})",
        "a {name} cannot befall a certificate that is «{status}» ({law})",
    ),
    "revocation-dates": (
        "кері қайтарып алу күндері ретімен болуы керек: анықталған күн ({detected}) ≤ кері қайтарып алу туралы шешім ({decided}) ≤ көшірме жіберілген күн ({sent})",
        "даты отзыва должны идти по порядку: выявление ({detected}) ≤ решение об отзыве ({decided}) ≤ направление копии ({sent})",
        "the revocation's dates must be in order: detected ({detected}) ≤ decision ({decided}) ≤ copy sent ({sent})",
    ),
    "termination-expiry-date": (
        "мерзімнің өтуіне байланысты тоқтату аттестаттың мерзімі біткен күнмен ({expected}) "
        "белгіленуі керек; табылғаны: {found}",
        "прекращение по истечении срока датируется днём окончания аттестата ({expected}); "
        "найдено: {found}",
        "a termination on expiry is dated the certificate's expiry date ({expected}); found {found}",
    ),
    "termination-revocation": _citing(
        law((26, 6, 1)),
        "кері қайтарып алу негізіндегі тоқтату аттестат кері қайтарып алынғаннан кейін болады ({law})",
        "прекращение на основании отзыва следует за отзывом аттестата ({law})",
        "a termination on the ground of revocation follows a revocation of the certificate ({law})",
    ),
    "procedure-deadline": (
        "{found} күні {start:abl} бастап {count} жұмыс күні мерзімінен кеш ({law}): күндерді тексеріңіз",
        "дата {found} позже срока — {count:working-days} со дня {start} ({law}): проверьте даты",
        "{found} is later than {count:working-days} after {start} ({law}): check the dates",
    ),
    "own-request-health": _citing(
        law((26, 2), (26, 5)),
        "орталықтың өз өтініші бойынша кері қайтарып алу бұзушылықтар үшін емес: «health_life_safety» true бола алмайды ({law})",
        "отзыв по заявлению самого центра — не за нарушения: «health_life_safety» не может быть true ({law})",
        "a revocation at the center's own request is not for violations: «health_life_safety» cannot be true ({law})",
    ),
    "renewal-own-request": _citing(
        law((26, 5)),
        "орталықтың өз өтініші бойынша кері қайтарып алынған аттестаттың қолданысы қайта басталмайды: жойылатын бұзушылық жоқ ({law}); жаңа аккредиттеу қажет",
        "действие аттестата, отозванного по заявлению самого центра, не возобновляется: нет нарушений, которые устраняются ({law}); нужна новая аккредитация",
        "a certificate revoked at the center's own request is not renewed: there are no violations to remove ({law}); a new accreditation is needed",
    ),
    "center-profession-before-inclusion": _citing(
        law((24, 1, 3)),
        "{code} кәсібі тізілімге {decision} ұсынымымен {included} енгізілген, ал орталық {accredited} аккредиттелген: кәсіп бойынша аккредиттеу ол тізілімге енгеннен кейін ғана мүмкін ({law})",
        "профессия {code} включена в реестр по рекомендации {decision} от {included}, а центр аккредитован {accredited}: аккредитация по профессии возможна только после её включения в реестр ({law})",
        "the profession {code} entered the register by decision {decision} of {included}, but the center was accredited on {accredited}: a center is accredited in a profession only once it is in the register ({law})",
    ),
    "founder-educational": _citing(
        law((24, 2)),
        "құрылтайшы — білім беру ұйымы: тану орталығы білім беру ұйымында құрылмайды ({law}), мұндай орталық тізілімге енгізілмейді; құрылтайшы білім беру ұйымы болмаса, educational_institution: false деп жазыңыз",
        "учредитель — организация образования: центр признания не создаётся при организации образования ({law}), такой центр не вносится в реестр; если учредитель не организация образования, укажите educational_institution: false",
        "the founder is an educational organization: a recognition center may not be set up at one ({law}), and such a center is not entered in the register; if the founder is not one, write educational_institution: false",
    ),
    "founder-educational-elsewhere": _citing(
        law((24, 2)),
        "БСН {bin} құрылтайшы {other} файлында білім беру ұйымы деп көрсетілген ({law})",
        "учредитель с БИН {bin} указан организацией образования в {other} ({law})",
        "the founder with BIN {bin} is declared an educational organization in {other} ({law})",
    ),
    "founder-is-center": (
        "БСН {bin} — тізімдегі тану орталығы, ол білім беру ұйымы бола алмайды: «educational_institution» белгісін тексеріңіз",
        "БИН {bin} — центр признания из перечня, он не может быть организацией образования: проверьте «educational_institution»",
        "the BIN {bin} is a recognition center of the list, which cannot be an educational organization: check «educational_institution»",
    ),
    "never-renewable": _citing(
        law((26, 5)),
        "азаматтардың денсаулығына, тіршілігін қамтамасыз етуге және қауіпсіздігіне байланысты "
        "бұзушылықтар үшін кері қайтарып алынған аттестаттың қолданысы қайта басталмайды "
        "({law})",
        "действие аттестата, отозванного за нарушения, связанные со здоровьем, "
        "жизнеобеспечением и безопасностью граждан, не возобновляется ({law})",
        "a certificate revoked for violations concerning the health, life support and safety of "
        "citizens is never renewed ({law})",
    ),
    "reaccreditation-window": _citing(
        law((23, 5)),
        "аттестаттың мерзімі {expires:loc} аяқталады; қайта аккредиттеуге өтінім алты ай бұрын, {deadline:dat} дейін беріледі ({law}): оның берілгенін тексеріңіз",
        "аттестат истекает {expires}; заявление на переаккредитацию подаётся не позднее чем за шесть месяцев, то есть до {deadline} ({law}): проверьте, подано ли оно",
        "the certificate expires on {expires}; re-accreditation is applied for six months before, by {deadline} ({law}): check that it was",
    ),
    "certificate-expired": _citing(
        law((26, 6)),
        "соңғы аттестаттың мәртебесі «{status}», бірақ оның мерзімі {expires:loc} аяқталған "
        "({as_of:attr} жағдай бойынша); қолданылуының тоқтатылуын тіркеңіз ({law})",
        "статус последнего аттестата «{status}», но его срок истёк {expires} (по состоянию на {as_of}); "
        "оформите прекращение действия ({law})",
        "the latest certificate is «{status}» but expired on {expires} (as of {as_of}); "
        "record the termination ({law})",
    ),
}

# The words of a count, by unit, language and CLDR plural category (catalog.py: «{limit:items-gen}»).
# -gen: the genitive a comparison or «из» takes («не меньше 2 элементов», «длиннее 1 символа»);
# -acc: the accusative of a duration («за 1 секунду»).
_COUNTS: dict[str, dict[str, dict[str, str]]] = {
    "items": {"en": {"one": "{n} item", "other": "{n} items"}},
    "items-gen": {"ru": {"one": "{n} элемента", "other": "{n} элементов"}},
    "characters": {"en": {"one": "{n} character", "other": "{n} characters"}},
    "characters-gen": {"ru": {"one": "{n} символа", "other": "{n} символов"}},
    "levels": {"en": {"one": "{n} level", "other": "{n} levels"}},
    "levels-gen": {"ru": {"one": "{n} уровня", "other": "{n} уровней"}},
    "digits-gen": {"ru": {"one": "{n} цифры", "other": "{n} цифр"}},
    "seconds-acc": {
        "ru": {
            "one": "{n} секунду",
            "few": "{n} секунды",
            "many": "{n} секунд",
            "other": "{n} секунды",
        }
    },
    "months": {
        "ru": {
            "one": "{n} месяц",
            "few": "{n} месяца",
            "many": "{n} месяцев",
            "other": "{n} месяца",
        }
    },
    "months-gen": {"ru": {"one": "{n} месяца", "other": "{n} месяцев"}},
    "working-days": {
        "ru": {
            "one": "{n} рабочий день",
            "few": "{n} рабочих дня",
            "many": "{n} рабочих дней",
            "other": "{n} рабочего дня",
        },
        "en": {"one": "{n} working day", "other": "{n} working days"},
    },
}

CATALOG = Catalog(LANGUAGES, _ENTRIES, _COUNTS)
