"""Session 33 (leads f): counts, dates and targets missed in the ordinary rounds w2000-w2079.

Every sentence here is written for the test, none copied from an article.
"""

from tests.extract.helpers import known_counts as kinds
from tests.extract.helpers import news_actions as news


def test_an_in_total_sentence_on_the_package_counts_the_whole_action() -> None:
    text = (
        "The European Union on Tuesday sanctioned Iranian drone maker Pardis Rotor Co "
        "and two of its engineers as part of a new package against Tehran. "
        "In total, the package adopted by ministers in Luxembourg lists 18 individuals and "
        "11 entities, and adds 9 ships to the port ban."
    )
    acts = news(text)
    assert [(a.authority, kinds(a)) for a in acts] == [
        ("EU", {"person": 18, "organization": 11, "vessel": 9})
    ]


def test_an_in_total_sentence_on_the_list_now_stays_a_tally() -> None:
    text = (
        "The European Union on Tuesday sanctioned Iranian drone maker Pardis Rotor Co. "
        "In total, the measures now cover 300 individuals and 200 entities."
    )
    acts = news(text)
    assert [(a.authority, kinds(a).get("person")) for a in acts] == [("EU", None)]


def test_an_imposition_in_the_same_update_as_a_lifting_is_news() -> None:
    text = (
        "Britain on Tuesday lifted its asset freeze on Kestrel Aviation Ltd, a charter firm "
        "in Cyprus. The same notice added four Belarus-based trading companies for supplying "
        "machine tools to Russian arms plants."
    )
    acts = news(text)
    assert [(a.authority, a.status, kinds(a)) for a in acts] == [
        ("GB", "imposed", {"organization": 4})
    ]


def names(text: str) -> list[str]:
    return [t.name for a in news(text) for t in a.targets]


def test_a_publication_of_acts_is_no_target() -> None:
    text = (
        "The Treasury on Tuesday sanctioned Orion Freight LLC and Delta Mar Shipping SA. "
        "For the full list of today's designations, consult the Federal Register."
    )
    assert "Federal Register" not in names(text)


def test_a_quoted_list_name_is_no_target() -> None:
    text = (
        "OFAC on Tuesday added Orion Freight LLC and two Panamanian firms to the "
        "so-called 'Blacklist Roster List' of narcotics traffickers."
    )
    found = names(text)
    assert "Orion Freight LLC" in found
    assert not any("List" in n for n in found)


def test_a_closing_month_and_year_after_a_list_and_its_aside_dates_the_verb() -> None:
    text = (
        "The Treasury on Tuesday sanctioned Orion Freight LLC, a Dubai shipper. "
        "Washington sanctioned the Kaveh Network, Sahel Group and Nile Star, three arms "
        "smuggling rings, in March 2021."
    )
    assert names(text) == ["Orion Freight LLC"]


def test_a_count_of_people_and_the_holder_of_a_post_counts_one_more() -> None:
    from sanctionwatch.extract import counts

    text = "The ministry on Monday barred two former governors and the mayor of a border town."
    assert [(p.kind, p.value) for p in counts.find_counts(text)] == [("person", 3)]
    # the holder of a post the counted people serve is no part of the count
    text = "Treasury on Monday sanctioned two officials close to the mayor of Tijuana."
    assert [(p.kind, p.value) for p in counts.find_counts(text)] == [("person", 2)]
