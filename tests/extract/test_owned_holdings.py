"""A name before "'s assets" (or property, accounts) owns what is frozen: a target."""

from tests.extract.helpers import names, rules_actions


def test_owner_of_frozen_assets_is_a_name() -> None:
    assert names("Britain froze Oleg Sidorov's property on Thursday.") == ["Oleg Sidorov"]
    assert names("Washington blocked Gazprom Neft's overseas accounts.") == ["Gazprom Neft"]


def test_owner_of_frozen_assets_is_the_target() -> None:
    actions = rules_actions("Australia froze Pavel Orlov's assets on Tuesday.\n", published=None)
    assert [[t.name for t in a.targets] for a in actions] == [["Pavel Orlov"]]


def test_other_possessives_still_describe() -> None:
    # near misses: a relative or an adviser of the owner is the one named after him
    assert names("Japan sanctioned Oleg Sidorov's son.") == []
    assert names("Treasury said Pavel Orlov's lawyers would appeal.") == []
