"""`Crm`: one open data file and the services over it.

This is the Qt-free API that the CLI, the desktop app and the tests all use.
Every write goes through `Crm.write()`: one user action, one transaction, and
sqlite3 errors a user can cause become `StorageError`s with a clear sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm.domain import clock
from btvcrm.storage.connection import Database
from btvcrm.storage.database import OpenDatabase, open_database, user_errors

if TYPE_CHECKING:
    from btvcrm.storage.attachments import AttachmentRepository
    from btvcrm.storage.counties import AnchoringRepository, CountyRepository
    from btvcrm.storage.dialogues import DialogueRepository
    from btvcrm.storage.follow_ups import FollowUpRepository
    from btvcrm.storage.initiatives import (
        AssessmentRepository,
        InitiativeRepository,
        LessonRepository,
    )
    from btvcrm.storage.keep_in_touch import OverdueContact
    from btvcrm.storage.meetings import MeetingRepository
    from btvcrm.storage.organisations import OrganisationRepository
    from btvcrm.storage.people import PersonRepository
    from btvcrm.storage.search import SearchService
    from btvcrm.storage.timeline import TimelineService


class Crm:
    def __init__(self, opened: OpenDatabase) -> None:
        self._opened = opened
        self.db: Database = opened.db
        self.path: Path | None = opened.path
        self.readonly = opened.readonly
        self._listeners: list[Callable[[], None]] = []
        self._depth = 0
        self._held = 0
        self._pending_notice = False

    # The repositories, each made (and its module imported) on first use: a command
    # or a first page loads only what it reads (bench/cli_bench.py, startup_bench.py).
    @cached_property
    def counties(self) -> CountyRepository:
        from btvcrm.storage.counties import CountyRepository

        return CountyRepository(self)

    @cached_property
    def anchoring(self) -> AnchoringRepository:
        from btvcrm.storage.counties import AnchoringRepository

        return AnchoringRepository(self)

    @cached_property
    def organisations(self) -> OrganisationRepository:
        from btvcrm.storage.organisations import OrganisationRepository

        return OrganisationRepository(self)

    @cached_property
    def people(self) -> PersonRepository:
        from btvcrm.storage.people import PersonRepository

        return PersonRepository(self)

    @cached_property
    def meetings(self) -> MeetingRepository:
        from btvcrm.storage.meetings import MeetingRepository

        return MeetingRepository(self)

    @cached_property
    def follow_ups(self) -> FollowUpRepository:
        from btvcrm.storage.follow_ups import FollowUpRepository

        return FollowUpRepository(self)

    @cached_property
    def initiatives(self) -> InitiativeRepository:
        from btvcrm.storage.initiatives import InitiativeRepository

        return InitiativeRepository(self)

    @cached_property
    def lessons(self) -> LessonRepository:
        from btvcrm.storage.initiatives import LessonRepository

        return LessonRepository(self)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        from btvcrm.storage.initiatives import AssessmentRepository

        return AssessmentRepository(self)

    @cached_property
    def dialogues(self) -> DialogueRepository:
        from btvcrm.storage.dialogues import DialogueRepository

        return DialogueRepository(self)

    @cached_property
    def search(self) -> SearchService:
        from btvcrm.storage.search import SearchService

        return SearchService(self)

    @cached_property
    def timeline(self) -> TimelineService:
        from btvcrm.storage.timeline import TimelineService

        return TimelineService(self)

    @cached_property
    def attachments(self) -> AttachmentRepository:
        from btvcrm.storage.attachments import AttachmentRepository

        return AttachmentRepository(self)

    @classmethod
    def open(cls, path: Path | str | None, *, readonly: bool = False, create: bool = True,
             backup_folder: Path | None = None) -> Crm:
        """Open a file (migrated as needed; created when missing unless `create=False`);
        `None` is an in-memory file. The CLI and the app open through
        `services.data_file`, which says which commands may create a file. Code that opens
        a file which must already be there (a copy to verify, a file to move) passes
        `create=False`, or a missing file passes as a new empty one. (The default stays
        `True`: some 240 calls in the tests, and the ones in flight, create their files.)"""
        return cls(open_database(path, readonly=readonly, create=create, backup_folder=backup_folder))

    @property
    def read_how(self) -> str:
        """For a read-only file: "in-place", "immutable" (a read-only folder) or "copy"."""
        return self._opened.how

    def close(self) -> None:
        self._opened.close()

    def __enter__(self) -> Crm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction; nested calls join the outer one. Listeners run after commit."""
        if self.readonly:
            from btvcrm.storage.errors import ReadOnlyError

            raise ReadOnlyError("Datafilen er åpnet bare for lesing; endringen ble ikke lagret.")
        self._depth += 1
        try:
            with user_errors(self.path), self.db.atomic():
                yield self.db
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._notify()

    def _notify(self) -> None:
        if self._held:
            self._pending_notice = True
            return
        for listener in list(self._listeners):
            listener()

    @contextlib.contextmanager
    def listeners_held(self) -> Iterator[None]:
        """Hold change notices (say, while a worker thread writes); on leaving,
        listeners run once, on the caller's thread, if anything was committed."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if self._held == 0 and self._pending_notice:
                self._pending_notice = False
                self._notify()

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Called after every committed change (the UI refreshes; backups note work)."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(callback)

    def overdue_key_contacts(self, today: dt.date | None = None) -> list[OverdueContact]:
        """Key organisations and people past their keep-in-touch interval."""
        from btvcrm.storage.keep_in_touch import overdue_key_contacts

        return overdue_key_contacts(self, today or clock.today())

    def is_empty(self) -> bool:
        """No user data yet (the three default counties do not count)."""
        for table in ("organisations", "people", "meetings", "follow_ups", "initiatives", "lessons"):
            if self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return False
        return not self.db.execute("SELECT 1 FROM anchoring_changes LIMIT 1").fetchone()
