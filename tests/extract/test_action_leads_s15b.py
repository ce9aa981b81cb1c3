"""Second wave of session 15's action leads (issue 11): threats and acts that were missed or
invented, in sentences written for these tests. The rules alone are run (no learned judge),
so each case tests one rule."""

from datetime import date

from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 3, 14)  # a Friday


def summary(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in rules_actions(text, PUBLISHED)]


def test_no_plans_of_its_own_is_neither_act_nor_threat() -> None:
    for text in (
        "Ottawa had no plans at present for listings of its own against the two banks.",
        "Canberra has no plans to respond with travel bans of its own, an official said.",
        "Wellington has no immediate plans to sanction the shipping company.",
    ):
        assert summary(text) == [], text


def test_acts_beside_no_plans_still_count() -> None:
    text = (
        "Canada on Monday sanctioned three Iranian judges. "
        "Ottawa has no plans to list the prosecutors, an official said."
    )
    assert summary(text) == [("CA", "imposed")]


def test_more_listings_that_could_come_are_a_threat() -> None:
    for tail in (
        "An official said more designations could come before the summer.",
        "Further listings may follow, the ministry added.",
        "New sanctions might soon come, the minister said.",
    ):
        text = f"Japan on Tuesday froze the assets of six Russian firms. {tail}"
        assert summary(text) == [("JP", "imposed"), ("JP", "threatened")], tail


def test_sanctions_coming_into_force_are_no_threat() -> None:
    text = (
        "Japan on Tuesday froze the assets of six Russian firms. "
        "Further measures will come into force on April 1, the ministry said."
    )
    assert ("JP", "threatened") not in summary(text)


def test_a_condition_told_with_should_makes_a_threat() -> None:
    for text in (
        "Canada will sanction more Iranian officials should the executions continue.",
        "The EU will impose further measures on Minsk, should it keep the border closed.",
    ):
        assert [s for _, s in summary(text)] == ["threatened"], text


def test_the_modal_should_sets_no_condition() -> None:
    text = "Canada on Monday sanctioned five Iranian officials, a step that should please exiles."
    assert summary(text) == [("CA", "imposed")]


def test_other_counts_add_the_names_beside_them_not_the_others_named_later() -> None:
    # the three "others" named in the next sentence are among the four, not on top
    text = (
        "Australia on Monday sanctioned the Chinese firm Qiantang Optics Ltd and three other "
        "companies accused of supplying Russian drone makers. The others are Hangzhou Lumen "
        "Components Co, Shenzhen Ridgeway Trading Ltd and Harbin Polar Instruments Co."
    )
    found = rules_actions(text, PUBLISHED)
    assert [(a.authority, a.counts["organization"]) for a in found] == [("AU", 4)]


def test_other_counts_add_the_names_also_listed_later() -> None:
    text = (
        "Australia on Monday sanctioned the Chinese firm Qiantang Optics Ltd and three other "
        "companies accused of supplying Russian drone makers. Also listed were Hangzhou Lumen "
        "Components Co and Shenzhen Ridgeway Trading Ltd, the ministry said."
    )
    found = rules_actions(text, PUBLISHED)
    assert [(a.authority, a.counts["organization"]) for a in found] == [("AU", 6)]


def test_in_all_sums_up_the_action_over_a_part() -> None:
    text = (
        "The Icelandic government decided on Friday to implement the EU's 19th sanctions "
        "package against Belarus, the foreign ministry said. The new Icelandic listings include "
        "the Minsk refinery Naftan, two Hong Kong shipping firms, Belvneshtrade and Polesie "
        "Arms, and the insurer Belgosstrakh, the ministry said. In all, 17 entities and 9 "
        "persons were added."
    )
    found = rules_actions(text, PUBLISHED)
    assert [(a.counts["organization"], a.counts["person"]) for a in found] == [(17, 9)]


def test_further_packages_being_prepared_are_a_threat() -> None:
    text = (
        "Ukraine on Sunday sanctioned 14 Russian drone engineers. "
        "Further packages are being prepared, the security council secretary said."
    )
    assert summary(text) == [("UA", "imposed"), ("UA", "threatened")]


def test_preparing_sanctions_with_a_subject_is_no_threat() -> None:
    text = "The Commission is preparing further sanctions against Russia."
    assert ("EU", "threatened") not in summary(text)


def test_entry_bans_on_mps_and_academics_are_counted() -> None:
    for text, n in (
        ("Moscow on Monday barred 31 MPs from entering Russia.", 31),
        ("Beijing on Monday barred 4 US congressmen from entering China.", 4),
        ("Moscow on Monday barred 7 British journalists and 5 academics from entering Russia.", 12),
    ):
        assert [a.counts["person"] for a in rules_actions(text, PUBLISHED)] == [n], text


def test_mps_who_were_targeted_are_no_count() -> None:
    text = "Britain on Monday sanctioned three Russian hackers who stole emails from 40 MPs."
    assert [a.counts["person"] for a in rules_actions(text, PUBLISHED)] == [3]


def test_a_threat_beside_an_imposition_does_not_take_its_count() -> None:
    text = "Tokyo on Monday froze the assets of 9 Russian officers, and more names will follow."
    found = [(a.status, a.counts["person"]) for a in rules_actions(text, PUBLISHED)]
    assert found == [("imposed", 9), ("threatened", None)]


def test_a_threat_keeps_the_count_it_states() -> None:
    text = "Tokyo threatened on Monday to sanction 8 Russian officers."
    found = [(a.status, a.counts["person"]) for a in rules_actions(text, PUBLISHED)]
    assert found == [("threatened", 8)]


def test_no_plans_in_a_description_keeps_the_target() -> None:
    text = (
        "Canada on Monday sanctioned Kama River Trading, a firm with no plans to leave "
        "Crimea, and two of its directors."
    )
    assert [t.name for a in rules_actions(text, PUBLISHED) for t in a.targets] == [
        "Kama River Trading"
    ]


def test_under_pressure_to_sanction_is_no_act() -> None:
    for text in (
        "Ottawa is under mounting pressure to sanction the mining company.",
        "Canberra was under pressure to impose sanctions on the junta's generals.",
    ):
        assert summary(text) == [], text
