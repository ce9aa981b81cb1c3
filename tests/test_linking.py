"""Linking news targets to list entities, watch re-screening, and batch screening."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch import watch as watch_module
from sanctionwatch.aftercare import after_lists_changed
from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.linking import (
    is_match,
    link_new_targets,
    list_links,
    relink_all,
    update_links,
)
from sanctionwatch.model import Action, Article, Report, Target
from sanctionwatch.screenfile import compare_pairs, map_columns, screen_file
from sanctionwatch.screening import Hit
from sanctionwatch.served import Listed, load_served
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from sanctionwatch.store.watch import add_party, list_changes
from sanctionwatch.watch import screen_party, update_watch


def _entity(ident: str, schema: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "properties": props}


LIST_V1 = [
    _entity("ofac-1", "Person", name=["KIM Yong Bok"], nationality=["kp"]),
    _entity("ofac-2", "Vessel", name=["OCEAN STAR"], imoNumber=["IMO9113379"]),
    _entity("ofac-3", "Organization", name=["Korea Ryonbong General Corporation"]),
    _entity(
        "ofac-s1", "Sanction", entity=["ofac-1"], listingDate=["2024-12-20"], program=["DPRK3"]
    ),
]


@pytest.fixture
def engine(store_url: str):  # type: ignore[no-untyped-def]
    eng = get_engine(store_url)
    info = ListVersionInfo(name="us_ofac_sdn", format="ftm", source="test", sha256="v1")
    store_list_version(eng, info, LIST_V1)
    action = Action(
        authority="US",
        status="imposed",
        date=date(2024, 12, 16),
        targets=[
            Target(name="Kim Yong-bok", kind="person", country="KP"),
            Target(name="M/V Ocean Star", kind="vessel", imo="9113379"),
            Target(name="Unknown Trading LLC", kind="organization"),
        ],
    )
    save_report(eng, Report(Article(id="a1", text="The US sanctioned ..."), [action]), "t")
    return eng


def test_links_carry_score_features_and_lag(engine) -> None:  # type: ignore[no-untyped-def]
    summary = relink_all(engine)
    assert (summary.targets, summary.linked) == (3, 2)
    rows = {r["target"]: r for r in list_links(engine)}
    kim = rows["Kim Yong-bok"]
    assert kim["entity_id"] == "ofac-1" and kim["match"] and kim["score"] >= 0.7
    assert kim["listed_on"] == "2024-12-20" and kim["lag_days"] == 4
    assert any(f["name"].startswith("name") for f in kim["features"])
    assert rows["M/V Ocean Star"]["entity_id"] == "ofac-2"
    unlisted = list_links(engine, unlisted=True)
    assert [r["target"] for r in unlisted] == ["Unknown Trading LLC"]


def test_watch_reports_new_and_gone_hits_after_a_list_change(engine) -> None:  # type: ignore[no-untyped-def]
    party = add_party(engine, "Korea Ryonbong General Corp", schema="Organization")
    first = screen_party(engine, party)
    assert [(c["change"], c["entity_id"]) for c in first] == [("new", "ofac-3")]
    v2 = [e for e in LIST_V1 if e["id"] != "ofac-3"]
    info = ListVersionInfo(name="us_ofac_sdn", format="ftm", source="test", sha256="v2")
    store_list_version(engine, info, v2)
    lines = list(after_lists_changed(engine))
    assert any("gone hit Korea Ryonbong General Corporation" in line for line in lines)
    assert [c["change"] for c in list_changes(engine)] == ["gone", "new"]


def test_screen_file_reports_bad_rows_and_goes_on(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "customers.csv"
    src.write_text(
        "Full Name;Type;DOB\nKim Yong Bok;individual;\n;person;1970\nJane Doe;person;1980\n"
    )
    out = io.StringIO()
    result = screen_file(load_served(engine), src, out)
    assert (result.rows, result.matches, len(result.errors)) == (2, 1, 1)
    assert result.errors[0].where == f"{src}:3"
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["match_id"] == "ofac-1" and rows[0]["match"] == "true"
    assert rows[1]["match"] != "true"


def test_columns_are_found_by_name() -> None:
    assert map_columns(["Entity Name", "Nationality", "IMO Number"]) == {
        "name": "Entity Name",
        "country": "Nationality",
        "imo": "IMO Number",
    }
    with pytest.raises(SanctionWatchError, match="no name column"):
        map_columns(["first", "last"])


def test_compare_pairs(tmp_path: Path) -> None:
    src = tmp_path / "pairs.csv"
    src.write_text(
        "left,right,schema\n"
        "Mohammed al-Hassan al-Tikriti,Muhammad Hasan Tikriti,Person\n"
        "Kim Jong Un,Vladimir Putin,Person\n"
        ",x,Person\n"
    )
    out = io.StringIO()
    result = compare_pairs(src, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["match"] for r in rows] == ["true", "false"] and len(result.errors) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(SanctionWatchError, match="missing column"):
        compare_pairs(bad, io.StringIO())
    assert result.rows == 2


def _tiny_xlsx(path: Path, rows: list[list[str]]) -> None:
    """A minimal one-sheet XLSX with inline strings, written with zipfile."""
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    cells = "".join(
        f'<row r="{i}">'
        + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in row)
        + "</row>"
        for i, row in enumerate(rows, start=1)
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>',
        )


def test_screen_file_reads_xlsx(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "customers.xlsx"
    _tiny_xlsx(src, [["Name", "Country"], ["Kim Yong Bok", "KP"], ["Jane Doe", "GB"]])
    out = io.StringIO()
    result = screen_file(load_served(engine), src, out)
    assert (result.rows, result.matches) == (2, 1)
    assert "ofac-1" in out.getvalue()


def _store_v(engine, sha: str, entities: list[dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    info = ListVersionInfo(name="us_ofac_sdn", format="ftm", source="test", sha256=sha)
    store_list_version(engine, info, entities, force=True)


def _report(article_id: str, *targets: Target) -> Report:
    action = Action(authority="US", status="imposed", date=date(2025, 1, 2), targets=list(targets))
    return Report(Article(id=article_id, text=f"The US sanctioned ... {article_id}"), [action])


def _links_view(engine) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    return sorted(
        (r["target"], r["entity_id"], r["score"], r["match"], r["listed_on"])
        for r in list_links(engine)
    )


def test_an_ingest_screens_only_new_targets(engine) -> None:  # type: ignore[no-untyped-def]
    assert link_new_targets(engine).screened == 3  # the fixture's article, never linked
    assert link_new_targets(engine).screened == 0  # nothing new: nothing screened
    save_report(
        engine, _report("a2", Target(name="Korea Ryonbong General Corp", kind="organization")), "t"
    )
    summary = link_new_targets(engine)  # counts what it screened, not the store
    assert (summary.screened, summary.targets, summary.linked) == (1, 1, 1)


def test_a_list_change_relinks_only_what_it_touches_and_agrees_with_a_full_relink(
    engine,
) -> None:  # type: ignore[no-untyped-def]
    save_report(
        engine,
        _report(
            "a2",
            Target(name="Korea Ryonbong General Corp", kind="organization"),
            Target(name="Petrov Trading House", kind="organization"),
            Target(name="Ivan Sidorov", kind="person"),
        ),
        "t",
    )
    assert update_links(engine).screened == 6  # no record of what links reflect: all
    assert update_links(engine).screened == 0  # lists unchanged: nothing
    v2 = [e for e in LIST_V1 if e["id"] != "ofac-3"]  # Ryonbong removed
    v2.append(_entity("ofac-9", "Company", name=["Petrov Trading House LLC"]))  # added
    v2 = [  # Kim's Sanction changed: his listing date moves
        _entity("ofac-s1", "Sanction", entity=["ofac-1"], listingDate=["2024-12-18"])
        if e["id"] == "ofac-s1"
        else e
        for e in v2
    ]
    _store_v(engine, "v2", v2)
    summary = update_links(engine)
    # Ryonbong's target (linked to a removed entity), Kim (his Sanction changed), and the
    # targets sharing a name key with the added entity: Petrov, and Unknown Trading LLC
    # ('trading'); not the vessel, nor Ivan Sidorov.
    assert summary.screened == 4
    incremental = _links_view(engine)
    assert ("Petrov Trading House", "ofac-9", 1.0, True, None) in incremental
    assert ("Kim Yong-bok", "ofac-1", 1.0, True, "2024-12-18") in {r[:5] for r in incremental}
    relink_all(engine)
    assert _links_view(engine) == incremental


def test_a_target_typed_as_the_wrong_kind_still_links(engine) -> None:  # type: ignore[no-untyped-def]
    _store_v(engine, "v2", [*LIST_V1, _entity("ofac-7", "Company", name=["Gazprom Neft"])])
    save_report(engine, _report("a2", Target(name="Gazprom Neft", kind="person")), "t")
    relink_all(engine)
    rows = {r["target"]: r for r in list_links(engine)}
    gazprom = rows["Gazprom Neft"]
    assert gazprom["entity_id"] == "ofac-7" and gazprom["match"] and gazprom["other_kind"]
    assert gazprom["schema"] == "Company"
    assert "Gazprom Neft" not in {r["target"] for r in list_links(engine, unlisted=True)}


@pytest.mark.parametrize(
    ("kind", "score", "match"),
    [("organization", 0.9, True), ("person", 0.9, False), ("person", 0.95, True)],
)
def test_a_link_to_another_kind_needs_a_score_of_0_95(kind: str, score: float, match: bool) -> None:
    # README: a link to another kind is a match only on (nearly) the same name (>= 0.95).
    company = Listed("ofac-7", "Gazprom Neft", "Company", "us_ofac_sdn")
    assert is_match(kind, Hit("ofac-7", score, []), company) is match


def test_unlisted_rows_name_their_nearest_candidate(engine) -> None:  # type: ignore[no-untyped-def]
    save_report(engine, _report("a2", Target(name="Ryonbong Bank", kind="organization")), "t")
    relink_all(engine)
    rows = {r["target"]: r for r in list_links(engine, unlisted=True)}
    near = rows["Ryonbong Bank"]
    assert near["entity_id"] == "ofac-3" and not near["match"]
    assert 0 < near["score"] < 0.7 and near["caption"] == "Korea Ryonbong General Corporation"


def test_watch_rescreens_only_parties_a_list_change_touches(engine) -> None:  # type: ignore[no-untyped-def]
    ryonbong = add_party(engine, "Korea Ryonbong General Corp", schema="Organization")
    petrov = add_party(engine, "Petrov Trading House", schema="Company")
    other = add_party(engine, "Jane Doe", schema="Person")
    assert len(update_watch(engine)) == 1  # the first time, every party: one new hit
    v2 = [e for e in LIST_V1 if e["id"] != "ofac-3"]
    v2.append(_entity("ofac-9", "Company", name=["Petrov Trading House LLC"]))
    _store_v(engine, "v2", v2)
    calls: list[str] = []
    original = watch_module.screen_party

    def spy(eng, party, served=None):  # type: ignore[no-untyped-def]
        calls.append(party.name)
        return original(eng, party, served)

    watch_module.screen_party = spy  # type: ignore[assignment]
    try:
        lines = update_watch(engine)
    finally:
        watch_module.screen_party = original  # type: ignore[assignment]
    assert sorted(calls) == sorted([ryonbong.name, petrov.name]) and other.name not in calls
    assert any("gone hit Korea Ryonbong" in line for line in lines)
    assert any("new hit Petrov Trading House LLC" in line for line in lines)


def test_two_processes_linking_at_once_lose_and_duplicate_nothing(store_url: str) -> None:
    import threading

    from sanctionwatch.store.links import link_counts

    engine = get_engine(store_url)
    _store_v(engine, "v1", LIST_V1)
    for n in range(6):
        save_report(engine, _report(f"a{n}", Target(name="Kim Yong Bok", kind="person")), "t")
    served = load_served(engine)
    errors: list[BaseException] = []

    def link() -> None:
        try:
            link_new_targets(engine, served)
        except Exception as exc:  # noqa: BLE001 - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=link) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert link_counts(engine) == (6, 6)
    rows = list_links(engine)
    assert len(rows) == 6 and {r["entity_id"] for r in rows} == {"ofac-1"}
    assert link_new_targets(engine).screened == 0


def test_targets_wait_in_a_queue_and_an_older_store_queues_what_it_never_screened(
    tmp_path: Path,
) -> None:
    """Migration 0013 queues the targets a store never screened; linking empties the queue."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import func, insert, select

    from sanctionwatch.store.db import MIGRATIONS
    from sanctionwatch.store.tables import target_checks, targets, targets_pending

    engine = get_engine(f"sqlite:///{tmp_path}/queue.db")
    action = Action(
        authority="US",
        status="imposed",
        date=date(2024, 5, 1),
        targets=[Target(name=n, kind="organization") for n in ("Alpha Trading", "Beta Oil")],
    )
    save_report(engine, Report(Article(id="q1", text="Queued targets."), [action]), "t")
    with engine.connect() as conn:
        pks = list(conn.scalars(select(targets.c.pk).order_by(targets.c.pk)))
        assert list(conn.scalars(select(targets_pending.c.target_pk))) == pks
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:  # back to 0012, one target marked screened, then up again
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
        conn.execute(insert(target_checks), {"target_pk": pks[0], "checked_at": datetime.now(UTC)})
        command.upgrade(config, "head")
    with engine.connect() as conn:
        assert list(conn.scalars(select(targets_pending.c.target_pk))) == pks[1:]
    link_new_targets(engine, load_served(engine))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(targets_pending)) == 0
        assert conn.scalar(select(func.count()).select_from(target_checks)) == 2
