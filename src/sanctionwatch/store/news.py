"""Writing extraction reports and reading stored actions back."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, insert, literal, or_, select

from sanctionwatch.model import TARGET_KINDS, Action, Report, Span, Target
from sanctionwatch.store.db import new_pk
from sanctionwatch.store.tables import (
    actions,
    articles,
    events_pending,
    targets,
    targets_pending,
)


def content_hash(text: str) -> str:
    """The identity of an article's text: the same words under another URL are one article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def save_report(engine: Engine, report: Report, extractor: str) -> bool:
    """Store an article and its actions in one transaction; False if the text is stored already.

    The insert yields to a twin (the same text stored by another writer, even one
    committing at this moment) instead of failing, so concurrent ingests each
    store what is new to them and skip the rest. The actions join the events
    queue in the same transaction: a crash before events are updated loses none.
    """
    art = report.article
    digest = content_hash(art.text)
    with engine.begin() as conn:
        row = conn.execute(
            _article_insert(conn),
            {
                "id": art.id,
                "content_hash": digest,
                "url": art.url,
                "title": art.title,
                "published": art.published,
                "source": art.source,
                "path": art.path,
                "text": art.text,
                "extractor": extractor,
                "ingested_at": datetime.now(UTC),
            },
        ).first()
        if row is None:
            return False
        for seq, action in enumerate(report.actions):
            _insert_action(conn, row.pk, seq, action)
    return True


# Statements built once and run with parameters: values written into a statement make
# SQLAlchemy build and key it anew for every row, which cost more than the insert itself.
_ARTICLE_INSERT: dict[str, Any] = {}
_ACTION_INSERT = insert(actions)
_PENDING_INSERT = insert(events_pending)
# The action's targets join the linking queue (their pks are the store's to give).
_TARGETS_QUEUED = insert(targets_pending).from_select(
    ["target_pk"], select(targets.c.pk).where(targets.c.action_pk == bindparam("action_pk"))
)


def _article_insert(conn: Connection) -> Any:
    name = conn.dialect.name
    if name not in _ARTICLE_INSERT:
        _ARTICLE_INSERT[name] = insert_ignoring_twin(conn, articles, ["content_hash"]).returning(
            articles.c.pk
        )
    return _ARTICLE_INSERT[name]


def insert_ignoring_twin(conn: Connection, table: Any, unique: list[str]) -> Any:
    """INSERT ... ON CONFLICT (unique) DO NOTHING, on SQLite and PostgreSQL alike."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing(index_elements=unique)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing(index_elements=unique)


def _insert_action(conn: Connection, article_pk: int, seq: int, action: Action) -> None:
    values = {
        "article_pk": article_pk,
        "seq": seq,
        "authority": action.authority,
        "agency": action.agency,
        "status": action.status,
        "date": action.date,
        **{f"count_{k}": action.counts.get(k) for k in TARGET_KINDS},
        "measures": ",".join(action.measures),
        "target_countries": ",".join(action.target_countries),
        "program": action.program,
        "reason": action.reason,
        "background": action.background,
        "optional": action.optional,
        "evidence": _spans_json(action.evidence),
    }
    action_pk = new_pk(conn.execute(_ACTION_INSERT, values))
    rows = [_target_row(action_pk, i, t) for i, t in enumerate(action.targets)]
    if rows:
        conn.execute(insert(targets), rows)
        conn.execute(_TARGETS_QUEUED, {"action_pk": action_pk})
    if not action.background:
        conn.execute(_PENDING_INSERT, {"action_pk": action_pk})


def _target_row(action_pk: int, seq: int, target: Target) -> dict[str, Any]:
    return {
        "action_pk": action_pk,
        "seq": seq,
        "name": target.name,
        "kind": target.kind,
        "role": target.role,
        "country": target.country,
        "aliases": json.dumps(target.aliases, ensure_ascii=False),
        "imo": target.imo,
        "evidence": _spans_json(target.evidence),
    }


def _spans_json(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


@dataclass
class ActionFilter:
    """What `list_actions` keeps; every field left None keeps everything."""

    authority: Sequence[str] | None = None
    status: Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    target: str | None = None  # case-insensitive part of a target's name or alias
    kind: str | None = None  # actions hitting at least one target of this kind
    country: str | None = None  # ISO code among the target countries or a target's country
    program: str | None = None  # case-insensitive part of the programme
    background: bool | None = None  # None: both; False: news only
    action_pks: Sequence[int] | None = None  # these stored actions only
    limit: int | None = None
    offset: int = 0


def codes_contain(column: Any, code: str) -> Any:
    # ",KP,RU," LIKE "%,KP,%": exact code match in a comma-joined list
    return (literal(",") + column + literal(",")).like(f"%,{code},%")


def who_when(
    table: Any,
    authority: Sequence[str] | None,
    status: Sequence[str] | None,
    since: date | None,
    until: date | None,
) -> list[Any]:
    """Conditions on authority, status and date range, shared by actions and events."""
    conds: list[Any] = []
    if authority:
        conds.append(table.c.authority.in_([a.upper() for a in authority]))
    if status:
        conds.append(table.c.status.in_(list(status)))
    if since:
        conds.append(table.c.date >= since)
    if until:
        conds.append(table.c.date <= until)
    return conds


def _where(f: ActionFilter) -> list[Any]:
    conds = who_when(actions, f.authority, f.status, f.since, f.until)
    if f.program:
        conds.append(func.lower(actions.c.program).contains(f.program.lower(), autoescape=True))
    if f.background is not None:
        conds.append(actions.c.background == f.background)
    if f.action_pks is not None:
        conds.append(actions.c.pk.in_(list(f.action_pks)))
    target_conds = []
    if f.target:
        needle = f.target.lower()
        target_conds.append(
            or_(
                func.lower(targets.c.name).contains(needle, autoescape=True),
                func.lower(targets.c.aliases).contains(needle, autoescape=True),
            )
        )
    if f.kind:
        target_conds.append(targets.c.kind == f.kind)
    if target_conds:
        conds.append(actions.c.pk.in_(select(targets.c.action_pk).where(and_(*target_conds))))
    if f.country:
        code = f.country.upper()
        conds.append(
            or_(
                codes_contain(actions.c.target_countries, code),
                actions.c.pk.in_(select(targets.c.action_pk).where(targets.c.country == code)),
            )
        )
    return conds


def list_actions(engine: Engine, f: ActionFilter) -> list[dict[str, Any]]:
    """Stored actions matching `f`, newest first, each with its article and targets."""
    query = (
        select(actions, articles.c.id.label("article_id"), articles.c.title, articles.c.url)
        .join(articles, articles.c.pk == actions.c.article_pk)
        .where(*_where(f))
        .order_by(actions.c.date.desc().nulls_last(), actions.c.pk)
        .offset(f.offset)
    )
    if f.limit is not None:
        query = query.limit(f.limit)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
        by_action = _targets_of(conn, [r["pk"] for r in rows])
    return [_action_dict(r, by_action.get(r["pk"], [])) for r in rows]


def _targets_of(conn: Connection, action_pks: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(action_pks, 500):
        query = select(targets).where(targets.c.action_pk.in_(chunk)).order_by(targets.c.seq)
        for row in conn.execute(query):
            t = dict(row._mapping)
            out.setdefault(t["action_pk"], []).append(
                {
                    "name": t["name"],
                    "kind": t["kind"],
                    "role": t["role"],
                    "country": t["country"],
                    "aliases": json.loads(t["aliases"]),
                    "imo": t["imo"],
                    "evidence": _spans(t["evidence"]),
                }
            )
    return out


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _spans(raw: str) -> list[dict[str, int]]:
    return [{"start": s, "end": e} for s, e in json.loads(raw)]


def _action_dict(row: dict[str, Any], tgts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["pk"],
        "article": {"id": row["article_id"], "title": row["title"], "url": row["url"]},
        "authority": row["authority"],
        "agency": row["agency"],
        "status": row["status"],
        "date": row["date"].isoformat() if row["date"] else None,
        "targets": tgts,
        "counts": {k: row[f"count_{k}"] for k in TARGET_KINDS},
        "measures": [m for m in row["measures"].split(",") if m],
        "target_countries": [c for c in row["target_countries"].split(",") if c],
        "program": row["program"],
        "reason": row["reason"],
        "background": row["background"],
        "evidence": _spans(row["evidence"]),
    }


def count_articles(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(articles)) or 0)


def has_targets(engine: Engine) -> bool:
    """Whether any stored action names a target (so linking has something to do)."""
    with engine.connect() as conn:
        return conn.execute(select(targets.c.pk).limit(1)).first() is not None
