"""Before `make run`: are the system libraries Qt's X11 (xcb) platform needs installed?

Qt's own message when one is missing names libxcb-cursor0 whatever is missing
(on a fresh Debian 12 it was libxcb-icccm4 and libxcb-keysyms1). This script asks
`ldd` about PySide6's `Qt/plugins/platforms/libqxcb.so` and its dependencies and,
when a library is not found, prints the exact install command for Debian/Ubuntu
(apt) and Fedora (dnf), then exits 1 so `make run` stops before Qt aborts.

Skipped (exit 0): not Linux; QT_QPA_PLATFORM naming no xcb (offscreen, wayland, …);
a Wayland session without QT_QPA_PLATFORM; BTVCRM_SKIP_LIB_CHECK=1; no `ldd`;
PySide6 not installed (the app says so itself).

Usage: python packaging/check_system_libs.py [--list] [PATH]
  --list  print every system library the xcb platform uses, with its packages
  PATH    a libqxcb.so, or a folder to look for it in (e.g. the packaged dist/btvcrm);
          default: the one of the PySide6 this Python imports
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package), for what libqxcb.so pulls in.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libexpat.so.1": ("libexpat1", "expat"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """Sonames `ldd` could not find, in order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def system_libraries(ldd_output: str) -> list[str]:
    """Sonames `ldd` found outside PySide6 (the system's part)."""
    return list(dict.fromkeys(name for name, path in _FOUND.findall(ldd_output) if "PySide6" not in path))


def install_commands(sonames: list[str]) -> dict[str, str]:
    """{"Debian/Ubuntu": "sudo apt install …", "Fedora": "sudo dnf install …"}."""
    known = [s for s in sonames if s in PACKAGES]
    unknown = [s for s in sonames if s not in PACKAGES]
    debian = list(dict.fromkeys(PACKAGES[s][0] for s in known))
    # dnf installs by what a package provides; apt needs apt-file to find the package.
    fedora = list(dict.fromkeys(PACKAGES[s][1] for s in known)) + [f"'{s}()(64bit)'" for s in unknown]
    apt = "sudo apt install " + " ".join(debian) if debian else ""
    if unknown:
        hint = "apt-file search " + " ".join(unknown)
        apt = f"{apt}   # + {hint}" if apt else hint
    return {"Debian/Ubuntu": apt, "Fedora": "sudo dnf install " + " ".join(fedora)}


def skip_reason(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why no check is needed here, or None to check."""
    if environ.get("BTVCRM_SKIP_LIB_CHECK", "") not in ("", "0"):
        return "BTVCRM_SKIP_LIB_CHECK is set"
    if not platform.startswith("linux"):
        return f"not Linux ({platform})"
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        names = [part.split(":")[0].strip().lower() for part in requested.split(";")]
        if "xcb" not in names:
            return f"QT_QPA_PLATFORM={requested}"
        return None
    if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" or environ.get("WAYLAND_DISPLAY"):
        return "a Wayland session (Qt uses its wayland platform)"
    return None


def qxcb_plugin(where: str | None = None) -> Path | None:
    if where is not None:
        path = Path(where)
        if path.is_dir():
            return next(iter(sorted(path.rglob("libqxcb.so"))), None)
        return path if path.is_file() else None
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def run_ldd(plugin: Path) -> str | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def distribution(os_release: str) -> str:
    """"Debian/Ubuntu", "Fedora" or "" from the text of /etc/os-release."""
    ids = " ".join(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", os_release, re.MULTILINE)).lower().split()
    if {"debian", "ubuntu"} & set(ids):
        return "Debian/Ubuntu"
    if {"fedora", "rhel", "centos"} & set(ids):
        return "Fedora"
    return ""


def report(missing: list[str], distro: str = "") -> str:
    commands = install_commands(missing)
    order = sorted(commands, key=lambda name: name != distro)
    lines = [
        "btvcrm: Qt trenger systembiblioteker som mangler (for vinduer på X11/xcb):",
        "btvcrm: Qt needs system libraries that are missing (for windows on X11/xcb):",
        "  " + ", ".join(missing),
        "",
        "Installer dem / install them:",
    ]
    lines += [f"  {name + ':':<15} {commands[name]}" for name in order]
    lines += [
        "",
        "Uten vindu (bare kommandolinjen) trengs de ikke: .venv/bin/btvcrm --help",
        "To skip this check: BTVCRM_SKIP_LIB_CHECK=1 make run",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("--")]
    plugin = qxcb_plugin(paths[0] if paths else None)
    if "--list" in args:
        output = run_ldd(plugin) if plugin else None
        if output is None:
            print("ldd or PySide6's libqxcb.so not available here.")
            return 0
        for soname in system_libraries(output) + missing_libraries(output):
            debian, fedora = PACKAGES.get(soname, ("?", "?"))
            print(f"{soname:<26} {debian:<22} {fedora}")
        return 0
    if skip_reason(os.environ) is not None or plugin is None:
        return 0
    output = run_ldd(plugin)
    if output is None:
        return 0
    missing = missing_libraries(output)
    if not missing:
        return 0
    try:
        os_release = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        os_release = ""
    print(report(missing, distribution(os_release)), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
