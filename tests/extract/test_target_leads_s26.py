"""Leads left by the first look of session 26's written articles (w1280-w1299, targets
in prose): a person told "is among the individuals" after an apposition, and people
told "identified ... as X" in a sentence after the action. Short texts written for
these tests, read by the rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 6, 5)


def targets(text: str) -> list[list[str]]:
    return [[t.name for t in a.targets] for a in rules_actions(text, FRIDAY)]


def test_among_the_individuals_after_an_apposition_is_hit() -> None:
    # the copula stands past the apposition; the plural noun after "among the" ends the
    # sentence, so the name before is one of those the action hits
    text = (
        "Norway on Thursday imposed sanctions on nine individuals and four entities over "
        "drone supplies to Russia. Pyotr Sergeyevich Volodin, the general director of "
        "the Kazan Avionics Works, is among the individuals."
    )
    assert targets(text) == [["Pyotr Sergeyevich Volodin"]]
    # a sentence that goes on after the noun says what they are, not that they are hit
    text = text.replace("is among the individuals.", "is among the individuals who left.")
    assert targets(text) == [[]]


def test_identified_as_in_a_later_sentence_names_a_target() -> None:
    text = (
        "Britain on Thursday sanctioned three individuals and one entity over the plot. "
        "The Foreign Office identified one of the individuals as Colonel Rahim Tabrizi "
        "of the Quds Force."
    )
    assert targets(text) == [["Rahim Tabrizi"]]
    passive = (
        "The US on Thursday sanctioned two fuel importers and two individuals. The air "
        "force officer was identified as Brigadier General Soe Min Tun."
    )
    assert targets(passive) == [["Soe Min Tun"]]


def test_identified_without_the_as_phrase_names_nobody() -> None:
    # "identified" alone (a finding, not a name given to one of those hit) is no cue
    text = (
        "Britain on Thursday sanctioned three individuals and one entity over the plot. "
        "Investigators identified Rahim Tabrizi in camera footage last year."
    )
    assert targets(text) == [[]]


def test_an_ordinal_counting_off_those_hit_names_one_of_them() -> None:
    # "The third firm, ..., X": the ordinal counts off the firms the action hit
    text = (
        "The US on Thursday sanctioned a Lebanese businessman and three companies. The "
        "third firm, his car-trading front, Lagune Auto Export SARL, bought used cars."
    )
    assert targets(text) == [["Lagune Auto Export SARL"]]
    # the same firm told with no ordinal is only described
    plain = text.replace("The third firm, his car-trading front,", "His car-trading partner,")
    assert targets(plain) == [[]]


def test_decided_restrictive_measures_against_is_an_imposition() -> None:
    text = (
        "The Council of the European Union on Thursday decided restrictive measures "
        "against seven persons and one entity in Iran."
    )
    actions = rules_actions(text, FRIDAY)
    assert [(a.authority, a.status, a.counts.get("person")) for a in actions] == [
        ("EU", "imposed", 7)
    ]
    # deciding to lift them is no imposition
    lifted = rules_actions(text.replace("decided restrictive", "decided to lift restrictive"))
    assert [a.status for a in lifted] != ["imposed"]
