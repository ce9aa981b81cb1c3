"""Which group of reports keeps which event id when events are grouped again.

An event id is made from the report that founded the event (`event_id` of that
one member), so every id, current or alias, names a report. When groups are
recomputed (a full rebuild, or an update that re-groups one family of events):

- each old event goes with the group that holds its founding report (failing
  that, the group holding most of its reports);
- a group that several old events go with keeps the oldest (lowest pk); the
  others' ids become its aliases, as when events merge;
- a group no old event goes with (a part split off) takes back an alias founded
  by one of its reports, so the id an event had before it was merged by mistake
  names it again; otherwise it gets a new id;
- every other alias points at the group holding its founding report.

A pure function of the groups and what was stored, so a rebuild of the same
actions keeps every id and alias.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sanctionwatch.events.consolidate import Member, event_id

BASE = len("ev-") + 16  # an id past a uniqueness suffix ('-2') is its founder's hash


@dataclass
class IdPlan:
    keep: dict[int, int] = field(default_factory=dict)  # group index -> old event pk kept
    reclaim: dict[int, str] = field(default_factory=dict)  # group index -> alias taken back
    retire: dict[int, int] = field(default_factory=dict)  # old pk -> group it now aliases
    drop: list[int] = field(default_factory=list)  # old pks holding none of the groups' reports
    point: dict[str, int] = field(default_factory=dict)  # alias -> group index it answers for


def assign_ids(
    groups: list[list[Member]],
    old_of: dict[int, int],
    old_ids: dict[int, str],
    aliases: dict[str, str],
) -> IdPlan:
    """Plan ids for `groups`: `old_of` maps action pk to its stored event pk, `old_ids`
    stored event pk to id, `aliases` alias to the id it answers for (those in scope)."""
    founded = {event_id([m])[:BASE]: g for g, group in enumerate(groups) for m in group}
    order = [min(m.action_pk for m in group) for group in groups]  # a stable tie-break
    spread: dict[int, Counter[int]] = {o: Counter() for o in old_ids}
    for g, group in enumerate(groups):
        for m in group:
            if (o := old_of.get(m.action_pk)) is not None and o in spread:
                spread[o][g] += 1
    plan = IdPlan()
    goes: dict[int, list[int]] = {}
    for o in sorted(old_ids):
        where = spread[o]
        if not where:
            plan.drop.append(o)
            continue
        founder = founded.get(old_ids[o][:BASE])
        if founder is None or founder not in where:
            founder = max(where, key=lambda h: (where[h], -order[h]))
        goes.setdefault(founder, []).append(o)
    for g, olds in goes.items():
        plan.keep[g] = olds[0]  # sorted: the oldest event's id survives
        for o in olds[1:]:
            plan.retire[o] = g
    home = {o: g for g, o in plan.keep.items()} | plan.retire  # old pk -> its group now
    pk_of = {ident: o for o, ident in old_ids.items()}
    for alias in sorted(aliases):
        owner = founded.get(alias[:BASE])
        if owner is not None and owner not in plan.keep and owner not in plan.reclaim:
            plan.reclaim[owner] = alias
            continue
        if owner is None:  # its founder is gone: it follows the event it answered for
            owner = home.get(pk_of.get(aliases[alias], -1))
        if owner is not None:
            plan.point[alias] = owner
    return plan
