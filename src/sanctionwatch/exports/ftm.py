"""FollowTheMoney export: what the news says, as entities OpenSanctions tooling reads.

Each stored article becomes an `Article`; each named target a `Person`,
`Organization`, `Vessel` or `Airplane` (one per name and kind across all
reports); each (action, target) pair a `Sanction` whose `entity` is the
news-side target plus every list entity it was linked to as a match, with
`proof` pointing at the article. Actions that name no target have no entity
to hang a `Sanction` on, so they appear in the CSV and Parquet exports only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from sqlalchemy import Engine, select

from sanctionwatch.names import name_key
from sanctionwatch.store.tables import actions, articles, links, targets

SCHEMA_OF_KIND = {
    "person": "Person",
    "organization": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}


def _id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"sw-{prefix}-{digest[:20]}"


def export_ftm(engine: Engine, out: Path) -> dict[str, int]:
    """Write FtM JSON lines to `out` (a file; `-` for stdout)."""
    counts: dict[str, int] = defaultdict(int)
    if str(out) == "-":
        _write_all(engine, sys.stdout, counts)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            _write_all(engine, fh, counts)
    return dict(counts)


def _write_all(engine: Engine, fh: IO[str], counts: dict[str, int]) -> None:
    for entity in ftm_entities(engine):
        fh.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        counts[entity.schema.name] += 1


def ftm_entities(engine: Engine) -> list[EntityProxy]:
    with engine.connect() as conn:
        arts = {r.pk: r for r in conn.execute(select(articles))}
        acts = {r.pk: r for r in conn.execute(select(actions))}
        tgts = list(conn.execute(select(targets).order_by(targets.c.pk)))
        matched: dict[int, list[str]] = defaultdict(list)
        for link in conn.execute(select(links).where(links.c.match.is_(True))):
            matched[link.target_pk].append(link.entity_id)
    out: list[EntityProxy] = [_article(a) for a in arts.values()]
    parties: dict[str, EntityProxy] = {}
    for t in tgts:
        party = _party(t, parties)
        act = acts[t.action_pk]
        out.append(_sanction(act, t, arts[act.article_pk], party.id, matched.get(t.pk, [])))
    return out + list(parties.values())


def _article(row: Any) -> EntityProxy:
    e = model.make_entity("Article")
    e.id = _id("article", row.content_hash)
    e.add("title", row.title or row.id)
    e.add("sourceUrl", row.url)
    e.add("publishedAt", row.published.isoformat() if row.published else None)
    e.add("publisher", row.source)
    e.add("contentHash", row.content_hash)
    return e


def _party(t: Any, parties: dict[str, EntityProxy]) -> EntityProxy:
    schema = SCHEMA_OF_KIND.get(t.kind, "LegalEntity")
    ident = _id(t.kind, name_key(t.name) or t.name)
    party = parties.get(ident)
    if party is None:
        party = model.make_entity(schema)
        party.id = ident
        parties[ident] = party
    party.add("name", t.name)
    party.add("alias", [a for a in json.loads(t.aliases) if a != t.name])
    if t.country:
        party.add("nationality" if schema == "Person" else "country", t.country.lower())
    if t.imo and party.schema.get("imoNumber"):
        party.add("imoNumber", t.imo)
    party.add("topics", "sanction")
    return party


def _sanction(act: Any, t: Any, art: Any, party_id: str, listed: list[str]) -> EntityProxy:
    e = model.make_entity("Sanction")
    e.id = _id("sanction", art.content_hash, act.seq, t.seq)
    e.add("entity", [party_id, *listed])
    e.add("authority", act.authority + (f" {act.agency}" if act.agency else ""))
    e.add("country", act.authority.lower())
    e.add("status", act.status)
    e.add("program", act.program)
    e.add("reason", act.reason)
    e.add("startDate", act.date.isoformat() if act.date else None)
    e.add("provisions", [m.replace("_", " ") for m in act.measures.split(",") if m])
    e.add("sourceUrl", art.url)
    e.add("proof", _id("article", art.content_hash))
    spans = json.loads(act.evidence)
    if spans:
        start, end = spans[0]
        e.add("summary", art.text[start:end])
    return e
