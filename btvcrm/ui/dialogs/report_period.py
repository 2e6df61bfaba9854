"""The county report's choices: the period (from and to as Norwegian dates, with a live
preview), whether decisions of draft minutes are listed (marked «(utkast)») or left out, and
an optional case number for the header."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_date_short, parse_when
from btvcrm.ui.widgets.common import ui_lang


class ReportPeriodDialog(QDialog):
    """`ReportPeriodDialog(start, end, parent)`; after exec(), `period()` is (start, end) or None."""

    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.setWindowTitle(self.tr("County report: period"))
        self.setMinimumWidth(420)
        self.from_edit = QLineEdit(format_date_short(start, "nb"))
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit = QLineEdit(format_date_short(end, "nb"))
        self.to_edit.setAccessibleName(self.tr("To date"))
        self.from_preview = QLabel()
        self.to_preview = QLabel()
        self.drafts_box = QCheckBox(self.tr("&Include decisions of draft minutes, marked “(draft)”"))
        self.drafts_box.setChecked(True)
        self.drafts_box.setToolTip(self.tr("Unchecked, they are left out and the report says how many meetings"))
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(self.tr("Optional; printed in the report's header"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.from_edit)
        form.addRow("", self.from_preview)
        form.addRow(self.tr("&To"), self.to_edit)
        form.addRow("", self.to_preview)
        form.addRow("", self.drafts_box)
        form.addRow(self.tr("Case &number"), self.case_edit)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make report"))
        ok.setAccessibleName(ok.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.from_edit.textChanged.connect(self._update)
        self.to_edit.textChanged.connect(self._update)
        self._update()

    def _parse(self, edit: QLineEdit, preview: QLabel) -> dt.date | None:
        try:
            day = parse_when(edit.text(), today=clock.today()).date
        except DateParseError as error:
            preview.setText(error.message_for(self.lang))
            preview.setStyleSheet("color: #b91c1c;")
            return None
        preview.setText(format_date_long(day, self.lang))
        preview.setStyleSheet("")
        return day

    def _update(self) -> None:
        start = self._parse(self.from_edit, self.from_preview)
        end = self._parse(self.to_edit, self.to_preview)
        wrong_order = start is not None and end is not None and start > end
        self.error_label.setText(self.tr("The period must start before it ends.") if wrong_order else "")
        self.error_label.setVisible(wrong_order)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(start is not None and end is not None and not wrong_order)

    def period(self) -> tuple[dt.date, dt.date] | None:
        start = self._parse(self.from_edit, self.from_preview)
        end = self._parse(self.to_edit, self.to_preview)
        if start is None or end is None or start > end:
            return None
        return start, end

    def drafts(self) -> str:
        """"mark" or "omit", as reports.builders takes it."""
        from btvcrm.reports.builders import DRAFTS_MARK, DRAFTS_OMIT

        return DRAFTS_MARK if self.drafts_box.isChecked() else DRAFTS_OMIT

    def case_number(self) -> str:
        return " ".join(self.case_edit.text().split())


__all__ = ["ReportPeriodDialog"]
