"""Target precision and boundaries, session 15 (issue 11): kinds read on folds 0-3,
each with sentences written for these tests."""

from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.targets import select
from tests.extract.helpers import rules_actions


def hit(text: str, trigger: str = "sanctioned") -> list[str]:
    scope = text.index(trigger) + len(trigger)
    return [n.text for n in select(text, find_names(text), scope, 0, len(text))]


def rule_targets(text: str) -> list[str]:
    return [t.name for a in rules_actions(text) for t in a.targets]


def test_a_body_for_a_cause_is_a_name_not_a_policy() -> None:
    # "Freedom" or "Democracy" ends many a policy's title, but after "Committee for" or
    # "Foundation for" it is the cause of a body that is hit
    text = "Tehran sanctioned the Nordic Committee for Baltic Freedom and Lars Berg."
    assert hit(text) == ["Nordic Committee for Baltic Freedom", "Lars Berg"]
    text = "Moscow sanctioned the Foundation for Arctic Democracy."
    assert hit(text) == ["Foundation for Arctic Democracy"]


def test_a_policy_or_statute_is_still_no_name() -> None:
    assert [n.text for n in find_names("It acted under the Caspian Freedom Act.")] == []
    text = "Tehran sanctioned Lars Berg under the Arctic Freedom Initiative."
    assert hit(text) == ["Lars Berg"]


def test_members_of_a_body_then_and_another_body_hits_neither() -> None:
    # the cue opens examples of where the members work; ", and the Y" is one more such
    # body, not a new object of the decision
    text = (
        "Oslo imposed sanctions on 12 officials on Monday. The decision targets senior "
        "members of the court system, including the Coastal Court, and the Audit Chamber, "
        "as well as two state broadcasters."
    )
    found = rule_targets(text)
    assert "Coastal Court" not in found and "Audit Chamber" not in found


def test_a_cue_list_after_a_plain_object_still_hits_every_item() -> None:
    text = (
        "Oslo imposed sanctions on 12 officials on Monday. The decision targets state "
        "broadcasters, including Nordvision TV, and the Fjord Media Group."
    )
    assert set(rule_targets(text)) >= {"Nordvision TV", "Fjord Media Group"}
