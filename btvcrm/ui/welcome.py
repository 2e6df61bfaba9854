"""First start with no data file: start empty, open the demo, or open an existing file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget


def demo_available() -> bool:
    try:
        from btvcrm.demo import fill_demo  # noqa: F401
    except ImportError:
        return False
    return True


class WelcomeDialog(QDialog):
    """`choice` is "empty", "demo" or "open" (with `chosen_path`), or None when cancelled."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.choice: str | None = None
        self.chosen_path: Path | None = None
        self.setWindowTitle(self.tr("Welcome to btvcrm"))
        heading = QLabel("<h2>" + self.tr("Welcome to btvcrm") + "</h2>")
        intro = QLabel(self.tr("Your contacts, meetings and follow-ups for the supplier development "
                              "programme. The data file will be stored here:") + f"<br><code>{db_path}</code>")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.empty_button = QPushButton(self.tr("Start &empty (with Buskerud, Telemark and Vestfold)"))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.open_button = QPushButton(self.tr("&Open an existing file…"))
        self.demo_button.setEnabled(demo_available())
        if not self.demo_button.isEnabled():
            self.demo_button.setToolTip(self.tr("The demo data is not available in this version."))
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.open_button.clicked.connect(self._open_existing)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for button in (self.empty_button, self.demo_button, self.open_button):
            button.setMinimumHeight(40)
            layout.addWidget(button)
        self.empty_button.setDefault(True)
        self.empty_button.setFocus()
        self.resize(560, self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), "", self.tr("btvcrm files (*.sqlite *.db);;All files (*)"))
        if name:
            self.chosen_path = Path(name)
            self._choose("open")
