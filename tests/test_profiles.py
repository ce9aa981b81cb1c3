"""Grouping list entities into profiles: what joins them, what never does."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sanctionwatch.profiles import (
    MAX_SHARED,
    Member,
    birth_dates,
    group,
    keys_of,
    listing_keys,
    name_words,
)


def _member(ident: str, lst: str, schema: str = "Person", **props: list[str]) -> Member:
    entity: dict[str, Any] = {"id": ident, "schema": schema, "properties": props}
    return Member(
        ident, lst, schema, ident, keys_of(entity), name_words(entity), birth_dates(entity)
    )


def _groups(
    members: list[Member], judged: list[tuple[str, str, str]] | None = None
) -> list[set[str]]:
    return [{m.entity_id for m in p.members} for p in group(members, judged or [])]


def test_joins_on_identifiers_names_with_birth_dates_and_references() -> None:
    members = [
        _member("a1", "us", "Vessel", name=["OCEAN STAR"], imoNumber=["IMO 9113379"]),
        _member("b1", "uk", "Vessel", name=["Sea Star"], imoNumber=["9113379"]),
        _member("a2", "us", name=["KIM, Yong Bok"], birthDate=["1961-03-02"]),
        _member("b2", "uk", name=["Kim Yong Bok"], birthDate=["1961-03-02"]),
        _member("un-KPi.066", "un", name=["KIM YONG BOK"]),
        _member("c3", "uk", name=["Yong Bok Kim"], notes=["UN Ref KPi.066"]),
    ]
    found = sorted(sorted(g) for g in _groups(members))
    assert found == [["a1", "b1"], ["a2", "b2"], ["c3", "un-KPi.066"]]


def test_joins_on_one_id_an_ofsi_group_id_and_an_organisations_name_with_its_country() -> None:
    # README: the same entity id; the OFSI Group ID the FCDO list gives (on its
    # Sanction); an organisation's name of two or more words with a shared country.
    fcdo_listing = listing_keys({"properties": {"authorityId": ["OFSI Group ID 13001"]}})
    fcdo = _member("gb-fcdo-rus0251", "gb_fcdo", name=["Ivan Petrov"])
    fcdo = replace(fcdo, keys=fcdo.keys | fcdo_listing)
    members = [
        _member("ofac-1", "us", name=["Someone"]),
        _member("ofac-1", "ftm", name=["Someone Else"]),
        fcdo,
        _member("gb-hmt-13001", "gb_ofsi", name=["PETROV, Ivan"]),
        _member("o1", "us", "Organization", name=["Ryonbong Trading Co"], country=["KP"]),
        _member("o2", "uk", "Organization", name=["RYONBONG TRADING CO."], country=["kp"]),
        _member("o3", "au", "Organization", name=["Ryonbong Trading Co"], country=["CN"]),
        _member("o4", "us2", "Organization", name=["Ryonbongtradingco"], country=["KP"]),
    ]
    found = sorted(sorted(m.ref for m in p.members) for p in group(members, []))
    assert found == [
        [("ftm", "ofac-1"), ("us", "ofac-1")],
        [("gb_fcdo", "gb-fcdo-rus0251"), ("gb_ofsi", "gb-hmt-13001")],
        [("uk", "o2"), ("us", "o1")],
    ]


def test_a_birth_year_joins_dates_that_agree_as_far_as_both_go() -> None:
    members = [
        _member("au", "au", name=["Vladimir Vladimirovich PUTIN"], birthDate=["1952-10-07"]),
        _member("ca", "ca", name=["PUTIN, Vladimir Vladimirovich"], birthDate=["1952"]),
        _member("xx", "xx", name=["Vladimir Vladimirovich Putin"], birthDate=["1952-03-01"]),
    ]
    assert _groups(members) == [{"au", "ca"}] or _groups(members) == [{"ca", "xx"}]
    [joined] = _groups(members)
    assert joined != {"au", "xx"}  # two full dates of one year never join


def test_never_joins_on_weak_or_common_evidence() -> None:
    members = [
        _member("a", "us", name=["Ali Hassan"], birthDate=["1961"]),  # year, two words
        _member("b", "uk", name=["Ali Hassan"], birthDate=["1961"]),
        _member("c", "us", "Vessel", name=["X"], imoNumber=["9113379"]),  # other kind
        _member("d", "uk", name=["Y"], passportNumber=["9113379"]),
        _member("e", "us", name=["P Q"], birthDate=["1970-01-01"]),  # same list
        _member("f", "us", name=["P Q"], birthDate=["1970-01-01"]),
    ]
    assert _groups(members) == []
    # one passport number, two names with no word in common (seen in OFSI vs OFAC data)
    passport = [
        _member("gb-1", "gb", name=["Azim AGHAJANI"], passportNumber=["6620505"]),
        _member("us-1", "us", name=["TABATABAEI, Sayyid Ali Akbar"], passportNumber=["6620505"]),
        _member("us-2", "us2", name=["Sayyid TABATABAEI"], passportNumber=["6620505"]),
    ]
    assert _groups(passport) == [{"us-1", "us-2"}]
    crowd = [_member(f"m{i}", f"l{i}", passportNumber=["AB123456"]) for i in range(MAX_SHARED + 1)]
    assert _groups(crowd) == []  # a number that many share identifies no one


def test_judgements_split_and_join_and_the_latest_wins() -> None:
    members = [
        _member("a", "us", name=["Kim Yong Bok"], birthDate=["1961-03-02"]),
        _member("b", "uk", name=["Kim Yong Bok"], birthDate=["1961-03-02"]),
        _member("c", "eu", name=["Somebody Else"]),
    ]
    assert _groups(members) == [{"a", "b"}]
    assert _groups(members, [("a", "b", "different")]) == []
    assert _groups(members, [("a", "b", "different"), ("b", "a", "same")]) == [{"a", "b"}]
    assert _groups(members, [("a", "c", "same")]) == [{"a", "b", "c"}]
