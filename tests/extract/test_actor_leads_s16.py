"""Who acts, issue 11 leads of session 16. Short texts written for these tests."""

import pytest

from tests.extract.helpers import acts, targets_of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Berlin welcomed the EU's new listing of the Wagner Group's Africa Corps on Tuesday.",
            "EU",
        ),
        (
            "Canada backed Britain's freeze of the assets of the Sudanese general "
            "Abdel Rahim Dagalo on Monday.",
            "GB",
        ),
        (
            "A spokesman for the German government said Berlin welcomed the EU's new "
            "sanctions on the Wagner Group's Africa Corps.",
            "EU",
        ),
    ],
)
def test_the_owner_of_an_act_that_another_welcomes_acts(text: str, code: str) -> None:
    assert acts(text) == {(code, "imposed")}


def test_a_state_that_aligns_with_another_s_listing_acts_itself() -> None:
    text = (
        "Norway said on Thursday it had aligned with the EU's listing of the Russian "
        "shipping firm Baltic Trans Line."
    )
    assert acts(text) == {("NO", "imposed")}


def test_names_before_a_subordinate_act_of_another_state_are_the_main_act_s() -> None:
    text = (
        "Russia banned entry to 40 Australians, among them Penny Wong, in a tit-for-tat "
        "move after Canberra sanctioned the Russian banker Oleg Tinkov."
    )
    assert targets_of(text) == {"RU": {"Penny Wong"}, "AU": {"Oleg Tinkov"}}


@pytest.mark.parametrize(
    "reason",
    [
        "in response to London's sanctions on",
        "in retaliation for British sanctions against",
        "following the British sanctions on",
    ],
)
def test_names_after_the_act_a_measure_answers_are_not_its_targets(reason: str) -> None:
    text = (
        "Russia imposed entry bans on 23 British nationals, including John Healey, "
        f"{reason} the Russian firm Gazprom Neft."
    )
    assert targets_of(text) == {"RU": {"John Healey"}}


@pytest.mark.parametrize(
    "actors",
    [
        "Australia, Canada and the United States",
        "The governments of Australia, Canada and the United States",
    ],
)
def test_a_list_of_actors_broken_before_and_the_shares_its_targets(actors: str) -> None:
    text = f"{actors} on Thursday imposed sanctions on the Russian hacker Dmitry Khoroshev."
    found = targets_of(text)
    assert found == {code: {"Dmitry Khoroshev"} for code in ("AU", "CA", "US")}


@pytest.mark.parametrize(
    ("dateline", "code"),
    [("SEOUL (Yonhap) --", "KR"), ("TOKYO, March 3 (Kyodo) -", "JP")],
)
def test_a_lower_case_ministry_in_a_datelined_story_is_the_home_state_s(
    dateline: str, code: str
) -> None:
    text = (
        f"{dateline} The foreign ministry on Monday blacklisted five North Korean "
        "individuals, including Kim Ryu Song."
    )
    assert targets_of(text) == {code: {"Kim Ryu Song"}}


def test_a_lower_case_ministry_with_no_dateline_names_no_state() -> None:
    text = (
        "The foreign ministry on Monday blacklisted five North Korean individuals, "
        "including Kim Ryu Song."
    )
    assert acts(text) == set()


def test_a_lower_case_ministry_closing_a_datelined_sentence_speaks_for_the_home() -> None:
    text = (
        "SEOUL (Yonhap) -- Five North Korean individuals, including Kim Ryu Song, were "
        "blacklisted on Monday, the foreign ministry said."
    )
    assert targets_of(text) == {"KR": {"Kim Ryu Song"}}


@pytest.mark.parametrize(
    "text",
    [
        # the home state is the one hit
        "MOSCOW -- Sanctions were imposed on the Russian bank Sberbank on Monday, the "
        "foreign ministry said.",
        # a home with no ministries: the ministry is another state's
        "WASHINGTON -- Sanctions were imposed on the Iranian bank Sepah on Monday, the "
        "foreign ministry said.",
    ],
)
def test_a_lower_case_ministry_does_not_speak_for_a_home_hit_or_without_ministries(
    text: str,
) -> None:
    assert acts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The remaining Libya designations, which target Saif al-Islam Gaddafi, will "
            "stay in place, the Foreign Office said.",
            {"GB"},
        ),
        ("Earlier Venezuela oil designations included the tanker Liberty Sun.", set()),
        # a state written with "the" before the noun is the owner
        ("The remaining US designations target the Libyan militia leader Osama Juwaili.", {"US"}),
    ],
)
def test_a_state_naming_a_regime_after_a_determiner_and_a_kind_word_does_not_act(
    text: str, expected: set[str]
) -> None:
    assert {code for code, _ in acts(text)} == expected


@pytest.mark.parametrize(
    "dateline",
    ["LONDON/KYIV, March 3:", "GENEVA/LONDON, March 3:", "LONDON/KYIV -"],
)
def test_every_place_of_a_joint_dateline_is_where_the_story_was_filed(dateline: str) -> None:
    text = (
        f"{dateline} The UN Security Council on Monday added the militia leader Abu "
        "Khalid to its sanctions list."
    )
    assert acts(text) == {("UN", "imposed")}


def test_a_state_after_a_locative_preposition_does_not_act() -> None:
    text = (
        "New Zealand has no autonomous sanctions regime outside Russia, and the travel "
        "bans were imposed under the Immigration Act."
    )
    assert acts(text) == {("NZ", "imposed")}


def test_a_place_inside_the_apposition_of_a_passive_subject_does_not_act() -> None:
    text = (
        "The Treasury on Tuesday sanctioned the tanker Ocean Pearl. Port Star Logistics, "
        "a Dubai company that chartered the tanker, was also designated."
    )
    assert {code for code, _ in acts(text)} == {"US"}


def test_measures_after_a_threat_are_those_of_the_act_it_answers() -> None:
    text = (
        "Russia warned on Sunday it would retaliate after the Japanese government froze "
        "the assets of 28 individuals.\n\nThe sanctions also target the Hong Kong firm "
        "Everbright Circuit and the Turkish trader Bosphorus Lojistik."
    )
    found = targets_of(text)
    assert found.get("JP") == {"Everbright Circuit", "Bosphorus Lojistik"}
    assert not found.get("RU")


def test_an_act_with_the_threatener_as_pronoun_subject_is_the_threatener_s() -> None:
    text = (
        "China vowed countermeasures after Washington blacklisted 12 Chinese firms. On "
        "Thursday, it imposed sanctions on the US drone maker Skydio."
    )
    assert targets_of(text).get("CN") == {"Skydio"}


@pytest.mark.parametrize("verb", ["pushed", "lobbied", "pressured", "encouraged"])
def test_states_that_push_another_to_sanction_do_not_act(verb: str) -> None:
    text = f"France and Germany {verb} the EU to sanction the Russian firm Rostec."
    assert not {code for code, _ in acts(text)} & {"FR", "DE"}


def test_a_lower_case_ministry_in_a_story_from_a_home_without_ministries_names_no_state() -> None:
    text = (
        "WASHINGTON -- The foreign ministry on Monday banned entry to 20 American "
        "lawmakers, including Lindsey Graham."
    )
    assert acts(text) == set()
