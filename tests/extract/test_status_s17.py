"""Status and counts in sentences written for session 17 (issue 11), not from the
corpus: calls and recommendations that name a threat are nobody's threat, while a
threat beside a call keeps its own; the rules alone are run (no learned judge)."""

import pytest

from sanctionwatch.extract.counts import find_counts
from tests.extract.helpers import rules_actions, rules_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request to another party: a call by a third party, no threat of either
        ("Danish lawmakers urged Copenhagen to consider sanctions against the settlers.", []),
        (
            "Estonia's foreign minister said Tallinn would ask the EU to respond with new "
            "sanctions against Minsk.",
            [],
        ),
        # a panel's recommendation is no action (ANNOTATION.md)
        (
            "The panel of experts recommended that the Security Council consider designating "
            "the militia leaders.",
            [],
        ),
        # ... but a threat of the caller's own, after a comma, stays
        (
            "Britain urged Iran to free the detained sailors, warning that it would impose "
            "sanctions if they were not released.",
            [("GB", "threatened")],
        ),
        # ... and a vow with no request in its clause is still a threat
        (
            "Australia vowed on Wednesday to sanction Iranian officials responsible for the "
            "crackdown.",
            [("AU", "threatened")],
        ),
        # "Asked about ..., the minister said": a question put to a speaker, no request
        # (and no proposal by whoever is asked)
        (
            "Asked about the talks, the minister said Japan was ready to impose further sanctions.",
            [("JP", "threatened")],
        ),
        # a request with its act named stays the asked body's proposal
        (
            "The United States asked the United Nations on Tuesday to blacklist 10 ships.",
            [("UN", "proposed")],
        ),
    ],
)
def test_calls_are_no_threats(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a named target belongs to, hit: its size is the count
        ("among the 31 captains is Captain Ihor Zaporozhets, a Ukrainian citizen", [31]),
        ("he was among the 12 officials sanctioned by Canada", [12]),
        ("among the 20 entities designated on Tuesday", [20]),
        # a group that is not the one hit counts nothing
        ("among the 15 members of the Security Council", []),
        ("among the 300 officials who signed the letter", []),
        ("among the 40 people arrested", []),
    ],
)
def test_among_the_group(text: str, expected: list[int]) -> None:
    assert [c.value for c in find_counts(text)] == expected


def test_among_the_group_counts_the_action() -> None:
    text = (
        "Canada on Tuesday imposed sanctions on tanker captains who carry Russian oil. "
        "Among the 14 captains sanctioned is Captain Oleg Ivanov, a Russian citizen."
    )
    (action,) = rules_actions(text)
    assert action.counts["person"] == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named inside a quotation closed before the threat is talked about;
        # the threat after the quote is the speaker's (here the story's, Russia's)
        (
            "Russia on Friday banned entry to 12 Australians. \u201cCanberra\u2019s course to "
            "the destruction of bilateral relations will receive a response,\u201d the "
            "statement said, adding that the list would be expanded.",
            [("RU", "imposed"), ("RU", "threatened")],
        ),
        # ... while a warner named outside quotes still warns
        (
            "Russia on Friday banned entry to 12 Australians. Australia's foreign minister "
            "said Canberra would not hesitate to impose further sanctions.",
            [("RU", "imposed"), ("AU", "threatened")],
        ),
    ],
)
def test_quoted_state_is_no_warner(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how an authority works, told in the simple present with a class of targets
        # and no day: an explainer, no act
        (
            "Japan freezes the assets of those on its list and bans them from entering "
            "the country.",
            [],
        ),
        ("OFAC blocks all property of designated persons that is in the United States.", []),
        (
            "Canada adds names to its list under the Special Economic Measures Act by regulation.",
            [],
        ),
        # ... but with a day, or with a number of its own, it is the news
        (
            "Japan on Friday froze the assets of those on its list of Russian officials.",
            [("JP", "imposed")],
        ),
        (
            "OFAC on Tuesday designated 12 individuals. The 12 designated individuals include "
            "two bankers.",
            [("US", "imposed")],
        ),
        # "Treasury designated individuals": the verb, not a class
        ("The Treasury designated individuals linked to the cartel.", [("US", "imposed")]),
    ],
)
def test_explainers_state_no_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision still open ("whether to") is no imposition
        (
            "Argentina's foreign ministry said it was studying whether to designate Hamas as "
            "a terrorist organization.",
            [("AR", "threatened")],
        ),
        (
            "The EU is deciding whether to sanction the two Israeli ministers.",
            [("EU", "threatened")],
        ),
        # examining or studying further measures: talked about, as "considering"
        (
            "Canada's foreign minister said Ottawa is examining further measures against "
            "Iran's Revolutionary Guard.",
            [("CA", "threatened")],
        ),
        ("Japan is studying new sanctions on Russian LNG, officials said.", [("JP", "threatened")]),
        # ... not the study of sanctions' effects
        ("The commission is assessing the impact of the sanctions on the economy.", []),
    ],
)
def test_open_decisions_are_threats(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more sanctions spoken of as possible, with their target and quotes between
        (
            'Trump said further sanctions on Caracas were "very possible".',
            [("US", "threatened")],
        ),
        # following suit with "similar measures": an intention
        (
            "Britain sanctioned 20 tankers on Monday. Norway, which is not in the EU, said it "
            'would adopt similar measures "shortly".',
            [("GB", "imposed"), ("NO", "threatened")],
        ),
        # "will impose ... on those who": a class of targets, a warning
        (
            "The EU will impose sanctions on those responsible for the violence, Kallas said.",
            [("EU", "threatened")],
        ),
        # ... named targets with a day stay the decision
        (
            "Japan will impose sanctions on 12 individuals who took part in the annexation "
            "on Friday.",
            [("JP", "imposed")],
        ),
    ],
)
def test_threat_wordings(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of kinds after one number is a combined count: none
        ("the UK targeted 107 individuals, entities and ships, the largest package", []),
        ("designated more than 300 people, companies, vessels and aircraft", []),
        # ... not a share after a comma, nor a group of their own
        ("sanctioned 14 individuals, 6 of them officials", [("person", 14)]),
        ("listed 20 vessels, their owners and managers", [("vessel", 20)]),
    ],
)
def test_combined_lists(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == expected


def test_summary_clause_of_another_action() -> None:
    # "The package lists ..." sums up the EU's package, not the UK's act after "while"
    text = (
        "The EU adopted its 19th sanctions package against Russia on Thursday. The package "
        "lists 69 individuals and 117 entities, while the UK targeted 30 more vessels."
    )
    uk = [a for a in rules_actions(text) if a.authority == "GB"]
    assert [(a.counts["person"], a.counts["organization"]) for a in uk] == [(None, None)]


def test_participle_after_a_dated_verb_is_news() -> None:
    # "in September" dates the EU's sanctions between the verb and the participle; the
    # participle goes on with "on Wednesday decided to take over": news, not background
    text = (
        "The Federal Council on Wednesday decided to take over the sanctions the EU adopted "
        "in September, adding 9 individuals and 4 entities."
    )
    swiss = [a for a in rules_actions(text) if a.authority == "CH"]
    assert [(a.background, a.counts["person"]) for a in swiss] == [(False, 9)]


def test_participle_after_a_dated_background_verb_stays_background() -> None:
    text = "Canada sanctioned the network in 2023, listing 12 individuals."
    assert [(a.authority, a.background) for a in rules_actions(text)] == [("CA", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # self-review: a class that goes on to name its members is no warning to anyone
        (
            "The EU will impose sanctions on those who undermine the peace process, including "
            "three militia commanders named on Monday.",
            [("EU", "imposed")],
        ),
        # more of a kind that would be added to a list: a listing still to come
        (
            "\u201cWashington\u2019s policy will not go unpunished,\u201d Iran\u2019s foreign "
            "ministry said, adding that more American officials would be added to its list.",
            [("IR", "threatened")],
        ),
        # an explainer with a class for its object
        (
            "The US Treasury freezes the assets of anyone on the SDN list, a spokesman explained.",
            [],
        ),
        # a request governs no threat of the asker's own after a comma
        (
            "Seoul asked Washington on Thursday to designate the two North Korean banks, a "
            "foreign ministry official said.",
            [],
        ),
    ],
)
def test_self_review(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected
