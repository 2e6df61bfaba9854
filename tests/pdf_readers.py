"""Second readers for the PDFs we write: poppler's pdftotext. Without it (a machine where
`apt-get install poppler-utils` failed) the test skips with the reason, as the other
second-reader checks do, rather than failing on a missing program."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def pdftotext(path: Path) -> str:
    """The text poppler reads from `path`; skips the test when pdftotext is not installed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def qpdf_problems(path: Path) -> str:
    """What `qpdf --check` finds wrong with `path`, "" when nothing (or when qpdf is not
    installed: the rest of the test still counts, so this check alone is left out)."""
    if shutil.which("qpdf") is None:
        return ""
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    return "" if check.returncode == 0 else check.stdout + check.stderr
