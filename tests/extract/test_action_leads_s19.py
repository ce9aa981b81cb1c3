"""Who acts and which wordings act, issue 11 leads of session 19 (first look on w930-w959).
Short texts written for these tests."""

import pytest

from tests.extract.helpers import rules_actions, rules_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any ministry of a list of states, not only foreign ones, makes them the actors
        (
            "The interior ministries of Poland, Czechia and Slovakia on Monday froze the "
            "assets of four Belarusian prosecutors.",
            [("PL", "imposed"), ("CZ", "imposed"), ("SK", "imposed")],
        ),
        (
            "The justice ministries of Latvia and Estonia on Tuesday put nine Russian "
            "officials on their national sanctions lists.",
            [("LV", "imposed"), ("EE", "imposed")],
        ),
        (
            "The authorities of Norway and Iceland on Monday froze the assets of two "
            "Belarusian judges.",
            [("NO", "imposed"), ("IS", "imposed")],
        ),
        # the singular, in lower case
        (
            "The finance ministry of Lithuania on Wednesday froze the assets of three "
            "Russian traders.",
            [("LT", "imposed")],
        ),
    ],
)
def test_ministries_of_listed_states_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_a_country_whose_ministry_is_hit_does_not_act() -> None:
    assert rules_statuses(
        "The EU on Thursday froze the assets of the defence ministry of Belarus."
    ) == [("EU", "imposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "banned ... from entry" is a sanctions wording on its own
        ("Estonia on Friday banned 14 Russian propagandists from entry.", [("EE", "imposed")]),
        # an abbreviation's dots ("U.S.") do not end the reach of a list trigger
        (
            "Beijing on Monday added four U.S. drone makers to its unreliable entity list.",
            [("CN", "imposed")],
        ),
        (
            "China on Tuesday placed two U.S. shipbuilders on its export control list.",
            [("CN", "imposed")],
        ),
        (
            "Moscow on Friday put five U.K. journalists on its stop list.",
            [("RU", "imposed")],
        ),
        (
            "Latvia on Monday barred three U.S. activists from entering the country.",
            [("LV", "imposed")],
        ),
    ],
)
def test_list_and_entry_wordings_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_a_sentence_end_still_ends_the_reach() -> None:
    assert (
        rules_statuses(
            "The firm said on Friday it added two tankers. It is on the list of top exporters."
        )
        == []
    )


def test_states_named_in_a_vote_count_do_not_act() -> None:
    assert rules_statuses(
        "With 3 abstentions (Algeria, China, Russian Federation), the Security Council on "
        "Monday imposed a travel ban on two Haitian gang leaders."
    ) == [("UN", "imposed")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister decides who is listed. Designations can be challenged in court.",
        "The minister decides who is listed. Listings may be reviewed at any time.",
        "The minister decides who is listed. Designations are reviewed every year.",
    ],
)
def test_what_can_happen_to_a_designation_is_no_act(text: str) -> None:
    assert rules_statuses(text) == []


def test_a_dated_designation_that_can_be_challenged_is_still_news() -> None:
    assert rules_statuses(
        "Britain on Monday announced new designations, which can be challenged in court."
    ) == [("GB", "imposed")]


@pytest.mark.parametrize(
    "text",
    [
        'Beijing vowed on Monday to take "countermeasures" after Washington blacklisted '
        "three Chinese chipmakers.",
        'China said it would take "resolute and forceful countermeasures" against the firms.',
    ],
)
def test_quoted_countermeasures_are_a_threat(text: str) -> None:
    assert ("CN", "threatened") in rules_statuses(text)


def test_whom_opens_a_relative_clause_with_its_own_subject() -> None:
    # the designation told in the relative clause is the other authority's, not the
    # subject's of the main clause
    acts = rules_actions(
        "Malaysia has frozen the accounts of Ahmad Zaki, a financier whom the United States "
        "designated in October for funding militants."
    )
    assert {(a.authority, a.background) for a in acts} == {("MY", False), ("US", True)}


def test_frozen_with_a_count_of_accounts_imposes() -> None:
    assert rules_statuses(
        "Indonesia has frozen six bank accounts of the Laskar Ummat foundation."
    ) == [("ID", "imposed")]


def test_countermeasures_announced_by_a_ministry_are_imposed() -> None:
    assert rules_statuses(
        "On the same day, the Ministry of Foreign Affairs of China announced countermeasures "
        "against five executives of US arms makers, freezing their assets in China."
    ) == [("CN", "imposed")]


def targets(text: str) -> list[str]:
    """Names of the targets of every action the rules find in `text`."""
    return [t.name for a in rules_actions(text) for t in a.targets]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the examples of a trade role, subject of their own sentence, are not hit
        (
            "Britain on Monday sanctioned 12 tankers, among them the Silver Heron. Insurers "
            "including Volga Marine Insurance had covered the ships until June.",
            ["Silver Heron"],
        ),
        (
            "Britain on Monday sanctioned 12 tankers, among them the Silver Heron. Buyers such "
            "as Qingdao Haitong Refining took most of their cargoes.",
            ["Silver Heron"],
        ),
        # a sanctioning word keeps them: they are hit
        (
            "Britain on Monday sanctioned 12 tankers. Insurers including Volga Marine "
            "Insurance were also designated.",
            ["Volga Marine Insurance"],
        ),
        # the objects of the act, not the subject of a sentence of their own
        (
            "Britain on Monday sanctioned three insurers including Volga Marine Insurance "
            "and Baltic Re.",
            ["Volga Marine Insurance", "Baltic Re"],
        ),
    ],
)
def test_examples_of_a_trade_role_are_no_targets(text: str, expected: list[str]) -> None:
    assert targets(text) == expected
