"""Leads left by the first look of session 27's written articles (w1340-w1359, targets
in appositions and clauses): "One of the firms, X, ..." counting off those hit, and a
passive with "personally" between the copula and the participle. Short texts written
for these tests, read by the rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 6, 5)
LEAD = "Canada on Thursday sanctioned an arms broker, two associates and five companies. "


def targets(text: str) -> list[list[str]]:
    return [[t.name for t in a.targets] for a in rules_actions(text, FRIDAY)]


def test_one_of_the_firms_names_one_of_those_hit() -> None:
    # "one of the firms," counts off the firms the action hit, as "The third firm," does
    text = LEAD + "One of the firms, Danube Arms Trading DOO, served as his main vehicle."
    assert targets(text) == [["Danube Arms Trading DOO"]]
    text = LEAD + "One of the companies, Kestrel Haulage Ltd, moved the crates."
    assert targets(text) == [["Kestrel Haulage Ltd"]]


def test_one_of_those_who_are_no_kind_of_target_names_nobody() -> None:
    # "one of the analysts" counts off no kind the action hits
    text = LEAD + "One of the analysts, Danube Risk Partners LLC, called it overdue."
    assert targets(text) == [[]]


def test_personally_designated_is_a_passive_hit() -> None:
    text = LEAD + "Its chairman, Xu Hanming, a Ningbo businessman, is personally designated."
    assert targets(text) == [["Xu Hanming"]]
    # without the participle the adverb alone hits no one
    text = LEAD + "Its chairman, Xu Hanming, a Ningbo businessman, is personally liable."
    assert targets(text) == [[]]


def test_name_in_brackets_after_its_description_is_counted_off() -> None:
    # the bracket sets the name beside its description, as a comma would: the cue
    # before the description still introduces it
    text = LEAD + "The third entity, a Vitebsk travel company (Vitrail Tour LLC), booked the trips."
    assert targets(text) == [["Vitrail Tour LLC"]]
    text = (
        LEAD + "One of the companies, a Tehran engine maker (Pishgam Motor Co.), supplied engines."
    )
    assert targets(text) == [["Pishgam Motor Co."]]


def test_name_in_brackets_after_a_description_that_is_not_hit() -> None:
    text = (
        LEAD
        + "One of the analysts, a Vienna consultancy (Danube Risk Partners LLC), called it overdue."
    )
    assert targets(text) == [[]]
    text = LEAD + "The broker's lawyer (Petar Jankovic) said he would appeal."
    assert targets(text) == [[]]


def test_known_as_names_the_party_itself() -> None:
    # a bare "known as" names what the description before it describes, no role
    lead = "The Council of the EU on Monday added nine people and three entities to its list. "
    text = (
        lead
        + "The largest is a Minsk charity, known as the Rodnik Children's Fund, which ran buses."
    )
    assert targets(text) == [["Rodnik Children's Fund"]]
    # ... unless the clause after it says it was left alone
    text = (
        lead
        + "The largest is a Minsk charity, known as the Rodnik Children's Fund, "
        + "which was not listed."
    )
    assert targets(text) == [[]]
