"""Leads of issue 11 (session 27, second part) from corpus/written failures: "No
Indian refiner" is no name (w1336), and an "also" inside a partitive relative ("3 of
whom are also listed by Canada") does not make a count take later named targets on top
(w1309). Short texts written for these tests, read by the rules alone."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 6, 5)


def test_no_before_a_nationality_opens_no_name() -> None:
    assert find_names("No Russian bank or insurer was named in the order.") == []
    assert find_names("No Indian refiner or trader was listed.") == []
    # a Korean surname stays a name's own word
    found = find_names("Treasury also designated No Kwang Chol, a bank official.")
    assert [n.text for n in found] == ["No Kwang Chol"]


def test_no_nationality_is_no_target() -> None:
    text = (
        "The United States on Tuesday sanctioned Crestline Oil FZCO, a Dubai trader. "
        "No Turkish refiner was named."
    )
    assert [[t.name for t in a.targets] for a in rules_actions(text, FRIDAY)] == [
        ["Crestline Oil FZCO"]
    ]


def test_also_in_a_partitive_relative_adds_no_named_target_to_the_count() -> None:
    text = (
        "Britain on Thursday sanctioned 4 individuals, 2 of whom are also listed by the EU. "
        "Britain also listed Petro Vasylenko, a police colonel."
    )
    counts = [a.counts["person"] for a in rules_actions(text, FRIDAY) if a.authority == "GB"]
    assert counts == [4]
    # a plain "also" clause still adds its later named target on top
    text = (
        "Britain on Thursday also sanctioned 4 individuals. "
        "Britain also listed Petro Vasylenko, a police colonel."
    )
    counts = [a.counts["person"] for a in rules_actions(text, FRIDAY) if a.authority == "GB"]
    assert counts == [5]
