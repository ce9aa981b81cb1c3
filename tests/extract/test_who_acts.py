"""Who acts, and which targets belong to which action, on short sentences written
for these tests (issue 11: two authorities in one sentence, joint acts, agencies
that name no state, countries that name a regime)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.model import Article

PUBLISHED = date(2025, 3, 4)


def actions(text: str, rules_only: bool = False) -> list[dict[str, Any]]:
    models = Models.empty() if rules_only else None
    report = extract(Article(id="t", text=text, published=PUBLISHED), models=models)
    return [a.to_dict() for a in report.actions]


def targets_by_authority(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in actions(text):
        out.setdefault(a["authority"], set()).update(t["name"] for t in a["targets"])
    return out


def test_subordinate_authority_keeps_its_own_targets() -> None:
    text = (
        "China announced sanctions on Marco Rubio on Monday, days after the US imposed "
        "visa bans and asset freezes on Chen Quanguo."
    )
    found = targets_by_authority(text)
    assert found["CN"] == {"Marco Rubio"}
    assert found["US"] == {"Chen Quanguo"}


def test_joint_act_list_in_next_sentence_goes_to_both_partners() -> None:
    text = (
        "The European Union and Britain on Monday imposed asset freezes on five Russian "
        "officials. The EU Official Journal published the names of the targeted officials. "
        "The officials include Ivan Petrov and Oleg Sidorov."
    )
    found = targets_by_authority(text)
    assert found["EU"] == {"Ivan Petrov", "Oleg Sidorov"}
    assert found["GB"] == {"Ivan Petrov", "Oleg Sidorov"}


def test_separate_lists_of_partners_stay_apart() -> None:
    text = (
        "The European Union and Britain on Monday sanctioned Russian officers in separate "
        "announcements. The EU's list includes Ivan Petrov. The UK, for its part, "
        "sanctioned Oleg Sidorov."
    )
    found = targets_by_authority(text)
    assert "Oleg Sidorov" not in found["EU"]
    assert found["GB"] == {"Oleg Sidorov"}


def test_agency_of_no_state_does_not_take_the_state_an_act_reaches() -> None:
    text = (
        "Japan freezes assets of Russian firms\n\n"
        "The government on Friday approved an asset freeze on Kuzbass Freight and Ivan "
        "Petrov for sending North Korean missiles to Russia, the Foreign Ministry announced."
    )
    found = targets_by_authority(text)
    assert "RU" not in found
    assert found["JP"] >= {"Kuzbass Freight", "Ivan Petrov"}


def test_agency_after_a_state_in_subject_position_is_that_states() -> None:
    text = "In Tokyo, the Foreign Ministry on Friday froze the assets of Kuzbass Freight."
    (action,) = actions(text)
    assert action["authority"] == "JP"


def test_a_country_naming_a_regime_does_not_act() -> None:
    text = (
        "Norway on Friday sanctioned Kuzbass Freight. Norway also follows the EU's Russia "
        "sanctions, under which around 2,400 individuals are listed."
    )
    assert {a["authority"] for a in actions(text)} == {"NO"}
    assert actions("The bank was fined for breaking the Iran sanctions imposed in 2018.") == []


def test_a_state_written_with_the_still_acts_before_sanctions() -> None:
    (action,) = actions("The US sanctions Kuzbass Freight for shipping Iranian oil.")
    assert action["authority"] == "US"


def test_a_promise_kept_is_an_act() -> None:
    for text in (
        "Canada kept its promise and sanctioned Kuzbass Freight on Monday.",
        "Canada made good on its threat on Monday, sanctioning Kuzbass Freight.",
        "Canada followed through on its pledge and imposed sanctions on Kuzbass Freight.",
    ):
        (action,) = actions(text)
        assert (action["authority"], action["status"]) == ("CA", "imposed"), text
        assert [t["name"] for t in action["targets"]] == ["Kuzbass Freight"], text


def test_a_promise_still_to_keep_is_a_threat_and_measures_kept_are_none() -> None:
    (action,) = actions("Canada promised to sanction Kuzbass Freight.")
    assert action["status"] == "threatened"
    assert actions("Canada kept an arms embargo and asset freezes on Kuzbass Freight.") == []


def test_a_coordinated_clause_names_its_own_authority() -> None:
    text = "The EU on Monday sanctioned Kuzbass Freight, and Switzerland followed suit."
    assert {a["authority"] for a in actions(text)} == {"EU", "CH"}


def test_passive_subjects_of_two_agents_stay_apart() -> None:
    text = (
        "Kuzbass Freight was sanctioned by the US on Monday, and Ivan Petrov was "
        "sanctioned by Britain."
    )
    found = targets_by_authority(text)
    assert found["US"] == {"Kuzbass Freight"}
    assert found["GB"] == {"Ivan Petrov"}


def test_people_of_a_country_named_before_their_names_are_hit() -> None:
    text = (
        "The UK sanctioned Kuzbass Freight on Monday. The Foreign Office said Russian "
        "officials Ivan Petrov and Oleg Sidorov were also listed."
    )
    found = targets_by_authority(text)
    assert set(found) == {"GB"}
    assert found["GB"] >= {"Kuzbass Freight", "Ivan Petrov", "Oleg Sidorov"}
    (action,) = actions(
        "Canadian lawmakers on Monday introduced a bill to sanction Kuzbass Freight."
    )
    assert (action["authority"], action["status"]) == ("CA", "proposed")


def test_a_country_in_a_laws_name_does_not_act() -> None:
    text = (
        "US senators pass Russia sanctions bill\n\n"
        "The Senate Foreign Relations Committee on Tuesday approved the Sanctioning "
        "Russia Act, a bill that would impose sanctions on Russian banks."
    )
    assert "RU" not in {a["authority"] for a in actions(text)}


def test_a_state_that_evades_sanctions_does_not_become_the_actor_in_context() -> None:
    text = (
        "Russia said it may retaliate if new sanctions are imposed. "
        "The US on Friday imposed sanctions on the tanker Pioneer. Russia likely managed "
        "to circumvent the curbs by using a shadow fleet. The tanker Everest Energy has "
        "also been put on the list."
    )
    # the rules alone: the action judge may drop a context actor's action by itself
    found = {(a["authority"], a["status"]) for a in actions(text, rules_only=True)}
    assert ("RU", "imposed") not in found
    assert ("US", "imposed") in found
