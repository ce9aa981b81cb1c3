from datetime import date
from typing import Any

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.model import Article


def actions(text: str, published: date | None = None) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=published))
    return [a.to_dict() for a in report.actions]


def test_one_action_per_authority_announcement() -> None:
    text = (
        "Canada on Tuesday imposed sanctions on 5 individuals and 2 entities. "
        "The sanctions list includes Ivan Sokol and Arctic Bridge Shipping. "
        "Canada also froze their assets."
    )
    (action,) = actions(text, date(2024, 6, 14))
    assert action["authority"] == "CA"
    assert action["date"] == "2024-06-11"
    assert {t["name"] for t in action["targets"]} == {"Ivan Sokol", "Arctic Bridge Shipping"}
    assert action["counts"]["person"] == 5 and action["counts"]["organization"] == 2
    assert "asset_freeze" in action["measures"]


def test_departments_of_one_state_are_separate_actions() -> None:
    text = (
        "The Treasury sanctioned three banks, while the State Department sanctioned two officials."
    )
    found = {(a["authority"], a["agency"]) for a in actions(text)}
    assert found == {("US", "Treasury"), ("US", "State Department")}


def test_other_adds_named_targets_to_count() -> None:
    text = "Japan sanctioned Kaito Mori and 10 other individuals on Friday."
    (action,) = actions(text)
    assert action["counts"]["person"] == 11


def test_old_action_is_background() -> None:
    text = (
        "On 20 March 2024, Australia sanctioned Red Dune Logistics. "
        "Australia had previously sanctioned Blue Reef Mining on 2 January 2023."
    )
    found = {a["targets"][0]["name"]: a["background"] for a in actions(text)}
    assert found == {"Red Dune Logistics": False, "Blue Reef Mining": True}


def test_evidence_spans_point_into_original_text() -> None:
    text = "Menu\nMenu\nIceland on Monday blacklisted Hekla Freight Ltd."
    (action,) = actions(text, date(2023, 5, 3))
    span = action["evidence"][0]
    assert text[span["start"] : span["end"]] == "Iceland on Monday blacklisted Hekla Freight Ltd."
    target_span = action["targets"][0]["evidence"][0]
    assert text[target_span["start"] : target_span["end"]] == "Hekla Freight Ltd."


def test_different_days_are_different_announcements() -> None:
    text = (
        "Britain on Wednesday sanctioned ten tankers. "
        "It follows Tuesday's move by Britain, which announced curbs on Iran Air."
    )
    assert len([a for a in actions(text) if a["authority"] == "GB"]) == 2


def test_relative_clause_inside_a_list_describes() -> None:
    text = "Oslo sanctioned Fjord Ocean Ltd, which manages the tanker Sea Gull, and Nord Kraft AS."
    (action,) = actions(text)
    assert [t["name"] for t in action["targets"]] == ["Fjord Ocean Ltd", "Nord Kraft AS"]


def test_exact_count_beats_an_approximate_one() -> None:
    text = (
        "Canada on Friday sanctioned more than 60 vessels. "
        "Canada said its sanctions targeted 64 vessels in all."
    )
    (action,) = actions(text)
    assert action["counts"]["vessel"] == 64


def test_a_follow_up_count_with_a_ban_belongs_to_the_action() -> None:
    text = (
        "Norway on Thursday sanctioned 8 people and 3 entities. "
        "Also 40 ships get a ban on calling Norwegian ports."
    )
    (action,) = actions(text)
    assert action["counts"]["vessel"] == 40


def test_a_follow_up_export_ban_adds_to_the_count() -> None:
    text = (
        "Japan on Friday froze the assets of 5 individuals and 6 entities. "
        "The measures also prohibit export to 9 entities in third countries."
    )
    (action,) = actions(text)
    assert action["counts"] == {"person": 5, "organization": 15, "vessel": None, "aircraft": None}


def test_a_count_after_the_clause_in_the_actions_own_sentence_counts() -> None:
    text = (
        "The European Commission on Wednesday presented its proposal for a 9th package "
        "of sanctions against Russia, which would add 40 vessels to the list of ships."
    )
    (action,) = actions(text)
    assert action["counts"]["vessel"] == 40


def test_cumulative_totals_are_not_counts() -> None:
    text = "Japan froze the assets of 9 firms, bringing the total to 120 firms."
    (action,) = actions(text)
    assert action["counts"]["organization"] == 9


def test_joint_action_named_once_gives_each_authority_the_targets() -> None:
    text = (
        "The U.S. Treasury on Wednesday designated Hezbollah leaders Hasan Nasrallah "
        "and Naim Qasim. In addition, Saudi Arabia and Bahrain also designated the key "
        "Hezballah-affiliated individuals."
    )
    found = {
        a.authority: {t.name for t in a.targets}
        for a in extract(Article(id="t", text=text), models=Models.empty()).actions
    }
    assert {"Hasan Nasrallah", "Naim Qasim"} <= found["US"]
    assert found["SA"] == found["BH"] == found["US"]


def test_an_action_with_its_own_targets_takes_none_from_another() -> None:
    text = (
        "The U.S. Treasury designated Hasan Nasrallah on Monday. "
        "Saudi Arabia also designated the individuals Ali Karaki and Omar Qasim."
    )
    found = {
        a.authority: {t.name for t in a.targets}
        for a in extract(Article(id="t", text=text), models=Models.empty()).actions
    }
    assert "Hasan Nasrallah" not in found["SA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norwegian government has formally adopted the sanctions imposed "
            "against Russia by the US and the EU.",
            ("NO", "imposed"),
        ),
        (
            "Washington threatened more penalties if Maduro goes ahead with the vote.",
            ("US", "threatened"),
        ),
        (
            "The EU remains ready to step up pressure on the shadow fleet through "
            "additional sanctions.",
            ("EU", "threatened"),
        ),
        (
            "The Russian Foreign Ministry on Friday barred 200 US citizens from entry.",
            ("RU", "imposed"),
        ),
    ],
)
def test_who_acts_and_how(text: str, expected: tuple[str, str]) -> None:
    found = extract(Article(id="t", text=text), models=Models.empty()).actions
    assert expected in {(a.authority, a.status) for a in found}
