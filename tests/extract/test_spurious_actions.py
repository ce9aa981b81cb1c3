"""Actions that should not exist (issue 11, session 11): sentences of sanctions news
that name a measure but state no act of a day. Short texts written for these tests.

A direct question asks ("How is a ship sanctioned?"), and a simple present or a
present passive with no day describes a standing state or a habit ("Their assets
are frozen", "Norway applies only UN sanctions"); neither is an action, while the
present that tells the news ("Two entities are also sanctioned: ...", "With this
decision, 12 persons are added ...") still is.
"""

from __future__ import annotations

import pytest

from tests.extract.test_action_authorities import actions, read
from tests.extract.test_frames import frames

NEWS = "Canada on Tuesday imposed sanctions on five Iranian officials over the crackdown. "


@pytest.mark.parametrize(
    "question",
    [
        "How is a ship sanctioned?",
        "How does an EU asset freeze actually work?",
        'When the headlines say that the EU "sanctioned" a businessman, what happens next?',
        "Will Japan impose sanctions on the bank?",
    ],
)
def test_a_direct_question_states_no_act(question: str) -> None:
    assert frames(question) == []
    assert frames(f"{NEWS}{question}") == frames(NEWS)


@pytest.mark.parametrize(
    "standing",
    [
        "Treasury's SDN list freezes assets and bans almost all dealings.",
        "Türkiye applies only the sanctions of the UN Security Council.",
        "All property of the designated parties under US jurisdiction is frozen.",
        "Norway follows the EU's Russia sanctions, under which 2,400 people are listed.",
        "Singapore rarely imposes unilateral sanctions.",
    ],
)
def test_a_present_with_no_day_is_no_act(standing: str) -> None:
    assert frames(standing) == []
    assert frames(f"{NEWS}{standing}") == frames(NEWS)


def test_an_authority_that_bans_acts_where_a_list_that_bans_only_works() -> None:
    assert actions("Canada bans imports of Russian aluminium from Rusal.") == [
        ("CA", "imposed", False)
    ]
    assert frames("Treasury's SDN list freezes assets and bans almost all dealings.") == []


def test_a_habit_after_the_news_adds_no_action() -> None:
    text = NEWS + "Beijing said it would respond. Singapore rarely imposes unilateral sanctions."
    assert ("SG", "imposed", False) not in actions(text)
    assert ("CA", "imposed", False) in actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan on Friday imposes sanctions on 11 Russian individuals.",
        "With this decision, 12 persons are added to the Canadian sanctions list.",
        "Two entities are also sanctioned: Alpha Trading and Beta Logistics.",
        "Canada also imposes an export ban on drones.",
        "This action designates key Hamas officials and their financiers.",
        "These sanctions are imposed in coordination with Australia and the United States.",
    ],
)
def test_a_present_that_tells_the_news_is_still_an_act(text: str) -> None:
    assert frames(f"{NEWS}{text}")[len(frames(NEWS)) :] != []
    assert all(status == "imposed" for _, status, _ in frames(f"{NEWS}{text}"))


def test_a_warning_to_whoever_acts_is_no_imposition() -> None:
    text = '"Whoever sanctions Georgia will be sanctioned by Georgia," the speaker said.'
    assert frames(text) == [("GE", "threatened", False)]
    text = "Anyone who trades with the bank will be sanctioned by the United States."
    assert frames(text) == [("US", "threatened", False)]
    # a future of named parties is still read as the decision announced
    assert frames("The firms will be sanctioned by Britain.") == [("GB", "imposed", False)]


def test_a_coordinated_clause_with_its_own_progressive_subject_acts_alone() -> None:
    text = (
        "Britain, France and Germany said that they would move to sanction Iran Air, "
        "and the EU is preparing its own listing of 12 officials."
    )  # with its number of targets the EU's listing is a proposal (a bare one is a threat)
    found = frames(text)
    assert ("EU", "proposed", False) in found
    assert not any(status == "proposed" for code, status, _ in found if code != "EU")


def test_a_list_of_actors_before_a_pluperfect_stays_one_list() -> None:
    text = "The United States and the United Kingdom had already sanctioned Asia Sun Trading."
    assert sorted(frames(text)) == [("GB", "imposed", True), ("US", "imposed", True)]


def test_a_speaker_of_measures_already_taken_is_no_actor() -> None:
    first = "Canada sanctioned five officials on Monday. "
    said = "The Iranian government spokesman said the new designations were illegal."
    assert {code for code, _, _ in frames(first + said)} == {"CA"}
    # announcing designations is making them
    assert frames("Japan on Monday announced the new designations of 12 people.") == [
        ("JP", "imposed", False)
    ]


def test_a_state_asking_the_eu_to_sanction_makes_no_proposal() -> None:
    assert frames("Poland asked the EU to sanction Belarusian officials.") == []
    assert frames("US President Donald Trump has urged the EU to impose tariffs on China.") == []
    # the EU's own institutions, and a state asking a UN committee, do propose
    text = "Ursula von der Leyen called on the 27 EU member states to approve a new package."
    assert frames(text) == [("EU", "proposed", False)]
    text = "The United States asked the United Nations on Tuesday to blacklist 10 ships."
    assert frames(text) == [("UN", "proposed", False)]


def test_an_aside_about_the_subject_does_not_set_the_status() -> None:
    text = (
        "South Korea and Japan, which co-sponsored the draft, said they would adopt "
        "national measures against the same ships if the Council failed to act."
    )
    assert sorted(frames(text)) == [("JP", "threatened", False), ("KR", "threatened", False)]


def test_a_reading_list_states_no_act() -> None:
    assert frames("Related reading: OFSI enforcement guidance | Russia: new designations") == []
    assert frames("Read also: EU weighs adding 50 more ships to its list") == []


def test_earlier_designations_are_background() -> None:
    text = "Earlier Iran oil designations by the United States included the tanker Adrian Darya."
    assert frames(text) == [("US", "imposed", True)]


def told(text: str) -> list[tuple[str, str, bool, list[str]]]:
    """Authority, status, background and target names of each action, by the rules."""
    return [
        (a.authority, a.status, a.background, [t.name for t in a.targets])
        for a in read(text).actions
    ]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "Britain sanctioned Alpha Trading Ltd on Tuesday, tightening prior measures on Iran.",
            "GB",
            "Alpha Trading Ltd",
        ),
        (
            "Britain has sanctioned Gamma Trading Ltd, expanding earlier measures against "
            "Russia's shadow fleet.",
            "GB",
            "Gamma Trading Ltd",
        ),
        (
            "Japan imposed sanctions on Beta Corp, aligning with earlier US designations.",
            "JP",
            "Beta Corp",
        ),
    ],
)
def test_earlier_measures_near_an_act_leave_the_act_news(text: str, code: str, target: str) -> None:
    assert told(text) == [(code, "imposed", False, [target])]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "The EU designates Alpha LLC, a firm that only operates in occupied Crimea.",
            ["Alpha LLC"],
        ),
        (
            "The EU designates Press TV and three of its executives, who always deny any link "
            "to the IRGC.",
            ["Press TV"],
        ),
    ],
)
def test_a_word_of_habit_about_the_object_leaves_the_act(text: str, targets: list[str]) -> None:
    assert told(text) == [("EU", "imposed", False, targets)]


def test_earlier_sanctions_in_a_clause_or_aside_leave_the_listing_news() -> None:
    for text in (
        "The EU on Monday listed 20 officials, adding to earlier sanctions on Belarus.",
        "The EU, which imposed earlier sanctions on Belarus, on Monday listed 20 officials.",
    ):
        assert actions(text) == [("EU", "imposed", False)]


def test_a_package_of_arms_or_aid_is_no_sanctions_package() -> None:
    text = "The State Department approved the $330 million package of aircraft parts on Monday."
    assert frames(text) == []
    assert frames("The EU adopted a 50 billion euro aid package for Ukraine on Monday.") == []
    text = "The EU on Monday adopted the 19th package of sanctions against Russia."
    assert frames(text) == [("EU", "imposed", False)]
    text = (
        "The State Department approved a package of sanctions on weapons suppliers, "
        "including Delta Arms LLC."
    )
    assert told(text) == [("US", "imposed", False, ["Delta Arms LLC"])]


def test_a_glossary_line_states_no_act() -> None:
    assert frames("Glossary: asset freeze, travel ban, sectoral measures") == []


def test_an_act_expected_or_not_yet_taken_is_no_act() -> None:
    assert frames("Analysts expect the EU to impose further sanctions next month.") == []
    assert frames("The United States has yet to sanction the firm.") == []
    assert frames("The United States on Monday sanctioned the firm.") == [("US", "imposed", False)]


def test_yet_to_negates_only_after_an_auxiliary() -> None:
    text = "On Monday Treasury designated Lukoil, the largest company yet to be targeted."
    assert told(text) == [("US", "imposed", False, ["Lukoil"])]
    text = "The United States has yet to sanction Rosneft, but on Monday it designated Lukoil."
    assert told(text) == [("US", "imposed", False, ["Lukoil"])]


def test_preparing_to_sanction_is_a_proposal_not_an_imposition() -> None:
    text = "Treasury is reportedly preparing to sanction the exchange."
    assert frames(text) == [("US", "proposed", False)]
