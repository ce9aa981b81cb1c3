"""Whether and how an action happened, in sentences written for these tests in the
kinds of language that failed on unseen text (issue 11): an intention announced
for soon, a text drafted by one state and adopted by the Council, a decision
reported with words in between, a question, an act not taken, a proposal with a
gerund. The rules alone are run (no learned judge), so each case tests one rule."""

import pytest

from tests.extract.helpers import rules_actions, rules_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will soon impose": an intention, not an act
        (
            "The prime minister said on Friday that Japan will soon impose additional "
            "sanctions on Russia.",
            [("JP", "threatened")],
        ),
        # ... and "will impose" with a day of its own stays the decision
        (
            "Japan will impose additional sanctions on Russia on Friday, the prime minister said.",
            [("JP", "imposed")],
        ),
        # "drafted by Britain": who wrote the text the Council adopted, no proposal
        (
            "The UN Security Council on Thursday adopted a resolution on Sudan. The text, "
            "drafted by Britain, imposes a travel ban and an asset freeze on two commanders.",
            [("UN", "imposed")],
        ),
        # ... but a draft that is still a draft is proposed
        (
            "Britain on Thursday circulated a draft resolution at the UN Security Council "
            "that would impose a travel ban on two commanders.",
            [("UN", "proposed")],
        ),
        # a decision reported, with a place between the verb and "it would"
        (
            "Canada announced at the summit that it would sanction 13 individuals and 11 entities.",
            [("CA", "imposed")],
        ),
        # a question asked: nobody threatens
        (
            "Asked whether Beijing would retaliate, a spokesperson for China's Foreign "
            "Ministry said the move was harmful.",
            [],
        ),
        (
            "It was unclear whether the European Union would impose sanctions on the firms.",
            [],
        ),
        # "rather than adopting": the act not taken is no action
        (
            "It is the first time Norway has sanctioned anyone on its own, rather than "
            "adopting listings made by the European Union.",
            [("NO", "imposed")],
        ),
        # a proposal with a gerund: "adding" is the act proposed, not one imposed
        (
            "The European Commission on Tuesday proposed adding 22 regional banks to its list.",
            [("EU", "proposed")],
        ),
        # a bill whose sponsor stands between "bill" and "that would": still a proposal
        (
            "U.S. senators on Tuesday introduced the Sanctioning Iran Act, a bill by Sen. "
            "Lindsey Graham that would impose sanctions on Iranian banks.",
            [("US", "proposed")],
        ),
    ],
)
def test_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat's words in quotation marks are still a threat
        (
            'China\'s foreign ministry said Beijing would take "resolute countermeasures" '
            "against the lawmakers.",
            [("CN", "threatened")],
        ),
        (
            'The Foreign Secretary said the UK would "not hesitate to impose further sanctions".',
            [("GB", "threatened")],
        ),
        # a list promised to grow
        (
            'The foreign ministry said Iran will "expand the list if hostile actions continue".',
            [("IR", "threatened")],
        ),
        (
            "The Russian Foreign Ministry on Thursday banned 21 British citizens from entering "
            "Russia. The ministry said the stop list will be expanded if London continues.",
            [("RU", "imposed"), ("RU", "threatened")],
        ),
        # "ready to use all tools", "prepared to act": a warning
        (
            "The European Union is ready to use all tools at its disposal, including targeted "
            "sanctions, against the officials, its foreign policy chief said.",
            [("EU", "threatened")],
        ),
    ],
)
def test_threat(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_pluperfect_recap_is_background() -> None:
    text = (
        "Ukraine on Tuesday imposed sanctions on 12 Belarusian officials. Estonia, Latvia "
        "and Lithuania had imposed entry bans on a larger group of officials."
    )
    found = [(a.authority, a.background) for a in rules_actions(text)]
    assert ("UA", False) in found
    assert {bg for code, bg in found if code in ("EE", "LV", "LT")} == {True}


def test_pluperfect_in_reported_speech_is_the_news() -> None:
    text = (
        "Foreign Minister Penny Wong said Australia had imposed financial sanctions and "
        "travel bans on three members of the group."
    )
    assert [(a.authority, a.status, a.background) for a in rules_actions(text)] == [
        ("AU", "imposed", False)
    ]


def test_would_with_a_time_to_come_is_an_intention() -> None:
    assert rules_statuses("Norway said it would adopt the same sanctions shortly.") == [
        ("NO", "threatened")
    ]
    assert rules_statuses("Canada said on Tuesday it would impose sanctions on the officials.") == [
        ("CA", "imposed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a running tally with "since": no act
        "Ukraine has sanctioned more than 1,000 vessels since 2022.",
        # a non-binding call is no proposal tabled
        "The European Parliament on Wednesday adopted a non-binding resolution calling on "
        "the EU Council to add the IRGC to the bloc's terrorist list.",
        # someone else's act foreseen
        '"We expect that these companies will be sanctioned by the EU and the US," the '
        "Ukrainian commissioner said.",
    ],
)
def test_no_action(text: str) -> None:
    assert rules_statuses(text) == []


def test_last_expanded_is_background() -> None:
    text = (
        "Japan last expanded its sanctions on Russia in March, freezing the assets of 13 "
        "individuals and 16 organizations."
    )
    assert {a.background for a in rules_actions(text)} == {True}


@pytest.mark.parametrize(
    "text",
    [
        # what sanctions will not do is no warning of them
        "Britain on Tuesday imposed sanctions on 25 people smugglers. An aid worker warned "
        'that sanctions "won\'t stop desperate people".',
        # boilerplate to whoever acts
        'Canada on Friday imposed sanctions on five gang leaders. "Those who fuel violence '
        'for personal gain will face consequences," the foreign minister said.',
        # what a measure does is no one's intention
        "Saudi Arabia on Tuesday designated 21 people. The government said the designations "
        "would freeze all assets of those listed.",
    ],
)
def test_no_threat(text: str) -> None:
    assert "threatened" not in {a.status for a in rules_actions(text)}
    assert len(rules_actions(text)) == 1


def test_the_month_may_is_no_modal() -> None:
    text = "The EU's 17th package, adopted in May, listed 189 vessels and 75 entities."
    assert "threatened" not in {a.status for a in rules_actions(text)}
    assert rules_statuses("Canada may impose sanctions on the officials.") == [("CA", "threatened")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Commission proposes; the Council adopts
        (
            "The European Commission on Tuesday unveiled its 20th package of sanctions, "
            "adding nine banks to the transaction ban.",
            [("EU", "proposed")],
        ),
        (
            "The EU on Tuesday adopted its 20th package of sanctions.",
            [("EU", "imposed")],
        ),
        # still to be approved
        (
            "EU foreign ministers are expected to approve the sanctions package next week.",
            [("EU", "proposed")],
        ),
        (
            "EU member states still need to approve the 20th package of sanctions.",
            [("EU", "proposed")],
        ),
        # "proposed by" and its agent
        (
            "The package, proposed by the European Commission on Tuesday, targets 45 more vessels.",
            [("EU", "proposed")],
        ),
    ],
)
def test_proposal(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    "explainer",
    [
        "A US designation blocks all property of the listed persons and generally prohibits "
        "Americans from dealing with them.",
        "The EU's asset freeze means that no funds may be made available to listed persons.",
    ],
)
def test_explainer_is_no_action(explainer: str) -> None:
    text = "Canada on Friday sanctioned 10 officials. " + explainer
    assert rules_statuses(text) == [("CA", "imposed")]


def test_asset_freeze_after_a_comma_is_news() -> None:
    text = "On Friday, an asset freeze was imposed by the UK on the minister."
    assert rules_statuses(text) == [("GB", "imposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vow of sanctions is a threat, not an imposition
        (
            "Germany vowed sanctions against those responsible for the attack.",
            [("DE", "threatened")],
        ),
        # wanting another to act is a call: no act of either
        ("Kyiv wants the EU to blacklist 20 more tankers.", []),
        # wanting to act is an intention
        ("The US wants to sanction the refiners, officials said.", [("US", "threatened")]),
    ],
)
def test_wish_and_vow(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_sanctions_supposed_are_met_with_a_threat() -> None:
    text = "The Kremlin said any new sanctions would be met with a tough response."
    assert rules_statuses(text) == [("RU", "threatened")]
    assert rules_statuses("The EU on Monday imposed new sanctions on Iran.") == [("EU", "imposed")]


@pytest.mark.parametrize(
    "text",
    [
        # the sanctions being lifted, recalled in a relative clause
        "The EU lifted sanctions on Syrian banks on Tuesday, which it had imposed over the "
        "crackdown.",
        # measures kept in force beside a lifting
        "The EU on Monday suspended sanctions on Syria's energy sector, while keeping an arms "
        "embargo and asset freezes on Assad's associates.",
    ],
)
def test_no_imposition_invented_in_a_lifting_story(text: str) -> None:
    found = rules_actions(text)
    assert ("EU", "lifted") in [(a.authority, a.status) for a in found]
    assert not [a for a in found if a.status == "imposed" and not a.background]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a power under a law, described: no threat
        ("Under Swiss law, the Federal Council may adopt EU sanctions but is not obliged to.", []),
        (
            "The regime allows Canada to sanction foreign nationals responsible for gross human "
            "rights violations.",
            [],
        ),
        # ... while an act under a law is news
        (
            "Under the Magnitsky Act, Canada sanctioned 12 officials responsible for the "
            "crackdown.",
            [("CA", "imposed")],
        ),
    ],
)
def test_power_described(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected
