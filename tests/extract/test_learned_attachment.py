"""Where the learned stage may add a name the tagger marks (issue 11), on short texts
written for these tests: not to the action whose frame stands in the sentence when the
rules gave the name, read in that sentence, to another authority's action ("The EU's
list includes X and Y, while London designated Z"), and not in a sentence that names
the defendants of a criminal case.
"""

from __future__ import annotations

from datetime import date

from sanctionwatch.extract import pipeline
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn.stage import court_case
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE
from sanctionwatch.model import Article
from tests.extract.test_action_authorities import read


def test_a_name_the_rules_gave_another_authority_here_stays_its_own() -> None:
    report = read(
        "The European Union on Monday adopted sanctions against 15 individuals. Britain "
        "announced its own sanctions against eight people. The EU's list includes Ivan "
        "Petrov and Oleg Sidorov, while London designated the firm Arctic Shipping LLC.",
        rules_only=False,
    )
    names = {a.authority: {t.name for t in a.targets} for a in report.actions}
    assert {"Ivan Petrov", "Oleg Sidorov"} <= names["EU"]
    assert "Arctic Shipping LLC" in names["GB"]
    assert not {"Ivan Petrov", "Oleg Sidorov"} & names["GB"]


def doc_of(text: str) -> Doc:
    doc = Doc(article=Article(id="t", text=text, published=date(2025, 6, 4)))
    stages = list(DEFAULT_PIPELINE)
    return pipeline.run(doc, stages[: stages.index("assemble") + 1])


def test_a_sentence_of_defendants_is_a_court_case() -> None:
    doc = doc_of(
        "The Treasury on Tuesday sanctioned two Iranian firms over ransomware attacks. "
        "These included Ahmad Aghda and Mansour Ahmadi, who were charged by prosecutors "
        "in New Jersey. Those designated include the firm Afkar System Yazd Company."
    )
    assert [court_case(doc, i) for i in range(len(doc.sentences))] == [False, True, False]


def test_a_charge_beside_a_sanctions_word_is_no_court_case() -> None:
    doc = doc_of(
        "The Treasury on Tuesday sanctioned Ahmad Aghda, who was charged in 2022 with "
        "hacking a hospital."
    )
    assert not court_case(doc, 0)
