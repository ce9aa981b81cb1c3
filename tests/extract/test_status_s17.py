"""Status and counts in sentences written for session 17 (issue 11), not from the
corpus: calls and recommendations that name a threat are nobody's threat, while a
threat beside a call keeps its own; the rules alone are run (no learned judge)."""

import pytest

from tests.extract.helpers import rules_actions


def summary(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in rules_actions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request to another party: a call by a third party, no threat of either
        ("Danish lawmakers urged Copenhagen to consider sanctions against the settlers.", []),
        (
            "Estonia's foreign minister said Tallinn would ask the EU to respond with new "
            "sanctions against Minsk.",
            [],
        ),
        # a panel's recommendation is no action (ANNOTATION.md)
        (
            "The panel of experts recommended that the Security Council consider designating "
            "the militia leaders.",
            [],
        ),
        # ... but a threat of the caller's own, after a comma, stays
        (
            "Britain urged Iran to free the detained sailors, warning that it would impose "
            "sanctions if they were not released.",
            [("GB", "threatened")],
        ),
        # ... and a vow with no request in its clause is still a threat
        (
            "Australia vowed on Wednesday to sanction Iranian officials responsible for the "
            "crackdown.",
            [("AU", "threatened")],
        ),
        # "Asked about ..., the minister said": a question put to a speaker, no request
        # (and no proposal by whoever is asked)
        (
            "Asked about the talks, the minister said Japan was ready to impose further sanctions.",
            [("JP", "threatened")],
        ),
        # a request with its act named stays the asked body's proposal
        (
            "The United States asked the United Nations on Tuesday to blacklist 10 ships.",
            [("UN", "proposed")],
        ),
    ],
)
def test_calls_are_no_threats(text: str, expected: list[tuple[str, str]]) -> None:
    assert summary(text) == expected
