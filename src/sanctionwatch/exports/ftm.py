"""FollowTheMoney export: what the news says, as entities OpenSanctions tooling reads.

Each stored article becomes an `Article`; each named target a `Person`,
`Organization`, `Vessel` or `Airplane` (one per name and kind across all
reports); each (action, target) pair a `Sanction` whose `entity` is that one
news party, with `proof` pointing at the article. A list entity the party was
matched to is written too, with its own list Sanctions and every entity these
refer to (addresses, owners, ...), and an `UnknownLink` from the news party to it
saying so with the score: the file stands alone, every reference resolves.
Actions that name no target have no entity to hang a `Sanction` on, so they
appear in the CSV and Parquet exports only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import IO, Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from sqlalchemy import Engine

from sanctionwatch.names import name_key
from sanctionwatch.store.browse import current_entities_by_id, news_for_export, sanctions_of

log = logging.getLogger(__name__)

SCHEMA_OF_KIND = {
    "person": "Person",
    "organization": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}


def _id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"sw-{prefix}-{digest[:20]}"


def export_ftm(
    engine: Engine,
    out: Path,
    *,
    authorities: list[str] | None = None,
    since: date | None = None,
) -> dict[str, int]:
    """Write FtM JSON lines to `out` (a file; `-` for stdout): the actions of
    `authorities` (all when None) dated on or after `since`."""
    counts: dict[str, int] = defaultdict(int)
    entities = ftm_entities(engine, authorities=authorities, since=since)
    if str(out) == "-":
        _write_all(entities, sys.stdout, counts)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            _write_all(entities, fh, counts)
    return dict(counts)


def _write_all(entities: list[EntityProxy], fh: IO[str], counts: dict[str, int]) -> None:
    for entity in entities:
        fh.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        counts[entity.schema.name] += 1


def ftm_entities(
    engine: Engine, *, authorities: list[str] | None = None, since: date | None = None
) -> list[EntityProxy]:
    news = news_for_export(engine, authorities=authorities, since=since)
    out: list[EntityProxy] = [_article(a) for a in news.articles.values()]
    parties: dict[str, EntityProxy] = {}
    pairs: dict[tuple[str, str], float] = {}
    for t in news.targets:
        party = _party(t, parties)
        act = news.actions[t.action_pk]
        out.append(_sanction(act, t, news.articles[act.article_pk], _ident_of(party)))
        for entity_id, score in news.matched.get(t.pk, []):
            key = (str(party.id), entity_id)
            pairs[key] = max(score, pairs.get(key, 0.0))
    matched = {entity_id for _, entity_id in pairs}
    listings = sanctions_of(engine, matched)  # their own listings: programme, listing date
    listed = _closed(engine, matched | {str(s["id"]) for ss in listings.values() for s in ss})
    links = [_link(party_id, entity_id, score) for (party_id, entity_id), score in pairs.items()]
    return (
        out
        + list(parties.values())
        + list(listed.values())
        + [link for link in links if link.first("object") in listed]
    )


def _closed(engine: Engine, ids: set[str]) -> dict[str, EntityProxy]:
    """The list entities `ids` and every entity they refer to, transitively, as proxies;
    a reference to an entity no current list holds any more is dropped (and logged)."""
    found: dict[str, EntityProxy] = {}
    wanted = set(ids)
    while wanted:
        fetched = current_entities_by_id(engine, wanted)
        for missing in sorted(wanted - set(fetched)):
            log.warning("export: list entity %s is on no current list; left out", missing)
        wanted = set()
        for entity_id, data in fetched.items():
            proxy = model.get_proxy(
                {k: data[k] for k in ("id", "schema", "properties") if k in data}, cleaned=False
            )
            found[entity_id] = proxy
            for prop, value in proxy.itervalues():
                if prop.type == registry.entity and value not in found:
                    wanted.add(value)
        wanted -= set(found)
    for proxy in found.values():  # a reference whose target could not be fetched
        for prop in list(proxy.iterprops()):
            if prop.type == registry.entity:
                kept = [v for v in proxy.get(prop) if v in found]
                proxy.set(prop, kept, cleaned=True)
    return found


def _link(party_id: str, entity_id: str, score: float) -> EntityProxy:
    e = model.make_entity("UnknownLink")
    e.id = _id("match", party_id, entity_id)
    e.add("subject", party_id)
    e.add("object", entity_id)
    e.add("role", f"named in the news; matches this list entry (score {score:.2f})")
    return e


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


def _ident_of(entity: EntityProxy) -> str:
    """An entity's id: every entity this module makes is given one when made."""
    if entity.id is None:
        raise ValueError(f"{entity.schema.name} entity has no id")
    return entity.id


def _sanction(act: Any, t: Any, art: Any, party_id: str) -> EntityProxy:
    e = model.make_entity("Sanction")
    e.id = _id("sanction", art.content_hash, act.seq, t.seq)
    e.add("entity", party_id)
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
