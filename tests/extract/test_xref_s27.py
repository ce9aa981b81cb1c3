"""Leads left by the first look of session 27's written articles (w1360-w1379, targets
of one act named in later sentences about another act or list): a name that also
appears on another authority's list. Short texts written for these tests, read by the
rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 6, 5)


def acts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a.authority, [t.name for t in a.targets]) for a in rules_actions(text, FRIDAY)]


def test_also_appears_on_another_authoritys_list_is_that_listing() -> None:
    text = (
        "Canada on Thursday sanctioned four firms that ship drone parts to Russia, "
        "among them Arktika Components LLC. Zenit Parts Trading LLP also appears on "
        "the EU's new list, adopted the same day."
    )
    found = acts(text)
    assert ("EU", ["Zenit Parts Trading LLP"]) in found
    # a list of something else held by a state is no sanctions list
    other = text.replace(
        "the EU's new list, adopted the same day", "Russia's list of strategic firms"
    )
    assert all(authority != "EU" for authority, _ in acts(other))
    assert not any("Zenit Parts Trading LLP" in names for _, names in acts(other))


def test_also_on_another_list_keeps_the_party_with_the_news_act() -> None:
    # the party of the news act named in the aside is that act's target too; past the
    # aside's semicolon the names go back to the news act alone
    text = (
        "France on Thursday froze the assets of three Iranian nationals under its national "
        "regime. One of them, Behrouz Karimi-Nasab, also appears on the EU's new list; the "
        "other two, Ali Reza Pakravan and Mahsa Tehrani, were named only by Paris."
    )
    found = dict(acts(text))
    assert found["FR"] == ["Behrouz Karimi-Nasab", "Ali Reza Pakravan", "Mahsa Tehrani"]
    assert found["EU"] == ["Behrouz Karimi-Nasab"]
