"""Leads of issue 11 (session 28) from corpus/written failures, who acts and
cross-references: a short form "on both lists" holds a party of two acts (w1308, w1360).
Short texts written for these tests."""

from datetime import date

from sanctionwatch.extract.assembly import both_lists_names
from tests.extract.helpers import rules_news, shipped_news

MONDAY = date(2026, 3, 9)


def test_a_short_form_on_both_lists_is_a_target_of_both_acts() -> None:
    text = (
        "Canada on Monday sanctioned five Iranian officials, among them Hossein Karimi "
        "Rad, a prison governor, and the Evin Guard Unit. "
        "Australia on Monday imposed financial sanctions on the Tehran Prosecutor's "
        "Office and two judges. Karimi Rad is on both lists."
    )
    for read in (rules_news, shipped_news):
        news = read(text, MONDAY)
        assert "Hossein Karimi Rad" in news["CA"]
        assert "Hossein Karimi Rad" in news["AU"]


def test_both_lists_takes_the_two_latest_acts_and_no_unknown_name() -> None:
    text = (
        "Britain on Monday sanctioned Daniyar Osmanov and the Aral Freight Company. "
        "The European Union on Monday added Ruslan Bekov to its list. "
        "Petrov was on both lists."
    )
    news = rules_news(text, MONDAY)
    assert "Petrov" not in [*news["GB"], *news["EU"]]  # no party either act holds
    assert "Ruslan Bekov" not in news["GB"]


def test_names_before_both_lists_are_cut_at_a_full_stop_and_split() -> None:
    assert both_lists_names("Xinghe Software Co., Ltd. Choe") == ["Choe"]
    assert both_lists_names("Ri, Kim and Pak") == ["Ri", "Kim", "Pak"]
