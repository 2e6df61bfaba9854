"""packaging/check_system_libs.py: `make run` names the missing system libraries and the
exact apt/dnf command, and stays out of the way where no X11 window is opened."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "check_system_libs.py"

# What ldd printed for PySide6 6.x's libqxcb.so on a fresh Debian 12 (abridged).
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007efe3a9d8000)
\tlibQt6XcbQpa.so.6 => /venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x1)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007efe3a87a000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x2)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007efe3a820000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007efe3a78d000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibfancy.so.3 => not found
"""


@pytest.fixture(scope="module")
def check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_system_libs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_ldd(check: ModuleType) -> None:
    assert check.missing_libraries(LDD_FRESH_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libfancy.so.3"]
    assert "libGL.so.1" in check.system_libraries(LDD_FRESH_DEBIAN)
    assert "libQt6XcbQpa.so.6" not in check.system_libraries(LDD_FRESH_DEBIAN)


def test_exact_install_commands(check: ModuleType) -> None:
    commands = check.install_commands(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert commands == {
        "Debian/Ubuntu": "sudo apt install libxcb-icccm4 libxcb-keysyms1",
        "Fedora": "sudo dnf install xcb-util-wm xcb-util-keysyms",
    }
    odd = check.install_commands(["libxcb-xinerama.so.0", "libfancy.so.3"])
    assert odd["Debian/Ubuntu"].startswith("sudo apt install libxcb-xinerama0")
    assert "apt-file search libfancy.so.3" in odd["Debian/Ubuntu"]
    assert odd["Fedora"] == "sudo dnf install libxcb 'libfancy.so.3()(64bit)'"


def test_the_packages_the_issue_names_are_known(check: ModuleType) -> None:
    debian = {pair[0] for pair in check.PACKAGES.values()}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libxcb-xinerama0",
            "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libegl1", "libgl1", "libfontconfig1",
            "libdbus-1-3"} <= debian


def test_report_puts_the_own_distribution_first(check: ModuleType) -> None:
    text = check.report(["libxcb-icccm.so.4"], "Fedora")
    assert text.index("Fedora:") < text.index("Debian/Ubuntu:")
    assert "sudo apt install libxcb-icccm4" in text and "BTVCRM_SKIP_LIB_CHECK=1" in text
    assert check.distribution('PRETTY_NAME="Ubuntu 24.04"\nID=ubuntu\nID_LIKE=debian\n') == "Debian/Ubuntu"
    assert check.distribution('ID=fedora\n') == "Fedora"
    assert check.distribution('ID=arch\n') == ""


@pytest.mark.parametrize(
    ("environ", "platform", "skipped"),
    [
        ({}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", True),
        ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "darwin", True),
        ({}, "win32", True),
        ({"BTVCRM_SKIP_LIB_CHECK": "1"}, "linux", True),
    ],
)
def test_when_the_check_runs(check: ModuleType, environ: dict[str, str], platform: str, skipped: bool) -> None:
    assert (check.skip_reason(environ, platform) is not None) is skipped


def test_the_script_runs_here(tmp_path: Path) -> None:
    """On this machine: exit 0 (all there, or skipped offscreen) or 1 with the commands; never a traceback."""
    for extra in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "xcb"}):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **extra}
        result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, check=False)
        assert "Traceback" not in result.stderr
        if extra["QT_QPA_PLATFORM"] == "offscreen":
            assert result.returncode == 0 and result.stderr == ""
        else:
            assert result.returncode in (0, 1)
            if result.returncode == 1:
                assert "sudo apt install" in result.stderr and "sudo dnf install" in result.stderr
