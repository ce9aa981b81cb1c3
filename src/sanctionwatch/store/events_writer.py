"""Keeping events in step with the stored actions: an incremental update and a full rebuild.

`save_report` queues each new action in `events_pending`, in the article's own
transaction. `update_events` places queued actions: each looks up only the
candidates its blocking keys find (by index, within the key's date window) and
joins one event, bridges several (the oldest keeps its id, the others become
its aliases) or starts one. Where an undated report is involved, the events of
the action's family (`events.family`) are grouped again with the same
`cluster` as the rebuild, so an update can also move an undated report or split
an event it had wrongly bridged (`events.ids` says which part keeps which id).
`rebuild_events` recomputes every event from all actions, keeping every id it
can. Both take the `events_state` row first (an UPDATE: a row lock on
PostgreSQL, the database write lock on SQLite), so two writers update events one
after the other and each sees what the other did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

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
    cluster_families,
    event_id,
    same_decision,
    sort_group,
)
from sanctionwatch.events.ids import assign_ids
from sanctionwatch.model import TARGET_KINDS
from sanctionwatch.names import name_keys
from sanctionwatch.store.db import new_pk
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
KEYS_VERSION = 3  # 3: undated reports bounded by dates; events carry their family
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
    select(actions, articles.c.content_hash, articles.c.published)
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
            published=r["published"],
        )
    return out


_T = TypeVar("_T")


def _chunks(items: list[_T], size: int = 500) -> Iterable[list[_T]]:
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
            scope = _family_events(conn, owners)
            members = _event_members(conn, scope, known)
            if m.date is not None and all(x.date is not None for x in members):
                # Dated reports only: the groups are the one-decision pairs' closure, so
                # the report joins its events, bridging them (the oldest id survives).
                target = owners[0]
                if len(owners) > 1:
                    _merge(conn, target, owners[1:])
                    result.merged += len(owners) - 1
                    touched.difference_update(owners[1:])
                conn.execute(insert(event_actions), {"event_pk": target, "action_pk": m.action_pk})
                _set_family(conn, [target], min(m.action_pk, *(x.action_pk for x in members)))
                touched.add(target)
            else:  # an undated report is in play: group the family again, as a rebuild would
                old_of = {a: e for e, xs in scope.items() for a in xs}
                created, merged = _regroup(conn, [*members, m], old_of)
                result.created += created
                result.merged += merged
                touched.difference_update(scope)
        _file_keys(conn, [m])
        result.placed += 1
    conn.execute(delete(events_pending).where(events_pending.c.action_pk.in_(pks)))
    alive = set(conn.scalars(select(events.c.pk).where(events.c.pk.in_(sorted(touched)))))
    for event_pk in touched & alive:
        _refresh(conn, event_pk, known)


def _family_events(conn: Connection, owners: list[int]) -> dict[int, list[int]]:
    """Every event in the families of `owners`, with its action pks."""
    fams = set(conn.scalars(select(events.c.family).where(events.c.pk.in_(owners))))
    fams.discard(None)
    pks = set(owners)
    if fams:
        pks.update(conn.scalars(select(events.c.pk).where(events.c.family.in_(sorted(fams)))))
    out: dict[int, list[int]] = {p: [] for p in pks}
    for chunk in _chunks(sorted(pks)):
        rows = conn.execute(
            select(event_actions.c.event_pk, event_actions.c.action_pk).where(
                event_actions.c.event_pk.in_(chunk)
            )
        )
        for event_pk, action_pk in rows:
            out[event_pk].append(action_pk)
    return out


def _event_members(
    conn: Connection, scope: dict[int, list[int]], known: dict[int, Member]
) -> list[Member]:
    pks = [a for xs in scope.values() for a in xs]
    missing = [a for a in pks if a not in known]
    if missing:
        known.update(_members(conn, missing))
    return [known[a] for a in pks if a in known]


def _set_family(conn: Connection, event_pks: list[int], family: int) -> None:
    conn.execute(update(events).where(events.c.pk.in_(event_pks)).values(family=family))


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
    values = {"event_id": _fresh_id(conn, [m]), **_summary([m]), "family": m.action_pk}
    pk = new_pk(conn.execute(insert(events), values))
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
    """Recompute all events; ids kept as `events.ids` plans them."""
    members = _members(conn, None)
    old_of = dict(conn.execute(select(event_actions.c.action_pk, event_actions.c.event_pk)).all())
    _regroup(conn, list(members.values()), old_of)
    # An event left holding no report (none should be) is gone.
    conn.execute(delete(events).where(events.c.pk.not_in(select(event_actions.c.event_pk))))
    conn.execute(delete(action_keys))
    # Only the queued actions read above: one queued since (PostgreSQL) stays queued.
    for chunk in _chunks(list(members)):
        conn.execute(delete(events_pending).where(events_pending.c.action_pk.in_(chunk)))
    _file_keys(conn, members.values())
    conn.execute(
        update(events_state)
        .where(events_state.c.name == "events")
        .values(keys_version=KEYS_VERSION)
    )


# --- grouping again: the rebuild, and an update where an undated report is in play ---

_MOVE = (
    update(event_actions)
    .where(event_actions.c.action_pk == bindparam("a"))
    .values(event_pk=bindparam("e"))
)
_POINT = (
    update(event_aliases)
    .where(event_aliases.c.alias == bindparam("a"))
    .values(event_id=bindparam("ident"))
)


def _regroup(conn: Connection, members: list[Member], old_of: dict[int, int]) -> tuple[int, int]:
    """Group `members` (whole families) and store the groups, keeping ids.

    `old_of` maps each stored member's action pk to its event pk; a member not in it
    is new. Returns (events created, events merged away).
    """
    grouped = cluster_families(members)
    old_ids: dict[int, str] = {}
    for chunk in _chunks(sorted(set(old_of.values()))):
        old_ids.update(
            conn.execute(select(events.c.pk, events.c.event_id).where(events.c.pk.in_(chunk))).all()
        )
    aliases: dict[str, str] = {}
    for id_chunk in _chunks(sorted(old_ids.values())):
        aliases.update(
            conn.execute(
                select(event_aliases.c.alias, event_aliases.c.event_id).where(
                    event_aliases.c.event_id.in_(id_chunk)
                )
            ).all()
        )
    plan = assign_ids([g for g, _ in grouped], old_of, old_ids, aliases)
    group_pk: dict[int, int] = {}
    final_id: dict[int, str] = {}
    created = 0
    for g, (group, family) in enumerate(grouped):
        summary = {**_summary(group), "family": family}
        if g in plan.keep:
            group_pk[g] = plan.keep[g]
            final_id[g] = old_ids[plan.keep[g]]
            conn.execute(_SUMMARY_UPDATE, {"event_pk": group_pk[g], **summary})
            continue
        if g in plan.reclaim:  # a part split off takes back the id it had before a merge
            final_id[g] = plan.reclaim[g]
            conn.execute(delete(event_aliases).where(event_aliases.c.alias == final_id[g]))
        else:  # chosen while the old rows still exist, so no id is reused
            final_id[g] = _fresh_id(conn, group)
        values = {"event_id": final_id[g], **summary}
        group_pk[g] = new_pk(conn.execute(insert(events).values(**values)))
        created += 1
    moves: list[dict[str, int]] = []
    adds: list[dict[str, int]] = []
    for g, (group, _) in enumerate(grouped):
        for m in group:
            if m.action_pk not in old_of:
                adds.append({"event_pk": group_pk[g], "action_pk": m.action_pk})
            elif old_of[m.action_pk] != group_pk[g]:
                moves.append({"a": m.action_pk, "e": group_pk[g]})
    for rows, statement in ((moves, _MOVE), (adds, insert(event_actions))):
        for i in range(0, len(rows), 1000):
            conn.execute(statement, rows[i : i + 1000])
    retired = [{"alias": old_ids[o], "event_id": final_id[g]} for o, g in plan.retire.items()]
    if retired:
        conn.execute(insert(event_aliases), retired)
    new_aliases = {r["alias"] for r in retired}  # inserted pointing where they should
    points = [
        {"a": a, "ident": final_id[g]}
        for a, g in plan.point.items()
        if aliases[a] != final_id[g] and a not in new_aliases
    ]
    if points:
        conn.execute(_POINT, points)
    for chunk in _chunks(sorted([*plan.retire, *plan.drop])):
        conn.execute(delete(events).where(events.c.pk.in_(chunk)))
    return created, len(plan.retire)
