"""Shared helpers for tests/safety (not a test module).

`run_without_root_powers` runs a command as a process for which file permissions
count: when the tests run as root (the CI container does), it drops the
capabilities that let root ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH,
CAP_FOWNER) from the bounding set before the exec, so a read-only folder really is
read-only for the child. As another user it just runs the command.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_PR_CAPBSET_DROP = 24
_CAPS_THAT_IGNORE_PERMISSIONS = (1, 2, 3)  # DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER
_DROP_FAILED = 97


def _drop_root_powers() -> None:  # runs in the child between fork and exec
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _CAPS_THAT_IGNORE_PERMISSIONS:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(_DROP_FAILED)


def run_without_root_powers(argv: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    if sys.platform != "linux" and os.geteuid() == 0:
        pytest.skip("dropping root's powers over file permissions needs Linux capabilities")
    preexec = _drop_root_powers if os.geteuid() == 0 else None
    result = subprocess.run(list(argv), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                            preexec_fn=preexec)
    if result.returncode == _DROP_FAILED:
        pytest.skip("could not drop CAP_DAC_OVERRIDE for the child process (no permission to)")
    return result


def btvcrm_argv(*arguments: str) -> list[str]:
    """`python -c "...main([...])"` for the CLI in a child process (the source tree first)."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from btvcrm.cli import main; "
            f"sys.exit(main({list(arguments)!r}))")
    return [sys.executable, "-c", code]


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BTVCRM_")}
    env["BTVCRM_HOME"] = str(home)
    return env


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Name -> sha256 of every file in `folder` (not recursive): what a refused command must not change."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def one_line_error(err: str) -> str:
    """stderr of a command that failed as a user error: one line, `btvcrm: …`, no traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert len(lines) == 1 and lines[0].startswith("btvcrm: "), err
    return lines[0]
