"""The desktop user interface (the only package that imports PySide6)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QSettings

from btvcrm import paths
from btvcrm.ui.pyside_fix import protect_none

protect_none(PySide6.__version__)  # before any widget: see ui/pyside_fix.py


def window_settings() -> QSettings:
    """The window's geometry and state (only that: every choice the user makes is in
    `btvcrm.settings`), an INI file in the user data folder (tests move it with BTVCRM_HOME)."""
    folder = paths.user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "btvcrm-ui.ini"), QSettings.Format.IniFormat)


def show_user_error(parent: object, error: Exception) -> None:
    """A UserError's sentence, in the window's language, in a message box; never a traceback."""
    from PySide6.QtWidgets import QMessageBox

    from btvcrm.ui.i18n import error_text, translate

    QMessageBox.warning(parent, translate("Ui", "Could not do that"), error_text(error))  # type: ignore[arg-type]
