"""Who acts, issue 11 leads of session 15: a speaker who closes the sentence, a
reporter who is not the actor. Short texts written for these tests."""

import pytest

from tests.extract.helpers import acts, targets_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Asset freezes were ordered against the Volga Shipping Company and its owner "
            "Ivan Petrov, Canada's foreign ministry said on Tuesday.",
            "CA",
        ),
        ("Travel bans were imposed on Belarusian judge Pavel Lukin, Oslo said.", "NO"),
        (
            "Entry bans were imposed on the Minsk Tractor Works and its chief Oleg Marov, "
            "the Icelandic foreign ministry announced.",
            "IS",
        ),
    ],
)
def test_a_subjectless_passive_is_the_trailing_speakers(text: str, code: str) -> None:
    assert acts(text) == {(code, "imposed")}


def test_an_agency_of_no_state_is_the_trailing_speakers() -> None:
    # the demonym of those hit ("British") names no authority
    text = "The Foreign Ministry has barred 14 British peers from entering Russia, Moscow said."
    assert acts(text) == {("RU", "imposed")}


def test_a_state_that_tells_of_measures_against_it_does_not_act() -> None:
    text = "Sanctions were imposed on three Russian shipping firms, the Russian ministry said."
    assert ("RU", "imposed") not in acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three Hong Kong trading companies were sanctioned on Monday, Beijing said.",
        "Entry bans were imposed on four Chinese shipping firms, Beijing said.",
    ],
)
def test_a_sovereign_telling_of_measures_on_its_firms_does_not_act(text: str) -> None:
    assert ("CN", "imposed") not in acts(text)


def test_a_trailing_speaker_with_more_to_say_is_not_taken() -> None:
    # ", X said, calling ...": the speaker reacts; nothing names who imposed
    text = "Sanctions were imposed on the Volga Shipping Company, Moscow said, calling them theft."
    assert ("RU", "imposed") not in acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Foreign Ministry said the United States had imposed sanctions on the "
        "Dalian Ocean Shipping Company.",
        "Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday Washington had sanctioned "
        "the Dalian Ocean Shipping Company.",
    ],
)
def test_a_reporter_of_anothers_act_does_not_act(text: str) -> None:
    assert acts(text) == {("US", "imposed")}


def test_a_mention_after_the_reporting_verb_that_is_no_subject_keeps_the_reporter() -> None:
    # "said Tokyo was ... and warned Moscow would": Tokyo is not the threat's subject
    text = (
        "Russia's Foreign Ministry spokeswoman said Tokyo was serving Washington and warned "
        "Moscow would retaliate with sanctions."
    )
    assert ("JP", "threatened") not in acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambassadors in Brussels weighed a Latvian proposal to sanction the Belarusian "
        "fertiliser maker Grodno Azot.",
        "A proposal by Latvia to sanction the Belarusian fertiliser maker Grodno Azot was "
        "discussed by EU envoys.",
    ],
)
def test_a_members_proposal_is_the_members_not_the_blocs(text: str) -> None:
    found = acts(text)
    assert ("LV", "proposed") in found
    assert not any(code == "EU" for code, _ in found)


@pytest.mark.parametrize(
    "answer",
    [
        "Moscow retaliated by barring Australian senators Jane Hollis and Peter Grantham.",
        "The Kremlin banned Australian senators Jane Hollis and Peter Grantham the next day.",
    ],
)
def test_names_hit_by_a_states_answer_are_not_the_first_actions(answer: str) -> None:
    text = "Australia on Monday sanctioned the Russian shipping firm Volga Tankers. " + answer
    found = targets_of(text)
    assert "Volga Tankers" in found["AU"]
    assert not found["AU"] & {"Jane Hollis", "Peter Grantham"}


def test_a_later_list_of_the_acting_state_still_joins_its_action() -> None:
    # the near miss: a sentence opened by the acting state itself keeps its zone
    text = (
        "Australia on Monday sanctioned the Russian shipping firm Volga Tankers. "
        "Canberra also banned its owners, Jane Hollis and Peter Grantham, from travel."
    )
    assert {"Jane Hollis", "Peter Grantham"} <= targets_of(text)["AU"]


@pytest.mark.parametrize(
    "text",
    [
        "The Principality of Monaco froze the assets of the Russian shipowner Oleg Varlamov.",
        "The State of Qatar imposed sanctions on the Sudanese militia commander Idris Kamal.",
        "The President of Ukraine imposed sanctions on the Russian shipowner Oleg Varlamov.",
    ],
)
def test_a_state_named_in_its_formal_style_acts(text: str) -> None:
    found = acts(text)
    assert len(found) == 1
    assert next(iter(found))[0] in {"MC", "QA", "UA"}


def test_a_formal_style_inside_the_objects_does_not_act() -> None:
    text = "Britain froze the assets of the Principality of Monaco's honorary consul Oleg Varlamov."
    assert {code for code, _ in acts(text)} <= {"GB"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the sanctions imposed on the lender Tinkoff were illegal.",
        "Russian President Vladimir Putin said the sanctions imposed on the lender Tinkoff "
        "were illegal.",
    ],
)
def test_a_speaker_of_the_sanctions_imposed_on_x_does_not_impose(text: str) -> None:
    assert not any(code == "RU" for code, _ in acts(text))


def test_the_bare_government_of_a_datelined_story_is_the_home_states() -> None:
    text = (
        "SEOUL, May 6 (Yonhap) -- The government on Friday froze the assets of the North "
        "Korean trading house Ryugyong Commercial Bank."
    )
    assert acts(text) == {("KR", "imposed")}


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: cues alone do not make the home
        "The government on Friday froze the assets of the North Korean trading house "
        "Ryugyong Commercial Bank.",
        # a place before it names another state than the dateline's
        "SEOUL, May 6 (Yonhap) -- In Tokyo, the government on Friday froze the assets of "
        "the North Korean trading house Ryugyong Commercial Bank.",
        # after another state acted, "the government" is that state's, not the dateline's
        "SEOUL, May 6 (Yonhap) -- Australia sanctioned the North Korean Ryugyong Commercial "
        "Bank. The government also froze the assets of its chairman Ri Song-chol.",
        # a reporting verb: the government speaks of another's measures
        "SEOUL, May 6 (Yonhap) -- The United States on Friday sanctioned the North Korean "
        "Ryugyong Commercial Bank. The government said the sanctions target Pyongyang's "
        "arms trade.",
    ],
)
def test_the_bare_government_is_not_the_home_states_without_a_clear_home(text: str) -> None:
    assert ("KR", "imposed") not in acts(text)
