"""Kinds of failure of the session-25 first look on w1220-w1239 (plain mainstream news
reports: wire stories, regional dailies, business press): the kind of sanctions between
the verb and "sanctions" ("slapped independent sanctions on"), a "weeks after" marker
next to a noun trigger before it, a state's policy of following another body's
sanctions, and a running tally of "dozens of" with its "including"; each rule tested
with sentences written for these tests (no corpus text)."""

from datetime import date

from tests.extract.helpers import names, rules_actions

WEDNESDAY = date(2026, 12, 2)


def news(text: str, published: date = WEDNESDAY) -> list[tuple[str, bool, list[str]]]:
    """(authority, background, target names) of every imposed action the rules find."""
    return [
        (a.authority, a.background, [t.name for t in a.targets])
        for a in rules_actions(text, published)
        if a.status == "imposed"
    ]


def test_the_kind_of_sanctions_between_verb_and_noun_keeps_the_trigger() -> None:
    for verb in ("slapped independent", "slapped fresh unilateral", "placed autonomous"):
        text = (
            f"Seoul on Tuesday {verb} sanctions on five North Korean individuals and one"
            " organization, the Foreign Ministry said."
        )
        (action,) = rules_actions(text, WEDNESDAY)
        assert (action.authority, action.status) == ("KR", "imposed")
        assert action.date == date(2026, 12, 1)
        assert (action.counts["person"], action.counts["organization"]) == (5, 1)


def test_weeks_after_dates_the_verb_after_it_not_the_noun_trigger_before_it() -> None:
    text = (
        "Tokyo on Tuesday froze the assets of four North Korean officials. Japan's"
        " designation came a week after the US Treasury Department blacklisted Ri Myong Su"
        " and Korea Unhasu Trading."
    )
    found = news(text)
    assert ("US", True, ["Ri Myong Su", "Korea Unhasu Trading"]) in found
    assert not any(code == "US" and not background for code, background, _ in found)


def test_a_policy_of_following_another_bodys_sanctions_is_no_act() -> None:
    opening = "The United States on Tuesday sanctioned Marlow Bunkering Pte Ltd, a Singapore firm. "
    for policy in (
        "Singapore implements sanctions imposed by the UN Security Council but does not"
        " enforce the unilateral sanctions of other countries.",
        "New Delhi has said it follows only sanctions imposed by the United Nations.",
    ):
        assert news(opening + policy) == [("US", False, ["Marlow Bunkering Pte Ltd"])]
    # the past tense of a state acting on a UN decision still tells acts
    text = opening + (
        "Japan on Tuesday implemented sanctions imposed by the UN Security Council on two firms."
    )
    assert {code for code, _, _ in news(text)} >= {"US", "JP"}


def test_a_tally_of_dozens_with_including_is_background() -> None:
    text = (
        "The Treasury on Tuesday sanctioned Crescent Tide Shipping LLC. Treasury has since"
        " sanctioned dozens of the militia's financiers, including Abu Karim al-Tamimi."
    )
    found = news(text)
    assert ("US", False, ["Crescent Tide Shipping LLC"]) in found
    assert ("US", True, ["Abu Karim al-Tamimi"]) in found
    # a vague number with no "including" opens no tally that takes later names
    text = (
        'The Treasury on Tuesday sanctioned Crescent Tide Shipping LLC. "We have sanctioned'
        ' hundreds of targets since 2021," an official said. Among those designated on'
        " Tuesday is Abu Karim al-Tamimi."
    )
    assert ("US", False, ["Crescent Tide Shipping LLC", "Abu Karim al-Tamimi"]) in news(text)


def test_a_bank_for_a_trade_keeps_its_whole_name() -> None:
    text = "Also sanctioned was Al-Mansour Islamic Bank for Investment, a private lender."
    assert names(text) == ["Al-Mansour Islamic Bank for Investment"]
    # a place or a cause after the bank's "for" is a reason, not part of its name
    text = "Treasury sanctioned Al-Nour Bank for Iran's missile programme."
    assert names(text) == ["Al-Nour Bank"]


def test_a_place_in_brackets_before_co_ltd_keeps_the_firm_whole() -> None:
    text = "It added Tidewell Freight (Ningbo) Co., Ltd. and a Dubai affiliate to its list."
    assert names(text) == ["Tidewell Freight (Ningbo) Co., Ltd."]


def test_a_part_among_the_whole_an_authority_sanctioned_opens_the_story() -> None:
    for relative in ("that the US Treasury", "the US Treasury"):
        text = (
            f"Three Pakistani firms are among 21 entities {relative} sanctioned on Tuesday."
            " The Pakistani firms include Ravi Polymers Pvt Ltd and Indus Crest Traders."
        )
        (action,) = rules_actions(text, WEDNESDAY)
        assert action.counts["organization"] == 21  # the whole, not the part
        assert [t.name for t in action.targets] == ["Ravi Polymers Pvt Ltd", "Indus Crest Traders"]
