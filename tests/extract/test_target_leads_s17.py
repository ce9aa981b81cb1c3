"""Target precision and recall, session 17: each rule tested with sentences written
for these tests (no corpus text)."""

from tests.extract.helpers import rules_actions


def targets(text: str) -> list[str]:
    return [t.name for a in rules_actions(text) for t in a.targets]


def test_the_object_of_a_relative_clause_is_no_target() -> None:
    # the listed parties dealt with the name: it is the relative clause's object
    assert targets("Oslo sanctioned five firms that helped Kestrel Air evade controls.") == []
    assert targets("Britain sanctioned the judge who sentenced Pavel Orlin to 25 years.") == []
    found = targets("Seoul sanctioned a company which supplied parts to Dolmen Aviation.")
    assert found == []
    # ... its subject too ("people that X used")
    assert targets("The US sanctioned three people that Borealis Group used in Turkey.") == []


def test_a_relative_clause_does_not_hide_a_list_cue_or_a_listed_name() -> None:
    # a cue in the relative clause opens the list: "a network which includes X and Y"
    found = targets("Japan sanctioned a network which includes Orion Marine and Kestrel Oil.")
    assert found == ["Orion Marine", "Kestrel Oil"]
    # the name before the relative clause stays hit, the one in it does not
    found = targets("Canada sanctioned Alpha Trading LLC, which shipped drones to Beta Corp.")
    assert found == ["Alpha Trading LLC"]
    # a relative clause describing the name before does not spare the next list item
    found = targets("The EU sanctioned Ivan Petrov, who is a banker, and Gamma Holdings on Monday.")
    assert found == ["Ivan Petrov", "Gamma Holdings"]
