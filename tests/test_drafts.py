"""DraftStore: small JSON drafts written atomically; a damaged draft is ignored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from btvcrm.drafts import DraftStore, draft_key


def test_save_load_delete_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    key = draft_key(tmp_path / "crm.sqlite", "quick_log")
    assert store.load(key) is None
    store.save(key, {"title": "Møte med Vestre Viken", "notes": "æøå"})
    draft = store.load(key)
    assert draft is not None
    assert draft.state == {"title": "Møte med Vestre Viken", "notes": "æøå"}
    assert draft.saved_at.tzinfo is not None
    store.delete(key)
    assert store.load(key) is None
    store.delete(key)  # deleting twice is fine


def test_default_folder_is_in_user_data(isolated_home: Path) -> None:
    assert DraftStore().folder == isolated_home / "drafts"


def test_keys_differ_by_file_dialog_and_meeting(tmp_path: Path) -> None:
    keys = {
        draft_key(tmp_path / "a.sqlite", "quick_log"),
        draft_key(tmp_path / "b.sqlite", "quick_log"),
        draft_key(tmp_path / "a.sqlite", "meeting_editor"),
        draft_key(tmp_path / "a.sqlite", "meeting_editor", 7),
        draft_key(tmp_path / "a.sqlite", "meeting_editor", 8),
    }
    assert len(keys) == 5
    assert "-new-" in draft_key(tmp_path / "a.sqlite", "meeting_editor")
    assert "-7-" in draft_key(tmp_path / "a.sqlite", "meeting_editor", 7)


def test_a_bad_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DraftStore(tmp_path).path_for("../escape")


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b'{"state": "x"}', b"\xff\xfe\x00",
                                     b'{"state": {}, "saved_at": "yesterday"}'])
def test_a_corrupt_draft_is_ignored(tmp_path: Path, content: bytes) -> None:
    store = DraftStore(tmp_path)
    key = draft_key(tmp_path / "crm.sqlite", "quick_log")
    store.path_for(key).write_bytes(content)
    assert store.load(key) is None
    store.save(key, {"title": "ny"})  # and a new draft replaces it
    loaded = store.load(key)
    assert loaded is not None and loaded.state == {"title": "ny"}


def test_write_is_atomic_old_draft_survives_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = DraftStore(tmp_path)
    key = draft_key(tmp_path / "crm.sqlite", "quick_log")
    store.save(key, {"title": "gammel"})

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save(key, {"title": "ny"})
    monkeypatch.undo()
    loaded = store.load(key)
    assert loaded is not None and loaded.state == {"title": "gammel"}
    assert [p.name for p in tmp_path.iterdir()] == [store.path_for(key).name]  # no temporary left behind


def test_write_goes_through_fsync_and_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    store = DraftStore(tmp_path)
    path = store.save("quick_log-new-abc", {"a": 1})
    assert calls[:2] == ["fsync", "replace"]
    assert json.loads(path.read_text(encoding="utf-8"))["state"] == {"a": 1}
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # private to this user
