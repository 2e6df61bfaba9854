"""A guard against PySide6 6.12.0's reference leak on None (issue 16).

PySide6 6.12.0 returns None from void methods (`setText`, `setData`, …) and
from `data()` of an unset role without a reference of its own. On Python 3.12+
None is immortal and this is harmless; on 3.11 every such call takes one
reference from None, and a session that builds enough rows aborts with
"Fatal Python error: none_dealloc: deallocating None" (often at exit, while
garbage-collecting). The minimal repro is in tests/ui/test_pyside_refcounts.py.

The cause is in the binding and cannot be fixed from here; 6.11 does not leak,
but its lupdate misses plural forms the catalogue has (`make ts` needs 6.12).
So, only on Python < 3.12 with an affected PySide6, None is made as immortal
as 3.12 makes it: its reference count is raised once by 2**40, which no
session can spend. Nothing else is touched; None is never freed in any case.
"""

from __future__ import annotations

import sys

# PySide6 releases known to leak references to None.
AFFECTED = {"6.12.0"}
HEADROOM = 1 << 40


def none_is_protected() -> bool:
    return sys.version_info >= (3, 12) or sys.getrefcount(None) > HEADROOM // 2


def protect_none(version: str) -> bool:
    """Raise None's reference count if `version` leaks it; True when None is safe."""
    if sys.version_info >= (3, 12) or version not in AFFECTED or none_is_protected():
        return True
    if sys.implementation.name != "cpython":
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    # ob_refcnt is the object's first field in release builds; check before writing.
    if abs(count.value - (sys.getrefcount(None) - 1)) > 16:
        return False
    count.value += HEADROOM
    return True
