"""Translation in the app: Qt's own `QTranslator`, loading `.qm` files compiled from our `.ts`.

Source strings are English; `resources/translations/btvcrm_nb.ts` holds the Bokmål
(including Qt's own words: see `qt_strings.py`), `btvcrm_en.ts` the English plural
forms. `pyside6-lrelease` compiles each language into `btvcrm_<lang>.qm` (`make`
does it, and so does `install()` when running from source and a `.ts` is newer).
The Qt-free core reads the same `.ts` files through `btvcrm.i18n`. How to write a
string: docs/translation.md.

    self.tr("Save")                                   # in a QObject class (context: the class)
    translate("TodayPage", "%n follow-up(s)", "", n)  # plurals, and code outside classes
    arg(self.tr("Moved %1 to %2"), a, b)              # placeholders
    X = QT_TRANSLATE_NOOP("Ctx", "Weekly")            # marked in a table …
    lookup("Ctx", X)                                  # … translated where it is shown
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from btvcrm import i18n as core
from btvcrm.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    arg,
    normalize_lang,
    upper_first,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "arg",
    "current_lang",
    "install",
    "lookup",
    "qm_file",
    "translate",
    "upper_first",
]

log = logging.getLogger(__name__)

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []
_fallback_dir: Path | None = None

LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`, under a name lupdate reads (positional arguments only)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def lookup(context: str, source: str, n: int = -1) -> str:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP (lupdate does not read this call)."""
    return QCoreApplication.translate(context, source, None, n)


def current_lang() -> str:
    """"nb" or "en": what the domain's date and money formatters take."""
    return _current


def error_text(error: BaseException) -> str:
    """What to show of an error: a UserError's sentence in the window's language (the core
    raises them in both), anything else as `str()`."""
    from btvcrm.domain.errors import UserError

    return error.text(_current) if isinstance(error, UserError) else str(error)


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue of `lang`, compiled first when running from source and stale."""
    global _fallback_dir
    lang = normalize_lang(lang)
    if getattr(sys, "frozen", False):  # the PyInstaller build ships its .qm files
        path = core.qm_path(lang)
        return path if path.exists() else None
    for attempt in range(2):
        folder = _fallback_dir
        try:
            if core.qm_is_stale(lang, folder):
                core.compile_qm(lang, folder)
            break
        except OSError as error:
            if attempt or folder is not None:
                log.warning("could not compile the %s translations: %s", lang, error)
                break
            # e.g. a read-only checkout: compile into a private temporary folder instead
            _fallback_dir = Path(tempfile.mkdtemp(prefix="btvcrm-qm-"))
    path = core.qm_path(lang, _fallback_dir)
    return path if path.exists() else None


def saved_language() -> str:
    from btvcrm import settings as user_settings

    value = user_settings.load().language
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    from btvcrm import settings as user_settings

    chosen = user_settings.load()
    chosen.language = lang
    user_settings.save(chosen)


def install(lang: str | None = None) -> str:
    """Install the translator for `lang` (default: the saved choice); returns the language.

    Also makes `lang` Qt's default locale, so calendars and Qt's number and date
    widgets follow it.
    """
    global _current
    app = QCoreApplication.instance()
    lang = lang or saved_language()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
        _installed.clear()
        path = qm_file(lang)
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif lang != core.SOURCE_LANGUAGE:
            log.warning("no %s translation found (%s)", lang, path)
    QLocale.setDefault(QLocale(*LOCALES[lang]))
    _current = lang
    return lang
