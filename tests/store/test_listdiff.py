"""Field-level list diffs: listings fold into their party, values compare normalised."""

from __future__ import annotations

from typing import Any

from sanctionwatch.store.listdiff import DiffFilter, diff_parties, field_changes, norm_value


def _party(ident: str, schema: str = "Person", **fields: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "caption": ident, "fields": fields}


def test_formatting_alone_is_no_change() -> None:
    assert norm_value("Moscow, 101000") == norm_value("moscow 101000")
    assert norm_value("ABU TEIR, Mohammed", "name") == norm_value("Mohammed ABU TEIR", "name")
    assert norm_value("Main St 1", "address") != norm_value("1 Main St", "address")
    old = {"address": ["Moscow, 101000"], "name": ["ABU TEIR, Mohammed"]}
    new = {"address": ["Moscow 101000"], "name": ["Mohammed Abu Teir"]}
    assert field_changes(old, new, None) == []


def test_a_change_names_its_field_with_old_and_new_values() -> None:
    old = {"birthDate": ["1961"], "country": ["ru"]}
    new = {"birthDate": ["1961-03-02"], "country": ["ru"]}
    assert field_changes(old, new, None) == [
        {"field": "birthDate", "old": ["1961"], "new": ["1961-03-02"]}
    ]


def test_across_formats_only_fields_both_fill_are_compared() -> None:
    old = {"a": _party("a", notes=["short"], taxNumber=["77"], name=["A"])}
    new = {"a": _party("a", notes=["short; and much more"], name=["A"])}
    across = diff_parties(old, new, same_format=False)
    assert across["changed"] == [] and set(across["not_compared"]) == {"notes", "taxNumber"}
    within = diff_parties(old, new, same_format=True)
    assert [c["field"] for c in within["changed"][0]["changes"]] == ["notes", "taxNumber"]


def test_filters_keep_rows_by_programme_schema_and_country() -> None:
    new = {
        "p": _party("p", country=["ru"], **{"listing.program": ["RUSSIA-EO14024"]}),
        "v": _party("v", "Vessel", flag=["ir"], **{"listing.program": ["IRAN"]}),
    }
    assert [r["id"] for r in diff_parties({}, new, same_format=True)["added"]] == ["p", "v"]
    for keep, expected in [
        (DiffFilter(program="russia"), ["p"]),
        (DiffFilter(schema="vessel"), ["v"]),
        (DiffFilter(country="IR"), ["v"]),
        (DiffFilter(country="IR", schema="Person"), []),
    ]:
        assert [r["id"] for r in diff_parties({}, new, same_format=True, keep=keep)["added"]] == (
            expected
        )


def test_a_listing_without_its_party_says_what_it_lists() -> None:
    from sanctionwatch.store import get_engine
    from sanctionwatch.store.listdiff import parties
    from sanctionwatch.store.lists import ListVersionInfo, store_list_version
    from sanctionwatch.store.tables import list_versions

    engine = get_engine("sqlite://")
    orphan = {
        "id": "x-sanction",
        "schema": "Sanction",
        "properties": {"entity": ["x"], "program": ["SDGT"]},
    }
    info = ListVersionInfo(name="l", format="ftm", source="l", sha256="1")
    store_list_version(engine, info, [orphan])
    with engine.connect() as conn:
        pk = conn.scalar(list_versions.select().with_only_columns(list_versions.c.pk))
        assert parties(conn, pk)["x-sanction"]["caption"] == "SDGT of x"
