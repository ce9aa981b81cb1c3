"""Offices named only by a title, whose state the sentence gives another way, on short
texts written for these tests (issue 11): the holder's name set off by commas ("The
Minister for Foreign Affairs, Penny Wong, announced ..."), or the state that owns the
regime the office lists under ("The Foreign Minister listed ... under Australia's
autonomous sanctions framework").
"""

from __future__ import annotations

from tests.extract.test_action_authorities import news


def test_a_holder_named_between_commas_gives_the_office_its_state() -> None:
    text = (
        "The Minister for Foreign Affairs, Penny Wong, announced financial sanctions and "
        "travel bans on Tuesday against 12 Iranian individuals, including Ali Rezaei."
    )
    assert news(text) == {("AU", "imposed")}


def test_the_owner_of_the_regime_gives_the_office_its_state() -> None:
    text = (
        "The Foreign Minister on Tuesday listed three Russian oligarchs under Australia's "
        "autonomous sanctions framework."
    )
    assert news(text) == {("AU", "imposed")}


def test_the_owner_of_the_list_gives_the_office_its_state() -> None:
    text = (
        "The Minister of Foreign Affairs on Tuesday added 14 Belarusian officials to "
        "Canada's sanctions list, including Ivan Petrov."
    )
    assert news(text) == {("CA", "imposed")}


def test_a_regime_named_after_its_target_has_no_owner() -> None:
    # Russia is what the regulations hit: the office is that of the state acting before
    text = (
        "Australia on Tuesday announced new measures. The Foreign Minister added six "
        "companies to the list under the Russia sanctions regulations."
    )
    assert news(text) == {("AU", "imposed")}


def test_an_adjective_owns_a_sanctions_law() -> None:
    text = (
        "The Federal Department of Foreign Affairs welcomed the step. The Minister of Foreign "
        "Affairs on Tuesday froze the assets of two firms under Swiss sanctions law."
    )
    assert news(text) == {("CH", "imposed")}


def test_a_bare_ministry_in_a_yonhap_story_is_south_korea_s() -> None:
    text = (
        "The Foreign Ministry on Tuesday blacklisted four North Korean hackers, including "
        "Kim Chol, who stole 1.2 trillion won in cryptocurrency. The measures were "
        "coordinated with Washington and Tokyo, a ministry official told Yonhap."
    )
    assert news(text) == {("KR", "imposed")}


def test_a_bare_ministry_in_a_xinhua_story_is_china_s() -> None:
    text = (
        "The Ministry of Commerce on Tuesday added 12 US defence firms to its unreliable "
        "entity list, including Skyline Dynamics, Xinhua reported. Spokeswoman Mao Ning "
        "said the firms had harmed national security."
    )
    assert news(text) == {("CN", "imposed")}


def test_one_cue_alone_makes_no_home() -> None:
    # a single cue (min_score 2 in story.json) leaves the ministry without a state
    text = (
        "The Foreign Ministry on Tuesday blacklisted four hackers, including Kim Chol, "
        "a ministry official told Yonhap."
    )
    assert news(text) == set()


def test_a_bare_minister_in_a_canadian_release_is_canada_s() -> None:
    text = (
        "The Minister of Foreign Affairs on Tuesday announced sanctions under the Special "
        "Economic Measures Act against 10 Iranian officials, including Ali Rezaei. Global "
        "Affairs Canada said the individuals were responsible for human rights violations."
    )
    assert news(text) == {("CA", "imposed")}


def test_a_bare_minister_in_an_australian_release_is_australia_s() -> None:
    text = (
        "The Foreign Minister on Tuesday listed 12 Russian individuals, including Ivan "
        "Petrov, under the Autonomous Sanctions Regulations 2011, the Department of Foreign "
        "Affairs and Trade said."
    )
    assert news(text) == {("AU", "imposed")}


def test_an_opening_phrase_names_whose_decree_the_passive_states() -> None:
    text = (
        "According to the decree of the President of Ukraine, sanctions were introduced "
        "against 56 vessels, including the tanker Sea Star."
    )
    assert news(text) == {("UA", "imposed")}


def test_a_country_hit_in_an_opening_phrase_is_no_source() -> None:
    # "in response to the decision of Lithuania": no decree of Lithuania's here
    text = (
        "In response to the decision of Lithuania, sanctions were introduced against 12 "
        "Lithuanian officials, including Ivan Petrov, the Russian Foreign Ministry said."
    )
    assert ("LT", "imposed") not in news(text)
