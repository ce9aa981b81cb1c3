"""The review workflow: every hit per row, ranked; decisions that survive re-screening
until the list record changes."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.screenfile import screen_file
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, store_list_version

runner = CliRunner()


def _entity(ident: str, schema: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "properties": props}


LIST = [
    _entity("us-kim1", "Person", name=["KIM Yong Bok"], nationality=["kp"]),
    _entity("us-kim2", "Person", name=["KIM Yong-bok"], birthDate=["1950-05-05"]),
    _entity("us-acme", "Organization", name=["Acme Trading"]),
]


def _load(engine: Any, entities: list[dict[str, Any]], sha: str) -> None:
    info = ListVersionInfo(name="us", format="ftm", source="us.json", sha256=sha)
    store_list_version(engine, info, entities, force=True)


def _screen(engine: Any, src: Path) -> list[dict[str, str]]:
    out = io.StringIO()
    screen_file(load_served(engine), src, out, engine=engine)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_every_hit_above_the_threshold_is_kept_ranked(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'r.db'}")
    _load(engine, LIST, "v1")
    src = tmp_path / "in.csv"
    src.write_text("name,country\nKim Yong Bok,KP\nNobody Whatsoever,\n")
    rows = _screen(engine, src)
    kim = [r for r in rows if r["name"] == "Kim Yong Bok"]
    assert [r["rank"] for r in kim] == ["1", "2"]
    assert {r["match_id"] for r in kim} == {"us-kim1", "us-kim2"}
    assert float(kim[0]["score"]) >= float(kim[1]["score"]) >= 0.7
    [nobody] = [r for r in rows if r["name"] == "Nobody Whatsoever"]
    assert nobody["match"] != "true"  # one row, nothing dropped


def test_a_dismissal_holds_on_rescreening_until_the_record_changes(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    engine = get_engine(f"sqlite:///{db}")
    _load(engine, LIST, "v1")
    src = tmp_path / "in.csv"
    src.write_text("name,country\nKim Yong Bok,KP\n")
    args = ["--reason", "born 1950, our client 1985", "--user", "ana", "--db", db]
    dismissed = runner.invoke(
        app, ["review", "dismiss", "Kim Yong Bok", "--country", "KP", "--entity", "us-kim2", *args]
    )
    assert dismissed.exit_code == 0, dismissed.output
    confirmed = runner.invoke(
        app, ["review", "confirm", "KIM yong bok", "--country", "kp", "--entity", "us-kim1", *args]
    )
    assert confirmed.exit_code == 0, confirmed.output
    review = {r["match_id"]: r for r in _screen(engine, src)}
    assert review["us-kim2"]["review"] == "dismissed"
    assert review["us-kim2"]["review_reason"] == "born 1950, our client 1985"
    assert review["us-kim2"]["review_by"].startswith("ana ")
    assert review["us-kim1"]["review"] == "confirmed"
    # the list changes that record: the dismissal no longer holds
    changed = [e for e in LIST if e["id"] != "us-kim2"]
    changed.append(_entity("us-kim2", "Person", name=["KIM Yong-bok"], birthDate=["1985-01-01"]))
    _load(engine, changed, "v2")
    again = {r["match_id"]: r for r in _screen(engine, src)}
    assert again["us-kim2"]["review"].startswith("dismissed earlier; list record changed")
    assert again["us-kim1"]["review"] == "confirmed"  # unchanged record, decision holds
    listed = runner.invoke(app, ["review", "list", "--format", "json", "--db", db])
    assert '"current": false' in listed.stdout and '"current": true' in listed.stdout


def test_reviews_read_per_row_past_the_batch_bound_say_the_same(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """A file's reviewed subjects are read once; past `MAX_SUBJECTS` each row asks the
    store: the rows are the same either way, decided and undecided alike."""
    from sanctionwatch.hits import BatchLookup

    db = str(tmp_path / "r.db")
    engine = get_engine(f"sqlite:///{db}")
    _load(engine, LIST, "v1")
    args = ["--reason", "our client", "--user", "ana", "--db", db, "--entity", "us-kim2"]
    dismissed = runner.invoke(app, ["review", "dismiss", "Kim Yong Bok", *args])
    assert dismissed.exit_code == 0, dismissed.output
    src = tmp_path / "in.csv"
    src.write_text("name\nKim Yong Bok\nKim Yong-bok\nAcme Trading\n")
    once = _screen(engine, src)
    assert BatchLookup(engine).subjects is not None
    monkeypatch.setattr(BatchLookup, "MAX_SUBJECTS", 0)
    assert BatchLookup(engine).subjects is None
    assert _screen(engine, src) == once
    assert [r["review"] for r in once if r["match_id"] == "us-kim2"][:1] == ["dismissed"]


def test_a_decision_needs_a_reason_a_user_and_a_listed_entity(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    _load(get_engine(f"sqlite:///{db}"), LIST, "v1")
    base = ["review", "dismiss", "Kim", "--db", db, "--user", "ana"]
    blank = runner.invoke(app, [*base, "--entity", "us-kim1", "--reason", " "])
    assert blank.exit_code != 0 and "needs a reason" in blank.output
    missing = runner.invoke(app, [*base, "--entity", "nope", "--reason", "x"])
    assert missing.exit_code != 0 and "no current list has entity 'nope'" in missing.output


def test_a_party_on_two_lists_is_one_hit_naming_both(tmp_path: Path) -> None:
    from sanctionwatch.store.profiles import build_profiles

    engine = get_engine(f"sqlite:///{tmp_path / 'p.db'}")
    _load(engine, LIST, "v1")
    uk = [_entity("uk-kim2", "Person", name=["Yong-bok KIM"], birthDate=["1950-05-05"])]
    store_list_version(
        engine, ListVersionInfo(name="uk", format="ftm", source="uk", sha256="u"), uk
    )
    build_profiles(engine)
    src = tmp_path / "in.csv"
    src.write_text("name\nKim Yong Bok\n")
    rows = _screen(engine, src)
    lists = {r["match_id"]: r["match_list"] for r in rows}
    assert "uk-kim2" not in lists or "us-kim2" not in lists  # one hit for the profile
    assert "us; uk" in lists.values() or "uk; us" in lists.values()
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
