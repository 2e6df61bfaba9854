"""One of each document from the demo data, rendered once for the report tests."""

from __future__ import annotations

import pytest

from btvcrm.demo import fill_demo
from btvcrm.reports.demo_samples import documents
from btvcrm.storage.crm import Crm


@pytest.fixture(scope="session")
def demo_documents() -> dict[str, bytes]:
    """File name -> PDF bytes for minutes (draft, public version, approved), the county
    report, the meeting brief and an innsyn, as `make samples` writes them."""
    with Crm.open(None) as crm:
        fill_demo(crm)
        return documents(crm)
