"""Exports: FtM that reads back without loss, and flat tables."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from followthemoney import model

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.exports import get_exporter
from sanctionwatch.model import Action, Article, Report, Span, Target
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import rebuild_events

TEXT = "The EU on Monday listed No Kwang Chol and the tanker Ocean Star (IMO 9113379)."


@pytest.fixture
def engine(store_url: str):  # type: ignore[no-untyped-def]
    eng = get_engine(store_url)
    action = Action(
        authority="EU",
        agency="Council of the EU",
        status="imposed",
        date=date(2024, 12, 16),
        targets=[
            Target(name="No Kwang Chol", kind="person", country="KP", aliases=["Ro Kwang Chol"]),
            Target(name="Ocean Star", kind="vessel", imo="9113379"),
        ],
        measures=["asset_freeze", "travel_ban"],
        program="15th package",
        evidence=[Span(0, len(TEXT))],
    )
    art = Article(
        id="eu15", text=TEXT, url="https://example.org/eu15", published=date(2024, 12, 16)
    )
    save_report(eng, Report(art, [action, Action(authority="JP", status="threatened")]), "t")
    rebuild_events(eng)
    return eng


def test_ftm_export_reads_back_without_loss(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sw.ftm.json"
    counts = get_exporter("ftm")(engine, out)
    assert counts == {"Article": 1, "Sanction": 2, "Person": 1, "Vessel": 1}
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    proxies = {p.id: p for p in (model.get_proxy(x) for x in lines)}
    for raw in lines:  # what FtM reads back is what we wrote
        assert proxies[raw["id"]].to_dict()["properties"] == raw["properties"]
    sanctions = [p for p in proxies.values() if p.schema.name == "Sanction"]
    for s in sanctions:
        assert s.get("sourceUrl") == ["https://example.org/eu15"]
        assert s.get("startDate") == ["2024-12-16"]
        assert all(ref in proxies for ref in s.get("entity") + s.get("proof"))
        assert s.get("summary") == [TEXT]
    vessel = next(p for p in proxies.values() if p.schema.name == "Vessel")
    assert vessel.get("imoNumber") == ["IMO9113379"]  # FtM's canonical form
    person = next(p for p in proxies.values() if p.schema.name == "Person")
    assert person.get("alias") == ["Ro Kwang Chol"] and person.get("nationality") == ["kp"]


def test_csv_export_writes_every_table(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counts = get_exporter("csv")(engine, tmp_path / "csv")
    assert counts == {"events": 2, "actions": 2, "targets": 2, "links": 0}
    with (tmp_path / "csv" / "actions.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    eu = next(r for r in rows if r["authority"] == "EU")
    assert eu["event_id"].startswith("ev-") and eu["measures"] == "asset_freeze,travel_ban"
    assert (tmp_path / "csv" / "links.csv").read_text() == ""


def test_parquet_export(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet")
    counts = get_exporter("parquet")(engine, tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "targets.parquet").num_rows == counts["targets"] == 2


def test_unknown_format() -> None:
    with pytest.raises(SanctionWatchError, match="unknown export format 'xml'"):
        get_exporter("xml")


KP_LIST = [
    {
        "id": "kp-1",
        "schema": "Person",
        "properties": {"name": ["NO Kwang Chol"], "addressEntity": ["kp-addr-1"]},
    },
    {"id": "kp-addr-1", "schema": "Address", "properties": {"full": ["Pyongyang"]}},
    {
        "id": "kp-1-sanction",
        "schema": "Sanction",
        "properties": {"entity": ["kp-1"], "program": ["DPRK"], "listingDate": ["2024-12-16"]},
    },
]


def _with_list_link(engine):  # type: ignore[no-untyped-def]
    from sqlalchemy import insert, select

    from sanctionwatch.store.lists import ListVersionInfo, store_list_version
    from sanctionwatch.store.tables import links, targets

    info = ListVersionInfo(name="kp", format="ftm_json", source="kp.json", sha256="x")
    store_list_version(engine, info, KP_LIST)
    with engine.begin() as conn:
        pk = conn.scalar(select(targets.c.pk).where(targets.c.name == "No Kwang Chol"))
        row = {"target_pk": pk, "entity_id": "kp-1", "list_name": "kp", "caption": "NO Kwang Chol"}
        conn.execute(insert(links).values(**row, score=0.96, match=True, features="[]"))
    return engine


def test_ftm_export_stands_alone(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from followthemoney.types import registry

    from sanctionwatch.exports.ftm import export_ftm

    out = tmp_path / "alone.ftm.json"
    counts = export_ftm(_with_list_link(engine), out)
    proxies = {p.id: p for p in (model.get_proxy(json.loads(x)) for x in out.open())}
    # every reference in the file resolves to an entity in the file
    refs = [
        (p.id, v)
        for p in proxies.values()
        for prop, v in p.itervalues()
        if prop.type == registry.entity
    ]
    assert refs and all(v in proxies for _, v in refs), [r for r in refs if r[1] not in proxies]
    # the matched list entity came with what it refers to, and its own listing
    assert {"kp-1", "kp-addr-1", "kp-1-sanction"} <= set(proxies)
    news = [p for p in proxies.values() if p.schema.name == "Sanction" and p.get("proof")]
    assert len(news) == 2 and all(len(s.get("entity")) == 1 for s in news)  # one party each
    [link] = [p for p in proxies.values() if p.schema.name == "UnknownLink"]
    assert link.get("object") == ["kp-1"] and "0.96" in link.first("role")
    assert proxies[link.first("subject")].first("name") == "No Kwang Chol"
    assert counts["UnknownLink"] == 1


def test_ftm_export_filters_by_authority_and_date(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sanctionwatch.exports.ftm import export_ftm

    def schemas(**filters):  # type: ignore[no-untyped-def]
        out = tmp_path / "f.ftm.json"
        return export_ftm(engine, out, **filters)

    assert schemas(authorities=["eu"])["Sanction"] == 2
    assert schemas(authorities=["US"]) == {}  # no US action: nothing, not even articles
    assert schemas(since=date(2024, 12, 16))["Sanction"] == 2
    assert "Sanction" not in schemas(since=date(2024, 12, 17))
