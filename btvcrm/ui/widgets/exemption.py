"""Public or exempt (offentleglova) in the meeting editor: a choice and a free text.

The choices are "Public" and each legal basis of `domain.exemption.ExemptionBasis`
("Exempt: offl. § 14 – internal documents"). The same list fills the table rows of
agenda items and decisions (a combo per row, the code as its data, "" for public).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from btvcrm.domain.exemption import Exemption, ExemptionBasis
from btvcrm.ui.i18n import arg, translate

PUBLIC = ""  # the combo data of "Public"


def exemption_choices(lang: str) -> list[tuple[str, str]]:
    """(shown text, code) for a combo: "Public" first, then every legal basis."""
    choices = [(translate("ExemptionPicker", "Public"), PUBLIC)]
    for basis in ExemptionBasis:
        if basis.citation:
            text = arg(translate("ExemptionPicker", "Exempt: %1 – %2"), basis.citation, basis.label(lang))
        else:
            text = arg(translate("ExemptionPicker", "Exempt: %1 (write it in the note)"), basis.label(lang))
        choices.append((text, basis.value))
    return choices


def compact_choices(lang: str) -> list[str]:
    """The same choices in few words, for a table cell ("Exempt: business secrets"): the two
    § 13 bases differ only at the end of their citations, which a narrow cell cuts off."""
    texts = [translate("ExemptionPicker", "Public")]
    texts += [arg(translate("ExemptionPicker", "Exempt: %1"), basis.label(lang)) for basis in ExemptionBasis]
    return texts


def exemption_combo(lang: str, code: str | None = None, *, compact: bool = False) -> QComboBox:
    """A combo of the choices; `compact` shows them in few words, the citation as the tooltip
    of each entry and of the combo itself."""
    combo = QComboBox()
    choices = exemption_choices(lang)
    shown = compact_choices(lang) if compact else [text for text, _code in choices]
    for text, (full, data) in zip(shown, choices, strict=True):
        combo.addItem(text, data)
        combo.setItemData(combo.count() - 1, full, Qt.ItemDataRole.ToolTipRole)

    def show_tip() -> None:
        combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or ""))

    combo.currentIndexChanged.connect(show_tip)
    index = combo.findData(code or PUBLIC)
    combo.setCurrentIndex(max(index, 0))
    show_tip()
    return combo


def exemption_of(code: str | None, note: str | None) -> Exemption | None:
    """A row's combo code and note as an Exemption (None: public; an unknown code is public)."""
    if not code:
        return None
    try:
        return Exemption(ExemptionBasis(code), (note or "").strip())
    except ValueError:
        return None


class ExemptionPicker(QWidget):
    """The choice and its note on one line; `value()` is an Exemption or None (public)."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = exemption_combo(lang)
        self.combo.setAccessibleName(self.tr("Public or exempt"))
        self.note = QLineEdit()
        # Short enough to show whole beside the choice (the rule itself is in the tooltip)
        self.note.setPlaceholderText(self.tr("Legal basis or note"))
        self.note.setToolTip(self.tr("Needed when the choice is “other legal basis”: write which one."))
        self.note.setAccessibleName(self.tr("Note on the exemption"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 2)
        layout.addWidget(self.note, 3)
        self.combo.currentIndexChanged.connect(self._sync)
        self.combo.currentIndexChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)
        self._sync()

    def _sync(self) -> None:
        self.note.setEnabled(bool(self.combo.currentData()))

    def value(self) -> Exemption | None:
        return exemption_of(str(self.combo.currentData() or ""), self.note.text())

    def set_value(self, value: Exemption | None) -> None:
        index = self.combo.findData(ExemptionBasis(value.basis).value if value is not None else PUBLIC)
        self.combo.setCurrentIndex(max(index, 0))
        self.note.setText(value.note if value is not None else "")
        self._sync()

    def state(self) -> list[str]:
        """The choice and note as plain values, for drafts and the unsaved-changes check."""
        return [str(self.combo.currentData() or ""), self.note.text()]


__all__ = ["PUBLIC", "ExemptionPicker", "compact_choices", "exemption_choices", "exemption_combo", "exemption_of"]
