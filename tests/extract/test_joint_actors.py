"""Who acts where a country adjective names a programme ("New Iranian sanctions
target ...") and where several authorities act in one act ("..., as did Britain
and Canada", "followed suit", "joined the US and Britain in sanctioning"). Short
texts written for these tests (issue 11)."""

import pytest

from tests.extract.helpers import authorities


def test_adjective_before_sanctions_names_the_programme_when_another_acts() -> None:
    text = (
        "New Iranian sanctions target Hamid Rezaei and the Pars Trading Company. The US "
        "Treasury on Tuesday designated the two for supplying drone parts."
    )
    assert authorities(text) == {"US": {"Hamid Rezaei", "Pars Trading Company"}}


def test_adjective_before_sanctions_gives_way_to_the_speaker() -> None:
    text = (
        "New Russian sanctions target Ivan Petrov and the Volga Shipping Company, the "
        "European Union said."
    )
    assert authorities(text) == {"EU": {"Ivan Petrov", "Volga Shipping Company"}}


def test_adjective_before_sanctions_acts_when_nothing_else_does() -> None:
    text = "New French sanctions target Ivan Petrov and the Volga Shipping Company."
    assert set(authorities(text)) == {"FR"}


def test_adjective_before_sanctions_acts_when_its_state_acts_elsewhere() -> None:
    text = (
        "New French sanctions target Ivan Petrov. France on Tuesday also froze the assets "
        "of the Volga Shipping Company. Germany imposed sanctions on Oleg Sidorov."
    )
    found = authorities(text)
    assert "Ivan Petrov" in found["FR"]
    assert found["DE"] == {"Oleg Sidorov"}


def test_as_did_adds_the_partners_of_the_act() -> None:
    text = (
        "The United States imposed sanctions on Ivan Petrov on Tuesday, as did Britain and Canada."
    )
    assert authorities(text) == {
        "US": {"Ivan Petrov"},
        "GB": {"Ivan Petrov"},
        "CA": {"Ivan Petrov"},
    }


def test_followed_suit_takes_the_targets_of_the_act_followed() -> None:
    text = (
        "The United States on Tuesday imposed sanctions on Ivan Petrov and Oleg Sidorov. "
        "Britain and Canada followed suit."
    )
    found = authorities(text)
    assert found["GB"] == {"Ivan Petrov", "Oleg Sidorov"}
    assert found["CA"] == {"Ivan Petrov", "Oleg Sidorov"}


def test_a_second_authority_listing_the_same_individuals() -> None:
    text = (
        "The United States and Britain imposed sanctions on Ivan Petrov and Oleg Sidorov on "
        "Tuesday. Canada also listed the same individuals."
    )
    found = authorities(text)
    assert found["CA"] == {"Ivan Petrov", "Oleg Sidorov"}
    assert found["US"] == found["GB"] == {"Ivan Petrov", "Oleg Sidorov"}


def test_joined_a_list_of_partners_in_sanctioning() -> None:
    text = (
        "Australia joined the United States and Britain on Tuesday in sanctioning Ivan "
        "Petrov and Oleg Sidorov."
    )
    assert set(authorities(text)) == {"AU", "US", "GB"}


def test_programme_adjective_does_not_lead_the_context() -> None:
    # the list after the lead belongs to the Treasury's act, not to "Iranian"
    text = (
        "WASHINGTON, March 4 (Reuters) - New Iranian sanctions target six companies and two "
        "people accused of supplying drone parts, the U.S. Treasury said on Tuesday.\n\n"
        "Among those designated was Hamid Rezaei, a procurement agent, and the Pars Trading "
        "Company in Tehran."
    )
    assert authorities(text) == {"US": {"Hamid Rezaei", "Pars Trading Company"}}


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("Canada has listed them too.", "CA"),
        ("Canada did likewise.", "CA"),
        ("Australia imposed matching sanctions on the two men.", "AU"),
        ("New Zealand also designated them.", "NZ"),
        ("Canada also sanctioned both men.", "CA"),
        ("Canada imposed identical sanctions.", "CA"),
    ],
)
def test_a_second_authority_pointing_back_at_the_targets(second: str, code: str) -> None:
    text = (
        "The United States on Tuesday imposed sanctions on Ivan Petrov and Oleg Sidorov. " + second
    )
    found = authorities(text)
    assert found["US"] == {"Ivan Petrov", "Oleg Sidorov"}
    assert found[code] == {"Ivan Petrov", "Oleg Sidorov"}


def test_a_later_act_with_targets_of_its_own_takes_none_back() -> None:
    text = (
        "The United States on Tuesday imposed sanctions on Ivan Petrov and Oleg Sidorov. "
        "Canada also sanctioned the Volga Shipping Company."
    )
    assert authorities(text)["CA"] == {"Volga Shipping Company"}


@pytest.mark.parametrize("follows", ["did likewise", "did the same", "followed suit"])
def test_following_an_act_that_is_no_sanction_is_none(follows: str) -> None:
    # the act followed is the expulsion in the same sentence, not the US sanctions
    text = (
        "The U.S. Treasury on Tuesday sanctioned Ivan Petrov and the Volga Shipping "
        f"Company. France expelled two Russian diplomats on Wednesday, and Germany {follows}."
    )
    assert authorities(text) == {"US": {"Ivan Petrov", "Volga Shipping Company"}}
    # ... but after sanctions in that sentence, the one following acts too
    text = (
        "The U.S. Treasury on Tuesday sanctioned Ivan Petrov and the Volga Shipping "
        f"Company, and Canada {follows}."
    )
    assert "CA" in authorities(text)


def test_following_after_an_aside_follows_the_sanctions() -> None:
    text = (
        "The EU on Monday sanctioned Ivan Petrov. On Tuesday, as expected, Britain followed suit."
    )
    assert authorities(text)["GB"] == {"Ivan Petrov"}
