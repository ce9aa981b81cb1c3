"""Who acts, issue 11 leads of session 17. Short texts written for these tests."""

import pytest

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import run
from sanctionwatch.model import Article
from tests.extract.helpers import PUBLISHED, acts, rules_actions

STAGES_TO_FRAMES = ["clean", "published", "sentences", "mentions", "names", "frames"]


def news(text: str) -> set[str]:
    """Authorities of the news actions the rules find (background ones left out)."""
    return {a.authority for a in rules_actions(text) if not a.background}


def older(text: str) -> set[str]:
    """Authorities of the background actions the rules find."""
    return {a.authority for a in rules_actions(text) if a.background}


@pytest.mark.parametrize(
    ("text", "actor", "answered"),
    [
        (
            "Russia has banned entry to 200 Australian citizens in response to sanctions "
            "imposed by Canberra.",
            "RU",
            "AU",
        ),
        (
            "Moscow expanded its entry ban on Japanese officials in response to sanctions "
            "imposed by Tokyo, the foreign ministry said.",
            "RU",
            "JP",
        ),
        (
            "In response to sanctions imposed by Canberra, Russia has banned entry to 200 "
            "Australian citizens.",
            "RU",
            "AU",
        ),
        (
            "Russia banned entry to 200 Australians. The move came in retaliation for "
            "sanctions that Canberra announced.",
            "RU",
            None,  # read as no act at all: no news act of Australia either
        ),
    ],
)
def test_the_measures_a_counter_measure_answers_are_no_news_act(
    text: str, actor: str, answered: str | None
) -> None:
    assert news(text) == {actor}
    assert older(text) == ({answered} if answered else set())


def test_answered_measures_with_a_day_of_their_own_stay_news() -> None:
    # the day dates the answered act: it may be the story's news, as before
    text = (
        "Russia banned entry to 41 New Zealanders in response to sanctions imposed by "
        "Wellington on Monday."
    )
    assert news(text) == {"RU", "NZ"}


def test_an_agent_followed_by_a_comma_and_a_new_subject_is_alone() -> None:
    # "by Canberra, Russia has banned": Russia is the main clause's subject, no agent
    text = (
        "In response to sanctions imposed by Canberra, Russia has banned entry to 200 "
        "Australian citizens."
    )
    doc = run(Doc(Article(id="t", text=text, published=PUBLISHED)), STAGES_TO_FRAMES)
    imposed = text.index("imposed")
    assert {f.authority for f in doc.frames if f.trigger_start == imposed} == {"AU"}
    # a real list of agents still is one
    assert news("Sanctions were announced on Monday by the US, Britain and Canada.") == {
        "US",
        "GB",
        "CA",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's Security Council sanctioned Chinese and Iranian drone makers on Friday.",
        "The Security Council of Ukraine imposed sanctions on 30 Russian propagandists.",
    ],
)
def test_a_state_s_security_council_is_that_state(text: str) -> None:
    assert acts(text) == {("UA", "imposed")}


def test_the_un_security_council_stays_the_un() -> None:
    text = "The UN Security Council added four Haitian gang leaders to its sanctions list."
    assert acts(text) == {("UN", "imposed")}
    text = "The Security Council on Friday added four Haitian gang leaders to its sanctions list."
    assert acts(text) == {("UN", "imposed")}


def test_listings_under_two_named_regulations_are_two_actions() -> None:
    text = (
        "Canada on Wednesday listed five individuals under the Special Economic Measures "
        "(Iran) Regulations. Canada also listed eleven individuals and two entities under "
        "the Special Economic Measures (Hamas Terrorist Attacks) Regulations."
    )
    assert [a.authority for a in rules_actions(text)] == ["CA", "CA"]


def test_one_regulation_named_twice_is_one_action() -> None:
    # the long and the short name of one regulation key alike
    text = (
        "Canada on Wednesday sanctioned five Iranian officials under the Special Economic "
        "Measures (Iran) Regulations. The sanctions under the Iran Regulations freeze their "
        "assets in Canada."
    )
    assert [a.authority for a in rules_actions(text)] == ["CA"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "After a meeting in Brussels, the EU and Britain froze the assets of Russian "
            "bank VTB on Friday.",
            {"EU", "GB"},
        ),
        (
            "At a summit in Tokyo, Japan and South Korea imposed sanctions on five North "
            "Korean hackers.",
            {"JP", "KR"},
        ),
    ],
)
def test_a_place_in_an_opening_phrase_does_not_swallow_the_subjects(
    text: str, codes: set[str]
) -> None:
    assert news(text) == codes


def test_objects_listed_in_an_opening_phrase_stay_objects() -> None:
    # the list of the agreement's parties runs on to a comma: no subject list
    text = (
        "After Trump withdrew the US from the nuclear agreement between Iran, France, "
        "China, Russia, UK, US, and Germany, the US Treasury levied sanctions on 4 "
        "Iranian airlines on Thursday."
    )
    assert news(text) == {"US"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Following the US lead, Japan and South Korea froze the assets of Russian bank "
            "VTB on Friday.",
            {"JP", "KR"},
        ),
        ("Following the EU, Switzerland on Friday froze the assets of Russian bank VTB.", {"CH"}),
        (
            "Following the US, Britain and Canada, Japan froze the assets of Russian bank VTB "
            "on Friday.",
            {"JP"},
        ),
        (
            "Like the United States, Britain and Canada on Friday froze the assets of Russian "
            "bank VTB.",
            {"GB", "CA"},
        ),
    ],
)
def test_the_states_of_a_precedent_opening_do_not_act(text: str, codes: set[str]) -> None:
    assert news(text) == codes


def test_partners_named_first_still_act() -> None:
    text = "In coordination with the UK and Canada, the United States sanctioned 12 Iranian firms."
    assert news(text) == {"US", "GB", "CA"}


def test_a_verb_of_aspect_keeps_the_relative_clause_subject() -> None:
    # "which Canberra continues to impose": Australia's measures, answered by Russia's
    text = (
        "The Russian Foreign Ministry said on Thursday that 21 Australian citizens are "
        "banned from entering Russia, as a response to the sanctions which Canberra "
        "continues to impose on Russian companies."
    )
    assert news(text) == {"RU"}
    assert older(text) == {"AU"}


def test_a_speaker_after_a_passive_agent_is_no_agent() -> None:
    # "by Britain, the Treasury noted": the Treasury speaks, Britain listed
    text = (
        "The US Treasury on Thursday sanctioned Asia Sun Group. Sky Aviator was listed "
        "in 2022 by Britain, the Treasury noted."
    )
    assert older(text) == {"GB"}
