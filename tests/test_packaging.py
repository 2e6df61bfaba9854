"""Fast checks of the packaging files (no PyInstaller build; `make dist-test` does that)."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import btvcrm

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "btvcrm.spec"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
DESKTOP = RESOURCES / "btvcrm.desktop"
ABOUT_TS = RESOURCES / "translations" / "btvcrm_nb.ts"
ABOUT_PY = ROOT / "btvcrm" / "ui" / "about_dialog.py"


# ---------------------------------------------------------------- the spec
def test_spec_is_python_and_bundles_resources() -> None:
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(SPEC))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= called
    assert '"btvcrm" / "__main__.py"' in source
    assert '(str(ROOT / "resources"), "resources")' in source
    assert "exclude_binaries=True" in source  # one-folder build
    assert 'NAME = "btvcrm"' in source


def test_spec_excludes_tkinter_and_unused_qt() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert '"tkinter"' in source
    assert re.search(r'QT_MODULES_USED = \{"QtCore", "QtGui", "QtWidgets", "QtSvg"\}', source)


def test_app_imports_only_the_qt_modules_the_spec_keeps() -> None:
    """A new Qt module in the app must be added to QT_MODULES_USED, or the build lacks it."""
    kept = set(re.search(r"QT_MODULES_USED = \{([^}]*)\}", SPEC.read_text(encoding="utf-8"))
               .group(1).replace('"', "").replace(" ", "").split(","))
    used = set()
    for path in (ROOT / "btvcrm").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    used.add(parts[1])
    assert used <= kept, sorted(used - kept)


def test_spec_sets_icon_and_windows_version() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "icon=ICON" in source
    assert "version=VERSION_FILE" in source
    assert "btvcrm.ico" in source


def test_version_info_is_a_vsversioninfo_expression() -> None:
    text = (ROOT / "packaging" / "version_info.txt").read_text(encoding="utf-8")
    expr = ast.parse(text, mode="eval").body
    assert isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)
    assert expr.func.id == "VSVersionInfo"
    strings = dict(re.findall(r"StringStruct\('(\w+)',\s*'([^']*)'\)", text))
    assert strings["ProductName"] == "btvcrm"
    assert strings["OriginalFilename"] == "btvcrm.exe"
    for key in ("CompanyName", "FileDescription", "FileVersion", "ProductVersion", "LegalCopyright"):
        assert strings[key]


def test_spec_version_comes_from_the_package() -> None:
    init = (ROOT / "btvcrm" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', init, re.M)
    assert match and match.group(1) == btvcrm.__version__


# ---------------------------------------------------------------- scripts
@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_dist_test_script_is_valid_bash() -> None:
    script = ROOT / "packaging" / "dist_test.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "env -i" in text
    for needed in ("--version", " demo", "search ferje", "list meetings --json",
                   "report county Telemark", "%PDF", " check", "--check-pages"):
        assert needed in text, needed


def test_dist_test_refuses_a_missing_program(tmp_path: Path) -> None:
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "dist_test.sh"), str(tmp_path / "nothing")],
        capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "make dist" in result.stderr


# ---------------------------------------------------------------- icons
def test_icon_files_exist() -> None:
    for name in ("btvcrm.svg", "btvcrm.png", "btvcrm.ico"):
        assert (ICONS / name).is_file(), name


def test_svg_icon_is_valid(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "btvcrm.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 256


def test_png_icon_loads_at_256(qapp) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "btvcrm.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()


def test_ico_holds_several_sizes_including_256() -> None:
    data = (ICONS / "btvcrm.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert offset + length <= len(data)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


# ---------------------------------------------------------------- .desktop
def test_desktop_entry_has_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "btvcrm"
    assert entry["GenericName[nb]"].startswith("Kontaktregister")
    assert entry["Exec"].split()[0] == "btvcrm"
    assert entry["Icon"] == "btvcrm"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert "Office" in categories.split(";")


# ---------------------------------------------------------------- About dialog
def _tr_strings() -> set[str]:
    tree = ast.parse(ABOUT_PY.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr" and node.args):
            arg = node.args[0]
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), ast.dump(arg)
            found.add(arg.value)
    return found


def test_about_strings_have_bokmal_translations() -> None:
    root = ET.parse(ABOUT_TS).getroot()
    contexts = {ctx.findtext("name"): ctx for ctx in root.iter("context")}
    assert "AboutDialog" in contexts
    translated = {
        msg.findtext("source"): msg.findtext("translation")
        for msg in contexts["AboutDialog"].iter("message")
    }
    strings = _tr_strings()
    assert strings
    missing = sorted(s for s in strings if not translated.get(s))
    assert not missing, missing
    for source, translation in translated.items():
        # placeholders survive translation
        assert set(re.findall(r"%\d", source or "")) == set(re.findall(r"%\d", translation or ""))


@pytest.mark.gui
def test_about_dialog_shows_name_version_and_licences(qtbot) -> None:
    from btvcrm.ui.about_dialog import AboutDialog

    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_label.text() == "btvcrm"
    assert btvcrm.__version__ in dialog.version_label.text()
    assert dialog.programme_label.text() == btvcrm.PROGRAMME_NAME
    table = dialog.components_table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["PySide6 / Shiboken6"].startswith("LGPL-3.0")
    assert rows["ReportLab"].startswith("BSD")
    assert rows["sqlite-utils"] == "Apache-2.0"
    assert rows["openpyxl"] == "MIT"
    assert "icalendar" in rows and "python-dateutil" in rows
    assert "Bitstream" in dialog.font_licence.toPlainText()
    assert not dialog.icon.isNull()
