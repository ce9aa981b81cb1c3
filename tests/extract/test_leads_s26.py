"""Leads of session 26 (issue 11): a list of states cut by the clause break before
"and the" acts as one subject; a subordinate clause's subject is the whole list before
its verb; "X is among the individuals." hits X; makers and staff are counted. Short
texts written for these tests."""

from datetime import date

from sanctionwatch.extract import actors
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.extract.mentions import find_mentions
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 12, 4)


def test_states_listed_after_a_subordinator_all_act() -> None:
    # the clause break before "and the United Kingdom" used to leave the US out
    actions = rules_actions(
        "Australia on Friday imposed cyber sanctions on Nordlink Hosting LLC, hours after "
        "the United States and the United Kingdom sanctioned the same firm on Thursday.",
        FRIDAY,
    )
    assert {a.authority for a in actions} >= {"AU", "US", "GB"}
    # a state hit ("sanctions on Russia and the EU ...") is no part of the subject list
    hit = rules_actions(
        "Britain extended sanctions on Russia and the EU froze the assets of two banks.",
        FRIDAY,
    )
    assert "RU" not in {a.authority for a in hit}


def test_a_subordinate_subject_is_the_whole_list_before_the_verb() -> None:
    text = "Japan acted days after the EU and Britain imposed asset freezes."
    ms = find_mentions(text)
    chosen = actors.subordinate_subjects(text, ms, 0, text.index("imposed"))
    assert [m.code for m in chosen] == ["EU", "GB"]
    single = "Japan acted days after Britain imposed asset freezes."
    chosen = actors.subordinate_subjects(single, find_mentions(single), 0, single.index("imposed"))
    assert [m.code for m in chosen] == ["GB"]


def test_a_name_among_the_individuals_is_hit() -> None:
    actions = rules_actions(
        "Japan on Friday froze the assets of 18 individuals and 54 entities over support "
        "for Russia's war. Dmitry Shestakov, the general director of Ural Precision "
        "Optics, is among the individuals.",
        FRIDAY,
    )
    assert "Dmitry Shestakov" in {t.name for a in actions for t in a.targets}
    # the kind noun must end the clause: "among the firms that supplied" tells a role
    supplier = rules_actions(
        "Japan on Friday froze the assets of 18 individuals. Ural Precision Optics is "
        "among the firms that supplied lenses to them.",
        FRIDAY,
    )
    assert "Ural Precision Optics" not in {t.name for a in supplier for t in a.targets}


def test_makers_and_staff_are_counted() -> None:
    counted = find_counts("Beijing put three US drone makers on its unreliable entity list.")
    assert [(p.kind, p.value) for p in counted] == [("organization", 3)]
    staff = find_counts("China took countermeasures against a Canadian group and two of its staff.")
    assert ("person", 2) in [(p.kind, p.value) for p in staff]


def test_a_counted_removal_with_no_list_named_lifts() -> None:
    actions = rules_actions(
        "On Friday Bern added 61 individuals to the Swiss sanctions list on Russia. At the "
        "same time, Switzerland removed one person, the shipping investor Viktor Pronin, "
        "whose EU listing the General Court annulled in October.",
        FRIDAY,
    )
    lifted = [a for a in actions if a.status == "lifted"]
    assert [(a.authority, [t.name for t in a.targets]) for a in lifted] == [
        ("CH", ["Viktor Pronin"])
    ]
    # the court that annulled is no target of any act
    assert "General Court" not in {t.name for a in actions for t in a.targets}


def test_the_same_companies_with_a_word_between_point_back() -> None:
    # "the same two shipping companies": a qualifying word before the noun
    actions = rules_actions(
        "The United States on Wednesday imposed sanctions on two Russian shipping "
        "companies. The Treasury named Northern Shipping Company and Nord Project LLC. "
        "Britain's Foreign Office said it had sanctioned the same two shipping companies "
        "on Wednesday.",
        FRIDAY,
    )
    uk = [a for a in actions if a.authority == "GB"]
    assert uk and {t.name for t in uk[0].targets} == {
        "Northern Shipping Company",
        "Nord Project LLC",
    }


def test_a_possessive_state_opening_the_clause_owns_the_noun_trigger() -> None:
    actions = rules_actions(
        "South Korea on Tuesday designated seven North Koreans. Seoul's designation came a "
        "week after the US Treasury Department blacklisted Han Chol Man, and the "
        "government said it had coordinated the timing with Washington.",
        FRIDAY,
    )
    news = [(a.authority, a.background) for a in actions if a.status == "imposed"]
    assert ("US", False) not in news
    assert ("KR", False) in news
    # the one hit owns no act: "Iran's designation as a state sponsor"
    hit = rules_actions(
        "Iran's designation as a state sponsor of terrorism dates from 1984.", FRIDAY
    )
    assert "IR" not in {a.authority for a in hit}
