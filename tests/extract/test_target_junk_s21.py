"""Strings the extractor read as targets that name no party at all (session 21): a
street of an address, an adjective of level, the acting union's own members, a UK
statute's subject, a page's pager bar, a people's adjective cut from a name, and an
owner's possessive before a post."""

from sanctionwatch.extract.cleaning import junk_regions
from tests.extract.helpers import authorities, names, rules_actions


def rule_targets(text: str) -> set[str]:
    return {t.name for a in rules_actions(text) for t in a.targets}


def test_a_street_of_an_address_is_no_name() -> None:
    assert "Horse Guards Road" not in names("Contact: HM Treasury, 1 Horse Guards Road, London")
    assert "Acme Street" not in names("Its office is at 12 Acme Street in Riga.")
    # without a house number the street's word may be a name's own
    text = "OFAC designated the front company Chosun Expo Silk Road."
    assert "Chosun Expo Silk Road" in names(text)


def test_an_adjective_of_level_is_no_name() -> None:
    text = (
        "Estonia, Latvia and Lithuania imposed national sanctions on two judges after "
        "Hungary blocked EU-level measures."
    )
    assert "EU-level" not in rule_targets(text)


def test_the_acting_unions_members_are_no_party() -> None:
    text = (
        "The Council of the EU on Monday sanctioned Acme Cyber Ltd under its framework "
        "against cyber-attacks threatening the Union or its Member States."
    )
    assert rule_targets(text) == {"Acme Cyber Ltd"}
    assert "EU Member States" not in names("EU Member States agreed to list Acme Cyber Ltd.")


def test_a_uk_statutes_subject_before_its_parentheses_is_no_party() -> None:
    text = (
        "The UK on Monday designated Acme Hosting LLC under the Cyber (Sanctions) "
        "(EU Exit) Regulations 2020."
    )
    assert rule_targets(text) == {"Acme Hosting LLC"}
    # a firm's bracketed seat before its legal form is still its name
    assert names("Britain listed Jincheng Energy (HK) Limited.") == ["Jincheng Energy (HK) Limited"]


def test_a_pager_bar_is_page_furniture() -> None:
    text = "Britain listed Acme Hosting LLC.\nNext notice | Previous notice | Download CSV\n"
    found = [text[s:e] for s, e in junk_regions(text)]
    assert "Next notice | Previous notice | Download CSV" in found
    # a sentence that opens with "Next" is no bar
    assert not junk_regions("Next week Britain will list Acme Hosting LLC.")


def test_a_peoples_adjective_after_a_nationality_stays_in_the_name() -> None:
    text = "The EU on Tuesday lifted sanctions on the Industrial Bank and Syrian Arab Airlines."
    assert "Syrian Arab Airlines" in names(text)
    assert "Arab Airlines" not in names(text)


def test_an_owners_possessive_before_a_post_is_not_hit() -> None:
    text = (
        "Canada on Friday sanctioned the A7 Settlement Centre and three individuals. "
        "The individuals are A7's chief executive Viktor Olegovich Lazarev, his deputy "
        "Oksana Belova and Kyrgyz banker Talant Asanbekov."
    )
    found = authorities(text).get("CA", set())
    assert "Viktor Olegovich Lazarev" in found
    assert not any(name.endswith(("'s", "’s")) for name in found)
