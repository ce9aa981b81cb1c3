"""Keeping events in step with the stored actions: an incremental update and a full rebuild.

`save_report` queues each new action in `events_pending`, in the article's own
transaction. `update_events` places queued actions: each looks up only the
candidates its blocking keys find (by index, within the key's date window) and
joins one event, bridges several (the oldest keeps its id, the others become
its aliases) or starts one. `rebuild_events` recomputes every event from all
actions, keeping every id it can. Both take the `events_state` row first (an
UPDATE: a row lock on PostgreSQL, the database write lock on SQLite), so two
writers update events one after the other and each sees what the other did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)

from sanctionwatch.events.consolidate import (
    Member,
    blocking_keys,
    cluster,
    event_id,
    same_decision,
    sort_group,
)
from sanctionwatch.model import TARGET_KINDS
from sanctionwatch.names import name_keys
from sanctionwatch.store.tables import (
    action_keys,
    actions,
    articles,
    event_actions,
    event_aliases,
    events,
    events_pending,
    events_state,
    targets,
)

# The version of `blocking_keys` and `same_decision` the filed keys were made with:
# raise it when they change, and the next start rebuilds every event (ids kept).
KEYS_VERSION = 2
CHUNK = 200  # queued actions per transaction: keeps each write lock short for other writers


@dataclass
class EventsUpdate:
    placed: int = 0  # queued actions placed in events
    created: int = 0  # new events
    merged: int = 0  # events merged into an older one (their ids now aliases)
    rebuilt: bool = False  # every event was recomputed (keys were outdated)
    events: int = 0  # events in the store afterwards


def _lock(conn: Connection) -> int:
    """Take the events lock for this transaction; the keys version on file."""
    state = events_state.c
    conn.execute(
        update(events_state).where(state.name == "events").values(updates=state.updates + 1)
    )
    return int(conn.scalar(select(state.keys_version).where(state.name == "events")) or 0)


def events_behind(engine: Engine) -> bool:
    """Whether some action waits for its event, or the keys on file are outdated (cheap)."""
    with engine.connect() as conn:
        version = conn.scalar(
            select(events_state.c.keys_version).where(events_state.c.name == "events")
        )
        pending = conn.execute(select(events_pending.c.action_pk).limit(1)).first()
    return version != KEYS_VERSION or pending is not None


def catch_up_events(engine: Engine) -> int:
    """The check on start: place actions left in no event (a crash, an older store).

    Returns how many actions it placed (all news actions when it had to rebuild).
    """
    if not events_behind(engine):
        return 0
    update = update_events(engine)
    if update.rebuilt:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(event_actions)) or 0)
    return update.placed


def update_events(engine: Engine) -> EventsUpdate:
    """Place every queued action in an event; rebuild all first if the keys are outdated."""
    result = EventsUpdate()
    while True:
        with engine.begin() as conn:
            if _lock(conn) != KEYS_VERSION:
                _rebuild(conn)
                result.rebuilt = True
                continue
            pks = list(
                conn.scalars(
                    select(events_pending.c.action_pk)
                    .order_by(events_pending.c.action_pk)
                    .limit(CHUNK)
                )
            )
            if not pks:
                result.events = _count_events(conn)
                return result
            _place(conn, pks, result)


def rebuild_events(engine: Engine) -> int:
    """Recompute every event from all stored news actions, in one transaction; ids kept.

    For a store whose events are behind or suspect: `sanctionwatch events rebuild`.
    """
    with engine.begin() as conn:
        _lock(conn)
        _rebuild(conn)
        return _count_events(conn)


def _count_events(conn: Connection) -> int:
    return int(conn.scalar(select(func.count()).select_from(events)) or 0)


# --- reading members -------------------------------------------------------------


_NAMES = select(targets.c.action_pk, targets.c.name).order_by(targets.c.action_pk, targets.c.seq)
_NAMES_OF = _NAMES.where(targets.c.action_pk.in_(bindparam("pks", expanding=True)))
_MEMBERS = (
    select(actions, articles.c.content_hash)
    .join(articles, articles.c.pk == actions.c.article_pk)
    .where(actions.c.background.is_(False))
)
_MEMBERS_OF = _MEMBERS.where(actions.c.pk.in_(bindparam("pks", expanding=True)))


def _rows(conn: Connection, every: Any, some: Any, pks: list[int] | None) -> Iterable[Any]:
    """`every` over the whole table when `pks` is None, else `some` in chunks of pks."""
    if pks is None:
        yield from conn.execute(every)
        return
    for chunk in _chunks(pks):
        yield from conn.execute(some, {"pks": chunk})


def _members(conn: Connection, action_pks: list[int] | None) -> dict[int, Member]:
    """Members for these actions (all news actions when None), by action pk."""
    names: dict[int, list[str]] = defaultdict(list)
    for action_pk, name in _rows(conn, _NAMES, _NAMES_OF, action_pks):
        names[action_pk].append(name)
    out: dict[int, Member] = {}
    for row in _rows(conn, _MEMBERS, _MEMBERS_OF, action_pks):
        r = row._mapping
        counts = tuple((k, r[f"count_{k}"]) for k in TARGET_KINDS if r[f"count_{k}"] is not None)
        out[r["pk"]] = Member(
            action_pk=r["pk"],
            article_pk=r["article_pk"],
            article_key=r["content_hash"],
            seq=r["seq"],
            authority=r["authority"],
            status=r["status"],
            date=r["date"],
            program=r["program"],
            counts=counts,
            names=tuple(names.get(r["pk"], [])),
        )
    return out


def _chunks(items: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- the incremental update ------------------------------------------------------


def _place(conn: Connection, pks: list[int], result: EventsUpdate) -> None:
    known = _members(conn, pks)  # members read in this chunk, new and candidates alike
    touched: set[int] = set()  # events whose summary must be recomputed
    for pk in pks:
        m = known.get(pk)
        if m is None:  # a background action queued by an older writer: never in an event
            continue
        cand_pks = _candidates(conn, m)
        missing = [c for c in cand_pks if c not in known]
        if missing:
            known.update(_members(conn, missing))
        matched = [c for c in cand_pks if c in known and same_decision(m, known[c])]
        owners = sorted(_events_of(conn, matched))
        if not owners:
            _create(conn, m)  # its summary is written with it: nothing to refresh
            result.created += 1
        else:
            target = owners[0]  # the oldest event keeps its id
            if len(owners) > 1:
                _merge(conn, target, owners[1:])
                result.merged += len(owners) - 1
                touched.difference_update(owners[1:])
            conn.execute(insert(event_actions), {"event_pk": target, "action_pk": m.action_pk})
            touched.add(target)
        _file_keys(conn, [m])
        result.placed += 1
    conn.execute(delete(events_pending).where(events_pending.c.action_pk.in_(pks)))
    for event_pk in touched:
        _refresh(conn, event_pk, known)


KEY_LENGTH = 300  # the column's width; a longer key (a very long name) is cut alike everywhere

# Statements built once: the hot path runs them per action, and building a statement
# costs more than running it on an index.
_KEY, _DATE = action_keys.c.key, action_keys.c.date
_BY_KEYS = select(action_keys.c.action_pk).where(_KEY.in_(bindparam("keys", expanding=True)))
_BY_KEYS_NEAR_OR_UNDATED = _BY_KEYS.where(
    or_(_DATE.between(bindparam("lo"), bindparam("hi")), _DATE.is_(None))
)
_BY_KEYS_NEAR = _BY_KEYS.where(_DATE.between(bindparam("lo"), bindparam("hi")))
_EVENTS_OF = select(event_actions.c.event_pk).where(
    event_actions.c.action_pk.in_(bindparam("pks", expanding=True))
)
_SUMMARY_UPDATE = update(events).where(events.c.pk == bindparam("event_pk"))
_ID_TAKEN = (
    select(events.c.pk)
    .where(events.c.event_id == bindparam("ident"))
    .union_all(select(literal(0)).where(event_aliases.c.alias == bindparam("ident")))
)


def _candidates(conn: Connection, m: Member) -> list[int]:
    """Actions already in events that share a blocking key with `m`, within its window."""
    by_rule: dict[tuple[int, bool], list[str]] = defaultdict(list)
    for bk in blocking_keys(m):
        by_rule[(bk.window, bk.undated)].append(bk.key[:KEY_LENGTH])
    found: set[int] = set()
    for (window, undated), keys in by_rule.items():
        if m.date is None:
            rows = conn.scalars(_BY_KEYS, {"keys": keys})
        else:
            near = {
                "keys": keys,
                "lo": m.date - timedelta(window),
                "hi": m.date + timedelta(window),
            }
            rows = conn.scalars(_BY_KEYS_NEAR_OR_UNDATED if undated else _BY_KEYS_NEAR, near)
        found.update(rows)
    found.discard(m.action_pk)
    return sorted(found)


def _events_of(conn: Connection, action_pks: list[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(action_pks):
        out.update(conn.scalars(_EVENTS_OF, {"pks": chunk}))
    return out


def _file_keys(conn: Connection, members: Iterable[Member]) -> None:
    rows = [
        {"action_pk": m.action_pk, "key": bk.key[:KEY_LENGTH], "date": m.date}
        for m in members
        for bk in blocking_keys(m)
    ]
    for i in range(0, len(rows), 1000):
        conn.execute(insert(action_keys), rows[i : i + 1000])


def _fresh_id(conn: Connection, group: list[Member]) -> str:
    """The id a new event takes: from its earliest member by content, unique for life."""
    base = candidate = event_id(group)
    n = 1
    while conn.execute(_ID_TAKEN, {"ident": candidate}).first() is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _create(conn: Connection, m: Member) -> int:
    values = {"event_id": _fresh_id(conn, [m]), **_summary([m])}
    pk = int(conn.execute(insert(events), values).inserted_primary_key[0])
    conn.execute(insert(event_actions), {"event_pk": pk, "action_pk": m.action_pk})
    return pk


def _merge(conn: Connection, survivor: int, others: list[int]) -> None:
    """Fold `others` into `survivor`; their ids (and aliases) now answer for it."""
    ids = dict(
        conn.execute(
            select(events.c.pk, events.c.event_id).where(events.c.pk.in_([survivor, *others]))
        ).all()
    )
    conn.execute(
        update(event_actions).where(event_actions.c.event_pk.in_(others)).values(event_pk=survivor)
    )
    _alias(conn, [ids[o] for o in others], ids[survivor])
    conn.execute(delete(events).where(events.c.pk.in_(others)))


def _alias(conn: Connection, old_ids: list[str], survivor_id: str) -> None:
    if not old_ids:
        return
    conn.execute(
        update(event_aliases)
        .where(event_aliases.c.event_id.in_(old_ids))
        .values(event_id=survivor_id)
    )
    conn.execute(
        insert(event_aliases), [{"alias": old, "event_id": survivor_id} for old in old_ids]
    )


def _refresh(conn: Connection, event_pk: int, known: dict[int, Member]) -> None:
    """Recompute one event's date, report count and title from its members."""
    pks = list(
        conn.scalars(select(event_actions.c.action_pk).where(event_actions.c.event_pk == event_pk))
    )
    missing = [pk for pk in pks if pk not in known]
    if missing:
        known.update(_members(conn, missing))
    members = [known[pk] for pk in pks if pk in known]
    if members:
        conn.execute(_SUMMARY_UPDATE, {"event_pk": event_pk, **_summary(members)})


def _summary(members: list[Member]) -> dict[str, Any]:
    group = sort_group(members)
    dates = [m.date for m in group if m.date is not None]
    return {
        "authority": group[0].authority,
        "status": group[0].status,
        "date": min(dates) if dates else None,
        "reports": len({m.article_pk for m in group}),
        "title": _title(group),
    }


def _title(group: list[Member]) -> str:
    seen: dict[str, str] = {}
    for m in group:
        for n in m.names:
            seen.setdefault(min(name_keys(n) or {n}), n)
    program = next((m.program for m in group if m.program), None)
    head = f"{group[0].authority} {group[0].status}"
    parts = [head + (f": {program}" if program else "")]
    shown = list(seen.values())
    if shown:
        more = f" and {len(shown) - 3} more" if len(shown) > 3 else ""
        parts.append(", ".join(shown[:3]) + more)
    return " — ".join(parts)


# --- the full rebuild --------------------------------------------------------------


def _rebuild(conn: Connection) -> None:
    """Recompute all events; each keeps the id of the oldest old event it holds."""
    members = _members(conn, None)
    groups = cluster(members.values())
    old_event = dict(
        conn.execute(select(event_actions.c.action_pk, event_actions.c.event_pk)).all()
    )
    old_ids = dict(conn.execute(select(events.c.pk, events.c.event_id)).all())
    olds_of = [
        sorted({old_event[m.action_pk] for m in g if m.action_pk in old_event}) for g in groups
    ]
    order = sorted(range(len(groups)), key=lambda i: (olds_of[i] or [float("inf")])[0])
    kept: dict[int, int] = {}  # group index -> old event pk it keeps
    home: dict[int, int] = {}  # old event pk not kept -> group index that holds its reports
    claimed: set[int] = set()
    for i in order:
        free = [o for o in olds_of[i] if o not in claimed]
        if free:
            kept[i] = free[0]
            claimed.add(free[0])
        for o in olds_of[i]:
            home.setdefault(o, i)
    conn.execute(delete(event_actions))
    conn.execute(delete(action_keys))
    # Only the queued actions read above: one queued since (PostgreSQL) stays queued.
    for chunk in _chunks(list(members)):
        conn.execute(delete(events_pending).where(events_pending.c.action_pk.in_(chunk)))
    group_pk: dict[int, int] = {}
    for i, group in enumerate(groups):
        if i in kept:
            group_pk[i] = kept[i]
            conn.execute(_SUMMARY_UPDATE, {"event_pk": kept[i], **_summary(group)})
        else:  # new ids are chosen while the old rows still exist, so none is reused
            values = {"event_id": _fresh_id(conn, group), **_summary(group)}
            group_pk[i] = int(conn.execute(insert(events).values(**values)).inserted_primary_key[0])
    final_id = dict(conn.execute(select(events.c.pk, events.c.event_id)).all())
    kept_pks = set(kept.values())
    gone = [o for o in old_ids if o not in kept_pks]
    for o in gone:  # a vanished event answers for the event now holding its reports
        if o in home:
            _alias(conn, [old_ids[o]], final_id[group_pk[home[o]]])
    for chunk in _chunks(gone):
        conn.execute(delete(events).where(events.c.pk.in_(chunk)))
    rows = [
        {"event_pk": group_pk[i], "action_pk": m.action_pk} for i, g in enumerate(groups) for m in g
    ]
    for i in range(0, len(rows), 1000):
        conn.execute(insert(event_actions), rows[i : i + 1000])
    _file_keys(conn, members.values())
    conn.execute(
        update(events_state)
        .where(events_state.c.name == "events")
        .values(keys_version=KEYS_VERSION)
    )
