"""Target precision and recall, session 17: each rule tested with sentences written
for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract import pipeline
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import roles
from sanctionwatch.extract.learn.gazetteer import Gazetteer
from sanctionwatch.extract.learn.roles import trigger_gap
from sanctionwatch.extract.learn.stage import home_actions, no_party
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE
from sanctionwatch.model import Article, Span, Target
from tests.extract.helpers import rules_actions


def targets(text: str) -> list[str]:
    return [t.name for a in rules_actions(text) for t in a.targets]


def test_the_object_of_a_relative_clause_is_no_target() -> None:
    # the listed parties dealt with the name: it is the relative clause's object
    assert targets("Oslo sanctioned five firms that helped Kestrel Air evade controls.") == []
    assert targets("Britain sanctioned the judge who sentenced Pavel Orlin to 25 years.") == []
    found = targets("Seoul sanctioned a company which supplied parts to Dolmen Aviation.")
    assert found == []
    # ... its subject too ("people that X used")
    assert targets("The US sanctioned three people that Borealis Group used in Turkey.") == []


def test_a_relative_clause_does_not_hide_a_list_cue_or_a_listed_name() -> None:
    # a cue in the relative clause opens the list: "a network which includes X and Y"
    found = targets("Japan sanctioned a network which includes Orion Marine and Kestrel Oil.")
    assert found == ["Orion Marine", "Kestrel Oil"]
    # the name before the relative clause stays hit, the one in it does not
    found = targets("Canada sanctioned Alpha Trading LLC, which shipped drones to Beta Corp.")
    assert found == ["Alpha Trading LLC"]
    # a relative clause describing the name before does not spare the next list item
    found = targets("The EU sanctioned Ivan Petrov, who is a banker, and Gamma Holdings on Monday.")
    assert found == ["Ivan Petrov", "Gamma Holdings"]


def rule_doc(text: str) -> Doc:
    doc = Doc(article=Article(id="t", text=text, published=date(2025, 6, 4)))
    stages = list(DEFAULT_PIPELINE)
    return pipeline.run(doc, stages[: stages.index("assemble") + 1])


def test_the_target_judge_reads_how_closely_the_trigger_governs_a_name() -> None:
    # "froze the assets of X": three words from the trigger, whatever "of" says alone
    doc = rule_doc("Switzerland froze the assets of Kestrel Bank on Monday. Kestrel Bank said.")
    (action,) = doc.actions
    (target,) = action.targets
    start = target.evidence[0].start
    assert trigger_gap(doc, 0, 0, start) == 3
    feats = roles.features(doc, 0, target, Gazetteer({}))
    assert "tgap=2" in feats
    # ... and its "of" is read apart from the "of" of a role
    assert "b1=of@t" in feats and "b1=of" not in feats
    # no trigger of the action before the name in its sentence: no such feature
    later = doc.sentences[1].start
    assert trigger_gap(doc, 0, 1, later) is None
    assert trigger_gap(doc, 0, 0, 0) is None


def test_names_beside_an_act_the_stage_does_not_score_join_no_other_action() -> None:
    doc = rule_doc(
        "Britain on Tuesday sanctioned Colonel Ivan Dorokhov. Berlin said it would "
        "consider similar measures against Unit 31045 and Pavel Orlin."
    )
    statuses = {a.status for a in doc.actions}
    assert {"imposed", "threatened"} <= statuses
    assert home_actions(doc, 1) == []  # the threat's sentence: not Britain's names
    assert home_actions(doc, 0) == [k for k, a in enumerate(doc.actions) if a.status == "imposed"]
    # a sentence stating no act goes on to the action before it
    doc = rule_doc("Britain on Tuesday sanctioned Colonel Ivan Dorokhov. Also hit: Unit 31045.")
    assert home_actions(doc, 1) == [0]


def test_an_agreement_names_no_party() -> None:
    assert no_party("JCPOA")
    assert no_party("Joint Comprehensive Plan of Action")
    assert not no_party("Mahan Air")


def test_a_title_after_the_measures_preposition_is_the_persons_own() -> None:
    found = targets(
        "The EU imposed an asset freeze on the head of the Belarusian KGB, Pavel Orlin, "
        "and on Minsk-based Dolmen Potash."
    )
    assert found == ["Pavel Orlin", "Dolmen Potash"]
    # the body a title belongs to stays unlisted
    found = targets(
        "Canada imposed sanctions against the chief of the Kestrel Group, Ivan Dorokhov."
    )
    assert found == ["Ivan Dorokhov"]


def test_an_of_far_from_the_trigger_stays_a_roles_of() -> None:
    doc = rule_doc(
        "Britain sanctioned Dolmen Trading, a firm in Dubai that buys drones for a subsidiary "
        "of Kestrel Aviation Group."
    )
    assert len(doc.actions) == 1
    far = Target("Kestrel Aviation Group", "organization")
    at = doc.text.index("Kestrel")
    far.evidence.append(Span(at, at + len(far.name)))
    feats = roles.features(doc, 0, far, Gazetteer({}))
    assert "b1=of" in feats and "b1=of@t" not in feats
    assert "tgap=9" in feats


def test_a_comma_closes_the_relative_clause_before_the_name_it_describes() -> None:
    # "the militia that attacked the convoy, the X": X names the militia, which is hit
    found = targets("Britain designated the militia that attacked the convoy, the Kestrel Brigade.")
    assert found == ["Kestrel Brigade"]
    found = targets(
        "Canberra sanctioned an entity that supplied drones, Dolmen Aviation, on Friday."
    )
    assert found == ["Dolmen Aviation"]
