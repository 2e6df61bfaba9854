"""The About dialog: name, version, programme, and the licences of what ships with the app.

Source strings are English (``self.tr``, context ``AboutDialog``); their Bokmål
translations are in ``resources/translations/btvcrm_nb.ts``.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from btvcrm import APP_NAME, PROGRAMME_NAME, __version__, paths
from btvcrm.ui.i18n import arg

FONT_LICENCE_FILE = ("fonts", "LICENSE-DejaVu.txt")

# (component, distribution name for its version or "", SPDX-style licence)
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Qt 6", "", "LGPL-3.0-only"),
    ("PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0-only"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("pikepdf", "pikepdf", "MPL-2.0"),
    ("qpdf", "", "Apache-2.0"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0"),
    ("SQLite", "", "blessing"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 / BSD-3-Clause"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("tzdata", "tzdata", "Apache-2.0"),
    ("DejaVu Sans", "", "Bitstream Vera / Arev"),
    ("Python", "", "PSF-2.0"),
)


def component_version(name: str, dist: str) -> str:
    """The version of a bundled component, or "" when it cannot be told."""
    if name == "Qt 6":
        return qVersion()
    if name == "Python":
        return platform.python_version()
    if name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if name == "qpdf":  # the library inside pikepdf's wheel, not a distribution of its own
        try:
            import pikepdf
        except ImportError:
            return ""
        return str(getattr(pikepdf, "__libqpdf_version__", "") or "")
    if not dist:
        return ""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        module = sys.modules.get(dist.lower().replace("-", "_").replace("python_", ""))
        return str(getattr(module, "__version__", "") or getattr(module, "Version", "") or "")


class AboutDialog(QDialog):
    """Modal dialog: the app's name and version and the licences of the bundled parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(arg(self.tr("About %1"), APP_NAME))
        self.setMinimumSize(560, 460)

        icon_path = paths.resource("icons", "btvcrm.svg")
        if not icon_path.exists():
            icon_path = paths.resource("icons", "btvcrm.png")
        self.icon = QIcon(str(icon_path))
        self.setWindowIcon(self.icon)

        header = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setObjectName("aboutIcon")
        self.icon_label.setPixmap(self.icon.pixmap(64, 64))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.icon_label)

        titles = QVBoxLayout()
        self.name_label = QLabel(APP_NAME)
        self.name_label.setObjectName("aboutName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = QLabel(arg(self.tr("Version %1"), __version__))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.programme_label = QLabel(PROGRAMME_NAME)
        self.programme_label.setObjectName("aboutProgramme")
        self.description_label = QLabel(
            self.tr(
                "A contact register for the supplier development programme in "
                "Buskerud, Telemark and Vestfold: meetings, contacts, follow-ups and anchoring."
            )
        )
        self.description_label.setWordWrap(True)
        for widget in (self.name_label, self.version_label, self.programme_label, self.description_label):
            titles.addWidget(widget)
        header.addLayout(titles, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._components_tab(), self.tr("Components and licences"))
        self.tabs.addTab(self._font_licence_tab(), self.tr("Font licence"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _components_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.components_table = QTableWidget(len(COMPONENTS), 3)
        self.components_table.setObjectName("aboutComponents")
        self.components_table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.components_table.verticalHeader().setVisible(False)
        self.components_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.components_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, (name, dist, licence) in enumerate(COMPONENTS):
            if licence == "blessing":
                licence = self.tr("public domain")
            for column, text in enumerate((name, component_version(name, dist), licence)):
                self.components_table.setItem(row, column, QTableWidgetItem(text))
        self.components_table.resizeColumnsToContents()
        self.components_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.components_table, 1)

        note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License "
                "version 3 and ship as separate, replaceable libraries; their source code "
                "is available from https://code.qt.io. btvcrm itself is released under the MIT licence."
            )
        )
        note.setObjectName("aboutLgplNote")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(note)
        return page

    def _font_licence_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("The DejaVu Sans font is embedded in the PDF documents the app writes."))
        )
        self.font_licence = QPlainTextEdit()
        self.font_licence.setObjectName("aboutFontLicence")
        self.font_licence.setReadOnly(True)
        licence_path = paths.resource(*FONT_LICENCE_FILE)
        try:
            text = licence_path.read_text(encoding="utf-8")
        except OSError:
            text = arg(self.tr("The licence file was not found: %1"), str(licence_path))
        self.font_licence.setPlainText(text)
        layout.addWidget(self.font_licence, 1)
        return page
