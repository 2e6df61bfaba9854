"""The sample files under tests/exchange/samples/: present, byte-exact, with their sources.

They are copies of other projects' fixtures (SOURCES.md names each one's origin and
licence), kept in the repository so a plain clone runs every exchange test.
SHA256SUMS pins their bytes: line endings (CRLF, LF, CR CR LF, stray CRs) are part
of what they test, and .gitattributes keeps git from converting them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "samples"
SUMS = dict(reversed(line.split(maxsplit=1)) for line in (SAMPLES / "SHA256SUMS").read_text().splitlines())
FILES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".vcf", ".ics", ".csv"))


def test_every_sample_is_pinned_and_has_a_source() -> None:
    sources = (SAMPLES / "SOURCES.md").read_text(encoding="utf-8")
    assert FILES and set(FILES) <= set(SUMS)
    assert [name for name in FILES if name not in sources] == []


@pytest.mark.parametrize("name", sorted(SUMS))
def test_sample_is_byte_exact(name: str) -> None:
    assert hashlib.sha256((SAMPLES / name).read_bytes()).hexdigest() == SUMS[name]


def test_git_keeps_the_bytes() -> None:
    rules = (SAMPLES / ".gitattributes").read_text().splitlines()
    assert "* -text" in rules
