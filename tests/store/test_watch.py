"""Watched parties: new and gone hits are recorded as changes."""

from __future__ import annotations

import pytest

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store import get_engine
from sanctionwatch.store.watch import (
    Hit,
    add_party,
    current_hits,
    list_changes,
    list_parties,
    record_hits,
    remove_party,
)


def test_hits_appear_and_go(store_url: str) -> None:
    engine = get_engine(store_url)
    party = add_party(engine, "Kim Yong Bok", country="kp")
    assert [p.name for p in list_parties(engine)] == ["Kim Yong Bok"]
    assert list_parties(engine)[0].country == "KP"
    a, b = (
        Hit("ofac-1", "KIM, Yong Bok", "us_ofac_sdn", 0.93),
        Hit("un-2", "Kim Yong-bok", "un_sc", 0.9),
    )
    first = record_hits(engine, party.pk, [a])
    assert [(c["change"], c["entity_id"]) for c in first] == [("new", "ofac-1")]
    assert record_hits(engine, party.pk, [a]) == []  # nothing changed, nothing recorded
    second = record_hits(engine, party.pk, [b])
    assert [(c["change"], c["entity_id"]) for c in second] == [("gone", "ofac-1"), ("new", "un-2")]
    assert set(current_hits(engine, party.pk)) == {"un-2"}
    assert [c["change"] for c in list_changes(engine)][:2] in (["new", "gone"], ["gone", "new"])
    assert len(list_changes(engine, party.pk)) == 3
    assert remove_party(engine, party.pk) and not remove_party(engine, party.pk)
    assert list_changes(engine) == []


def test_bad_parties_are_refused(store_url: str) -> None:
    engine = get_engine(store_url)
    with pytest.raises(SanctionWatchError, match="needs a name"):
        add_party(engine, "  ")
    with pytest.raises(SanctionWatchError, match="schema 'Ship'"):
        add_party(engine, "Ocean Star", schema="Ship")
