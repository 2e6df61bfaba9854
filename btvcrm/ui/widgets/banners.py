"""Warning strips across the top of the window (read-only file, cloud folder, failed backup)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

YELLOW = "#fff3cd"
RED = "#f8d7da"


class BannerArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banners: dict[str, QLabel] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)

    def show_banner(self, key: str, text: str, colour: str = YELLOW) -> QLabel:
        label = self.banners.get(key)
        if label is None:
            label = QLabel()
            label.setObjectName(f"banner_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(self.tr("Warning"))
            label.setStyleSheet(f"QLabel {{ background: {colour}; color: #3d3000; padding: 6px 10px;"
                                " border-bottom: 1px solid #d6c88a; }")
            self.column.addWidget(label)
            self.banners[key] = label
        label.setText(text)
        label.show()
        return label

    def hide_banner(self, key: str) -> None:
        label = self.banners.get(key)
        if label is not None:
            label.hide()


__all__ = ["RED", "YELLOW", "BannerArea"]
