"""The "PDF" buttons: a report builder (btvcrm.reports.builders) plus a renderer.

Imported lazily; when the builders are not there, the button is hidden."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from btvcrm.domain.errors import UserError
from btvcrm.ui.widgets.common import show_user_error

# kind -> (builder name in btvcrm.reports.builders, renderer module, renderer function)
REPORTS = {
    "minutes": ("build_minutes_doc", "btvcrm.reports.minutes", "render_minutes"),
    "brief": ("build_brief_doc", "btvcrm.reports.brief", "render_brief"),
    "county": ("build_county_report_doc", "btvcrm.reports.county_report", "render_county_report"),
}


def report_functions(kind: str) -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    builder_name, module_name, render_name = REPORTS[kind]
    try:
        builders = importlib.import_module("btvcrm.reports.builders")
        renderer = importlib.import_module(module_name)
    except ImportError:
        return None
    build = getattr(builders, builder_name, None)
    render = getattr(renderer, render_name, None)
    if build is None or render is None:
        return None
    return build, render


def export_pdf(parent: QWidget, kind: str, suggested_name: str, *args: Any) -> Path | None:
    """Ask where to save, build and render; a UserError becomes a message box."""
    functions = report_functions(kind)
    if functions is None:
        return None
    build, render = functions
    title = QCoreApplication.translate("PdfExport", "Save PDF")
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested_name, "PDF (*.pdf)")
    if not name:
        return None
    try:
        doc = build(*args)
        render(doc, Path(name))
    except (UserError, OSError) as error:
        show_user_error(parent, error)
        return None
    return Path(name)
