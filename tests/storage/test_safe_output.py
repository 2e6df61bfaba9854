"""safe_output: the data file, its companions, other data files and FIFOs are refused; writes are private."""
import os

import pytest

from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import OutputRefusedError, write_output


def test_refuse(tmp_path):
    db = tmp_path/"a.sqlite"
    crm = Crm.open(db)
    with pytest.raises(OutputRefusedError): write_output(db, b"x")
    link = tmp_path/"l"; link.symlink_to(db)
    with pytest.raises(OutputRefusedError): write_output(link, b"x")
    with pytest.raises(OutputRefusedError): write_output(str(db)+"-wal", b"x")
    other = tmp_path/"b.sqlite"; Crm.open(other).close()
    with pytest.raises(OutputRefusedError): write_output(other, b"x")
    write_output(other, b"x", force=True)
    os.mkfifo(tmp_path/"f")
    with pytest.raises(OutputRefusedError): write_output(tmp_path/"f", b"x")
    out = write_output(tmp_path/"ok.txt", "hei")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    crm.close()
    assert list(tmp_path.glob("*.part")) == []
