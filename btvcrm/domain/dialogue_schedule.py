"""The one-to-one schedule of a market dialogue, as a pure function.

Rules (each held by a test in tests/dialogue/test_schedule.py):

- every supplier who asked gets exactly one slot, and every slot has the same
  length;
- slots run in rounds: round k starts at `start + k * (slot + break)`, with one
  slot per room in each round;
- the order is either a random draw or the registration time. The draw is
  `random.Random(seed).shuffle` over the suppliers sorted by registration time
  (then id): the same seed and the same registrations give the same order, so
  the draw can be shown and repeated;
- suppliers are placed in that order, each in the earliest round with a free
  room where none of its people is already busy (a person registered for two
  suppliers is never in two places at once);
- a late registration is appended: the existing slots stay as they are and the
  newcomer gets the first free place from the last existing round on;
- the one-to-ones are held on one day: `past_midnight` finds a slot that would end
  after midnight (the service refuses such a schedule, and warns when a late
  registration is appended past it).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from btvcrm.domain.market_dialogue import ScheduleOrder, Slot


@dataclass(frozen=True)
class SlotRequest:
    """A supplier who asked for a one-to-one: its registration, when, and who comes."""

    registration_id: int
    registered_at: dt.datetime
    people: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ScheduleParams:
    starts_at: dt.datetime
    slot_minutes: int
    break_minutes: int = 0
    rooms: int = 1

    @property
    def step(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.slot_minutes + self.break_minutes)

    def round_start(self, index: int) -> dt.datetime:
        return self.starts_at + index * self.step


def order_requests(requests: Sequence[SlotRequest], order: ScheduleOrder, seed: int | None) -> list[SlotRequest]:
    """The suppliers in the order they are given slots."""
    by_time = sorted(requests, key=lambda r: (r.registered_at, r.registration_id))
    if order is ScheduleOrder.REGISTRATION:
        return by_time
    if seed is None:
        raise ValueError("a draw needs a seed")
    random.Random(seed).shuffle(by_time)
    return by_time


def _overlaps(a_start: dt.datetime, a_minutes: int, b_start: dt.datetime, b_minutes: int) -> bool:
    a_end = a_start + dt.timedelta(minutes=a_minutes)
    b_end = b_start + dt.timedelta(minutes=b_minutes)
    return a_start < b_end and b_start < a_end


def _round_of(params: ScheduleParams, moment: dt.datetime) -> int:
    seconds = (moment - params.starts_at).total_seconds()
    step = params.step.total_seconds()
    return max(0, int(seconds // step)) if step > 0 else 0


def plan(
    params: ScheduleParams,
    ordered: Sequence[SlotRequest],
    *,
    existing: Sequence[Slot] = (),
    people_of: Mapping[int, frozenset[int]] | None = None,
    late: bool = False,
) -> list[Slot]:
    """Slots for `ordered` (in that order), around the `existing` active slots.

    With `existing` slots, new ones go from the last existing round on
    (appended, never before a supplier placed earlier). `people_of` gives the
    people of the existing slots' registrations.
    """
    people = dict(people_of or {})
    for request in ordered:
        people[request.registration_id] = request.people
    placed: list[Slot] = [s for s in existing if s.active]
    already = {s.registration_id for s in placed}
    first_round = max((_round_of(params, s.starts_at) for s in placed), default=0)
    position = max((s.position for s in placed), default=-1) + 1
    result: list[Slot] = []
    for request in ordered:
        if request.registration_id in already:
            continue
        index = first_round
        while True:
            start = params.round_start(index)
            room = _free_room(params, placed, start, request.people, people)
            if room is not None:
                break
            index += 1
        slot = Slot(registration_id=request.registration_id, starts_at=start, minutes=params.slot_minutes,
                    room=room, position=position, late=late)
        position += 1
        placed.append(slot)
        result.append(slot)
        already.add(request.registration_id)
    return result


def _free_room(params: ScheduleParams, placed: Sequence[Slot], start: dt.datetime, who: frozenset[int],
               people: Mapping[int, frozenset[int]]) -> int | None:
    busy_rooms: set[int] = set()
    for slot in placed:
        if not _overlaps(slot.starts_at, slot.minutes, start, params.slot_minutes):
            continue
        if who & people.get(slot.registration_id, frozenset()):
            return None  # someone of ours is in another meeting then
        busy_rooms.add(slot.room)
    for room in range(1, params.rooms + 1):
        if room not in busy_rooms:
            return room
    return None


def past_midnight(day_start: dt.datetime, slots: Sequence[Slot]) -> Slot | None:
    """The last active slot that ends after midnight of the schedule's day (Oslo time),
    or None when the day holds them all. A schedule may end at 24.00, not later."""
    from btvcrm.domain.clock import OSLO

    local = day_start.astimezone(OSLO)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(0, 0), tzinfo=OSLO)
    late = [s for s in slots if s.active and s.ends_at > midnight]
    return max(late, key=lambda s: s.ends_at) if late else None


@dataclass(frozen=True)
class Conflict:
    """Two active slots at the same time in the same room, or with a person in both."""

    first: Slot
    second: Slot
    room: int | None = None
    person_id: int | None = None


def conflicts(slots: Sequence[Slot], people_of: Mapping[int, frozenset[int]]) -> list[Conflict]:
    """Every pair of active slots that overlap in time and share a room or a person."""
    active = sorted((s for s in slots if s.active), key=lambda s: (s.starts_at, s.room, s.id or 0))
    found: list[Conflict] = []
    for i, first in enumerate(active):
        for second in active[i + 1:]:
            if second.starts_at >= first.ends_at:
                break  # sorted by start: no later slot overlaps `first` either
            if first.room == second.room:
                found.append(Conflict(first, second, room=first.room))
                continue
            shared = people_of.get(first.registration_id, frozenset()) & people_of.get(
                second.registration_id, frozenset())
            if shared:
                found.append(Conflict(first, second, person_id=min(shared)))
    return found
