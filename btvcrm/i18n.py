"""One catalogue for the whole program: Qt's `.ts` files, also read without Qt.

Source strings are English, in the code, marked so `pyside6-lupdate` finds them
(`make ts`). Bokmål lives in `resources/translations/btvcrm_nb.ts`; English plural
forms ("1 follow-up", "2 follow-ups") in `btvcrm_en.ts`. The desktop app loads the
`.qm` files `pyside6-lrelease` compiles from them into a real `QTranslator`
(`btvcrm/ui/i18n.py`); the Qt-free core (reports, enum labels, the CLI) reads the very
same `.ts` files here, with the same rules, so a translator refreshes everything in
Qt Linguist. See docs/translation.md.

Qt-free code marks and looks up a string in one of two ways (positional arguments
only: lupdate does not read keywords):

    catalogue(lang).translate("Reports", "Page %1 of %2")         # a call lupdate reads
    QT_TRANSLATE_NOOP("OrganisationKind", "county council")        # in a table; looked up later

`%1 %2 …` are filled by `arg(text, *values)`, `%n` by the `n` argument (which also
picks the plural form). This module imports nothing of Qt and nothing of ours but
`paths`, so every layer may use it.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from btvcrm import paths

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"
SOURCE_LANGUAGE = "en"
CATALOGUE = "btvcrm"  # resources/translations/btvcrm_<lang>*.ts -> btvcrm_<lang>.qm

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `source` for the catalogue under `context`; returns it untranslated."""
    return source


def normalize_lang(lang: str | None) -> str:
    """"nb" or "en" for anything a user or a file may say ("en_GB", "no", None -> "nb")."""
    return "en" if (lang or "").strip().lower().startswith("en") else "nb"


def arg(text: str, *values: object) -> str:
    """Fill `%1`, `%2`, … with `values` (in number order, one pass: a value is never re-read)."""

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text) if values else text


def upper_first(text: str) -> str:
    """"Monday 20 June" from "monday 20 June": only the first letter changes.

    (`str.capitalize()` lower-cases the rest: "Monday 20 june", "Ks", "Nav".)
    """
    return text[:1].upper() + text[1:]


def placeholders(text: str) -> set[str]:
    """The `%1`-style placeholders in `text` (and `%n` when present)."""
    found = {f"%{m}" for m in _PLACEHOLDER.findall(text)}
    if "%n" in text:
        found.add("%n")
    return found


def plural_index(lang: str, n: int) -> int:
    """Which numerus form Qt picks for `n`: Bokmål and English have two (1 / everything else)."""
    return 0 if n == 1 else 1


# ---------------------------------------------------------------- the catalogue files


def translations_dir() -> Path:
    return paths.resource("translations")


def ts_files(lang: str) -> list[Path]:
    """The `.ts` files of `lang` (English: only the plural forms)."""
    return sorted(translations_dir().glob(f"{CATALOGUE}_{normalize_lang(lang)}*.ts"))


Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


def read_ts(path: Path) -> dict[Key, tuple[str, ...]]:
    """(context, source, comment) -> the translation's forms, finished ones only.

    A plain message has one form, a `%n` message one per numerus form. Unfinished,
    obsolete and vanished messages are left out, as `lrelease -nounfinished` does.
    """
    import xml.etree.ElementTree as ET  # here, not at import: the CLI starts on every command

    table: dict[Key, tuple[str, ...]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in node.iter("numerusform"))
            else:
                forms = (node.text or "",)
            if forms and all(forms):
                table[(name, source, message.findtext("comment") or "")] = forms
    return table


# Reading one context of a .ts file without an XML parser: the first label a command shows
# must not cost importing xml.etree and parsing all 1 400 messages (bench/import_profile.py).
# `lupdate` and Qt Linguist write a plain, regular form; anything else (comments, CDATA,
# another encoding, a message these patterns do not account for) is read by `read_ts`.
_TS_MESSAGE = re.compile(
    r"<message(\s[^>]*)?>(?:\s|<location[^>]*/>)*<source>([^<]*)</source>(.*?)</message>", re.S)
_TS_COMMENT = re.compile(r"<comment>([^<]*)</comment>")
_TS_TRANSLATION = re.compile(r"<translation(\s[^>]*)?(?:/>|>(.*?)</translation>)", re.S)
_TS_FORM = re.compile(r"<numerusform(?:\s[^>]*)?>([^<]*)</numerusform>")
_TS_STATE = re.compile(r"""\btype\s*=\s*["'](unfinished|obsolete|vanished)["']""")
_TS_NUMERUS = re.compile(r"""\bnumerus\s*=\s*["']yes["']""")
_XML_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|apos|quot);")
_XML_NAMED = {"amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": '"'}


def _xml_char(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#"):
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return _XML_NAMED[name]


def _xml_text(text: str) -> str:
    if "&" not in text:
        return text
    if "&" in _XML_ENTITY.sub("", text):
        raise ValueError("an entity the plain reader does not know")
    return _XML_ENTITY.sub(_xml_char, text)


def _plain_ts(text: str) -> bool:
    """A .ts text the plain reader can read (else `read_ts` reads it)."""
    head = text[:200].lower().replace("'", '"')
    return "<!--" not in text and "<![CDATA[" not in text and ('encoding="utf-8"' in head or "encoding=" not in head)


def _read_context(text: str, context: str) -> dict[Key, tuple[str, ...]] | None:
    """The finished messages of `context` in a .ts text, as `read_ts` gives them; None when
    the text holds something the plain reader cannot vouch for."""
    table: dict[Key, tuple[str, ...]] = {}
    wanted = context.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    at = 0
    try:
        while True:
            found = re.compile(rf"<context>\s*<name>{re.escape(wanted)}</name>").search(text, at)
            if found is None:
                return table
            end = text.find("</context>", found.end())
            if end < 0:
                return None
            block = text[found.end():end]
            matches = list(_TS_MESSAGE.finditer(block))
            if len(matches) != block.count("<message"):
                return None
            for match in matches:
                attrs, source, rest = match.group(1) or "", match.group(2), match.group(3)
                translation = _TS_TRANSLATION.search(rest)
                if translation is None or rest.count("<translation") != 1:
                    return None
                if _TS_STATE.search(translation.group(1) or ""):
                    continue
                body = translation.group(2) or ""
                if _TS_NUMERUS.search(attrs):
                    forms = tuple(_xml_text(form) for form in _TS_FORM.findall(body))
                    if len(forms) != body.count("<numerusform"):
                        return None
                elif "<" in body:
                    return None
                else:
                    forms = (_xml_text(body),)
                comment = _TS_COMMENT.search(rest)
                if forms and all(forms):
                    table[(context, _xml_text(source), _xml_text(comment.group(1)) if comment else "")] = forms
            at = end
    except ValueError:
        return None


class Catalogue:
    """The translations of one language, looked up as Qt's `QCoreApplication.translate` does.

    Built from a table, or from .ts texts (`from_ts`): then each context is read on its
    first lookup, so a command that shows three labels reads three contexts."""

    def __init__(self, lang: str, table: dict[Key, tuple[str, ...]]) -> None:
        self.lang = normalize_lang(lang)
        self._table = table
        self._texts: list[str] = []
        self._paths: list[Path] = []
        self._read: set[str] = set()
        self._complete = True
        self._lock = threading.Lock()  # a worker thread may look up a label too

    @classmethod
    def from_ts(cls, lang: str, paths: Sequence[Path]) -> Catalogue:
        texts = [path.read_text(encoding="utf-8") for path in paths]
        if not all(_plain_ts(text) for text in texts):
            table: dict[Key, tuple[str, ...]] = {}
            for path in paths:
                table.update(read_ts(path))
            return cls(lang, table)
        catalogue = cls(lang, {})
        catalogue._texts, catalogue._paths, catalogue._complete = texts, list(paths), False
        return catalogue

    def _context(self, context: str) -> None:
        if self._complete or context in self._read:
            return
        with self._lock:
            if self._complete or context in self._read:
                return
            found: dict[Key, tuple[str, ...]] = {}
            for text in self._texts:  # in file order: a later file's message wins, as in `_load`
                one = _read_context(text, context)
                if one is None:
                    self._read_everything()
                    return
                found.update(one)
            self._table.update(found)
            self._read.add(context)

    def _read_all(self) -> None:
        if not self._complete:
            with self._lock:
                self._read_everything()

    def _read_everything(self) -> None:
        if self._complete:
            return
        table: dict[Key, tuple[str, ...]] = {}
        for path in self._paths:
            table.update(read_ts(path))
        self._table, self._texts = table, []
        self._complete = True

    def __len__(self) -> int:
        self._read_all()
        return len(self._table)

    def lookup(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None when the catalogue has none (then Qt shows the source)."""
        self._context(context)
        forms = self._table.get((context, source, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._table.get((context, source, ""))
        if forms is None:
            return None
        text = forms[min(plural_index(self.lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return _replace_n(text, n)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` in this language (`%n` filled with `n` when n >= 0)."""
        found = self.lookup(context, source, disambiguation, n)
        return found if found is not None else _replace_n(source, n)

    def messages(self) -> Iterable[Key]:
        self._read_all()
        return self._table.keys()


def _replace_n(text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


def catalogue(lang: str | None = DEFAULT_LANGUAGE) -> Catalogue:
    """The catalogue of `lang`, read from its `.ts` files on first use (then kept)."""
    return _load(normalize_lang(lang))


@cache
def _load(code: str) -> Catalogue:
    return Catalogue.from_ts(code, ts_files(code))


def translate_in(lang: str | None, context: str, source: str, n: int = -1) -> str:
    """Look up a string marked elsewhere (with QT_TRANSLATE_NOOP) in `lang`'s catalogue."""
    return catalogue(lang).translate(context, source, None, n)


# ---------------------------------------------------------------- compiling for Qt


def qt_tool(name: str) -> Path | None:
    """`lrelease`/`lupdate` as shipped inside the PySide6 wheel (found without importing Qt)."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"{CATALOGUE}_{normalize_lang(lang)}.qm"


def qm_is_stale(lang: str, folder: Path | None = None) -> bool:
    target = qm_path(lang, folder)
    sources = ts_files(lang)
    if not sources:
        return False
    if not target.exists():
        return True
    built = target.stat().st_mtime
    return any(path.stat().st_mtime > built for path in sources)


def compile_qm(lang: str, folder: Path | None = None) -> Path:
    """Run `lrelease -nounfinished` over `lang`'s `.ts` files into one `.qm`; returns its path.

    Raises OSError when lrelease is missing or fails.
    """
    tool = qt_tool("lrelease")
    if tool is None:
        raise OSError("pyside6-lrelease was not found (is PySide6 installed?)")
    import subprocess

    target = qm_path(lang, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    command = [str(tool), "-nounfinished", "-silent", *map(str, ts_files(lang)), "-qm", str(partial)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not partial.exists():
            raise OSError(f"lrelease failed: {(done.stderr or done.stdout).strip()}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def compile_all(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile every language whose `.qm` is missing or older than its `.ts` (all with force)."""
    built = []
    for lang in LANGUAGES:
        if ts_files(lang) and (force or qm_is_stale(lang, folder)):
            built.append(compile_qm(lang, folder))
    return built


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages in `path` that still need a translation."""
    import xml.etree.ElementTree as ET

    missing = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            if node.get("type") == "unfinished" or not all(forms):
                missing.append((name, message.findtext("source") or ""))
    return missing


# ---------------------------------------------------------------- `make ts`

# Where lupdate writes each language, and how. English keeps only the plural forms.
TS_TARGETS = {
    "nb": (f"{CATALOGUE}_nb.ts", ("-target-language", "nb_NO")),
    "en": (f"{CATALOGUE}_en.ts", ("-target-language", "en", "-pluralonly")),
}
LUPDATE_FLAGS = (
    "-extensions", "py", "-no-obsolete", "-locations", "none", "-sort-messages",
    "-source-language", "en", "-silent",
)  # fmt: skip


def source_root() -> Path:
    return paths.resources_dir().parent / "btvcrm"


def catalogue_sources(root: Path | None = None) -> list[Path]:
    """The Python files `make ts` scans for marked strings: all of btvcrm/."""
    base = root or source_root()
    return sorted(path for path in base.rglob("*.py") if "__pycache__" not in path.parts)


def update_ts(folder: Path | None = None, root: Path | None = None) -> list[Path]:
    """Run lupdate over the sources into each language's `.ts` in `folder` (default: resources)."""
    import subprocess

    tool = qt_tool("lupdate")
    if tool is None:
        raise OSError("pyside6-lupdate was not found (is PySide6 installed?)")
    sources = [str(path) for path in catalogue_sources(root)]
    written = []
    for name, flags in TS_TARGETS.values():
        target = (folder or translations_dir()) / name
        done = subprocess.run(
            [str(tool), *LUPDATE_FLAGS, *flags, *sources, "-ts", str(target)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise OSError(f"lupdate failed: {(done.stderr or done.stdout).strip()}")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """`python -m btvcrm.i18n [--update] [--compile] [--strict] [--quiet]`.

    --update runs lupdate (what `make ts` does), then the unfinished messages of every
    catalogue are listed; --compile rebuilds the `.qm` files that are older than their
    `.ts`; --strict fails on unfinished messages; --quiet lists only files with some.
    """
    args = sys.argv[1:] if argv is None else argv
    if "--update" in args:
        for path in update_ts():
            print(f"updated {path.name}")
    total = 0
    for lang in LANGUAGES:
        for path in ts_files(lang):
            missing = unfinished(path)
            total += len(missing)
            if "--quiet" not in args or missing:
                print(f"{path.name}: {len(missing)} unfinished")
            for context, source in missing[:20]:
                print(f"    [{context}] {source!r}")
    if "--compile" in args:
        for path in compile_all():
            print(f"compiled {path.name}")
    return 1 if total and "--strict" in args else 0


if __name__ == "__main__":
    raise SystemExit(main())
