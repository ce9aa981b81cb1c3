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


def test_a_speaker_with_an_unclosed_aside_is_no_target() -> None:
    from sanctionwatch.extract.targets import is_speaker

    text = "In a statement Lena Moss, from the airline said “the listing changes nothing.”"
    speaker = next(n for n in find_names(text) if n.text == "Lena Moss")
    assert is_speaker(text, speaker)
    # a relative clause after a listed firm is no aside of a speaker
    text = "Oslo sanctioned Fjord Trading, which the ministry said shipped drones."
    firm = next(n for n in find_names(text) if n.text == "Fjord Trading")
    assert not is_speaker(text, firm)


def sentence_roles(text: str) -> dict[str, bool]:
    """name -> whether the learned stage reads it in a role (`stage.in_role`)."""
    from datetime import date

    from sanctionwatch.extract.document import Doc
    from sanctionwatch.extract.learn import stage
    from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, run
    from sanctionwatch.model import Article

    doc = Doc(Article(id="t", text=text, published=date(2025, 3, 4)))
    doc = run(doc, [s for s in DEFAULT_PIPELINE if s != "learned_targets"])
    return {n.text: stage.in_role(doc, i, n.start) for i, ns in enumerate(doc.names) for n in ns}


def test_employers_named_after_people_of_a_party_are_roles_for_the_models() -> None:
    roles = sentence_roles(
        "Oslo sanctioned nine hackers on Friday. Officials named them as associates "
        "or employees of Fjord Data Systems and Norrland Cyber Ltd."
    )
    assert roles["Fjord Data Systems"] and roles["Norrland Cyber Ltd."]
    roles = sentence_roles("Oslo sanctioned Fjord Data Systems and Norrland Cyber Ltd.")
    assert not roles["Fjord Data Systems"] and not roles["Norrland Cyber Ltd."]
    # a comma before "and" starts the next item of the list
    roles = sentence_roles("The son of Lars Berg, and Norrland Cyber Ltd were sanctioned.")
    assert roles["Lars Berg"] and not roles["Norrland Cyber Ltd"]


def test_a_list_joined_by_along_with_then_a_cue_is_hit() -> None:
    # "along with" joins one more group to the objects; it relates no party to them
    text = (
        "Oslo sanctioned a Chinese refinery, along with three companies, including "
        "Fjord Trading Ltd and Nordic Tankers AS."
    )
    assert hit(text) == ["Fjord Trading Ltd", "Nordic Tankers AS"]
    text = "Oslo sanctioned a network dealing with two banks, including Fjord Bank."
    assert hit(text) == []


def test_a_name_before_a_role_noun_says_whose_ally_the_target_is() -> None:
    text = "Oslo sanctioned Kremlin ally Arkady Volkov and Lukin associate Pavel Orlov."
    assert hit(text) == ["Arkady Volkov", "Pavel Orlov"]
    text = "Oslo sanctioned Ragnar crony Alex Dahl."
    assert hit(text) == ["Alex Dahl"]


def test_a_number_opening_the_next_name_keeps_the_list_reading() -> None:
    # "the 5 X, Y and 400 Z gangs": the number is the name's own, the list still
    # describes whom the leaders lead
    assert hit("Oslo sanctioned leaders of the Nordic Front, Red Harbour and 88 Tigre.") == []
    assert hit("Oslo sanctioned Fjord Bank and 88 Tigre.") == ["Fjord Bank", "Tigre"]


def test_a_compass_word_in_a_capitalised_vessel_name_is_its_own() -> None:
    text = "Oslo sanctioned the tankers POLAR DAWN, NORTHERN GRACE and SEA LARK."
    assert hit(text) == ["POLAR DAWN", "NORTHERN GRACE", "SEA LARK"]
    # a sentence that opens with a compass word still drops it
    assert [n.text for n in find_names("Western officials said Fjord Bank was hit.")] == [
        "Fjord Bank"
    ]


def test_only_people_of_a_party_make_the_and_joined_name_after_it_a_role() -> None:
    # "X, a unit of Y and Z": the rules read Z by their own list reading; the models'
    # hard filter keeps to whom named people work for ("employees of Y and Z")
    roles = sentence_roles(
        "Oslo sanctioned nine hackers on Friday. Fjord Data Systems and Norrland Cyber Ltd "
        "employed them, officials said."
    )
    assert not roles["Fjord Data Systems"] and not roles["Norrland Cyber Ltd"]
    roles = sentence_roles("The relatives of Lars Berg and Ana Lind were sanctioned.")
    assert roles["Lars Berg"] and roles["Ana Lind"]
