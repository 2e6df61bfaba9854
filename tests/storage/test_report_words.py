"""Words the core shows: `btvcrm check`'s count is a real plural; the follow-up groups use the glossary."""

from __future__ import annotations

import pytest

from btvcrm.storage.check import CheckReport
from btvcrm.storage.follow_ups import GROUP_LABELS


@pytest.mark.parametrize(("count", "last_line"), [(0, "Alt i orden."), (1, "1 problem funnet."),
                                                  (2, "2 problemer funnet."), (11, "11 problemer funnet.")])
def test_check_counts_problems_in_proper_norwegian(count: int, last_line: str) -> None:
    report = CheckReport(problems=[f"Feil {n}" for n in range(count)], checked=["Integritet"])
    assert report.text().splitlines()[-1] == last_line


def test_the_done_group_is_utfort_as_in_the_glossary() -> None:
    assert GROUP_LABELS["done"] == ("Utført", "Done")
    assert not any("Fullført" in nb for nb, _ in GROUP_LABELS.values())
