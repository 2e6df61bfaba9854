from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from btvcrm import paths
from btvcrm.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _translations() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in i18n.translation_files():
        table.update(i18n.read_ts(path))
    return table


def test_shell_strings_have_a_bokmal_translation() -> None:
    used = {s for s in i18n.source_strings(ROOT / "btvcrm") if s[0] == i18n.CONTEXT}
    missing = sorted(s for s in used if s not in _translations())
    assert not missing, f"{len(missing)} strings lack an nb translation: {missing[:20]}"


def test_every_ui_string_has_a_bokmal_translation() -> None:
    used = i18n.source_strings(ROOT / "btvcrm" / "ui")
    missing = sorted(s for s in used if s not in _translations())
    assert not missing, f"{len(missing)} strings lack an nb translation: {missing[:20]}"


def test_all_nb_files_are_loaded() -> None:
    files = i18n.translation_files()
    assert paths.resource("translations", "btvcrm_nb.ts") in files
    assert all(f.name.startswith("btvcrm_nb") for f in files)


def test_translator_switches_language(qapp: Any) -> None:
    try:
        assert i18n.install("nb") == "nb"
        assert QCoreApplication.translate("btvcrm", "Today") == "I dag"
        assert QCoreApplication.translate("btvcrm", "No such string, keep it") == "No such string, keep it"
        assert i18n.install("en") == "en"
        assert QCoreApplication.translate("btvcrm", "Today") == "Today"
    finally:
        i18n.install("en")


def test_language_choice_is_saved() -> None:
    assert i18n.saved_language() == "nb"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"
