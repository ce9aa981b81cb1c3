"""Strings the extractor read as targets that name no party at all (session 21): a
street of an address, an adjective of level, the acting union's own members, a UK
statute's subject, a page's pager bar, a people's adjective cut from a name, and an
owner's possessive before a post."""

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import tagger as crf
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.extract.learn.stage import describes_only
from sanctionwatch.extract.names import menu
from sanctionwatch.extract.pipeline import run
from sanctionwatch.model import Article
from tests.extract.helpers import PUBLISHED, names, rules_actions


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


def test_a_pager_bar_names_no_party() -> None:
    assert menu("Next notice | Previous notice | Download CSV")
    # a table row's "Previous name" part is no control
    assert not menu("OCEAN PRIDE | IMO 9123456 | Previous name: ACME STAR")
    text = (
        "The UK on Monday lifted sanctions on Acme Hosting LLC.\n"
        "Next notice | Previous notice | Download CSV\n"
    )
    assert rule_targets(text) == {"Acme Hosting LLC"}


def test_a_peoples_adjective_after_a_nationality_stays_in_the_name() -> None:
    text = "The EU on Tuesday lifted sanctions on the Industrial Bank and Syrian Arab Airlines."
    assert "Syrian Arab Airlines" in names(text)
    assert "Arab Airlines" not in names(text)


def tagged(doc: Doc, text: str) -> crf.Mention:
    """A tagger's mention of `text` in the sentence that holds it."""
    at = doc.text.index(text)
    i = next(k for k, s in enumerate(doc.sentences) if s.start <= at < s.end)
    return crf.Mention(i, at, at + len(text), text, "organization", 0.9)


def test_an_owners_possessive_before_a_post_is_not_hit() -> None:
    # the names stage passes over "A7" (too short a word); the tagger's "A7's" is
    # the owner of whom follows, as a possessive name the names stage finds is
    text = (
        "Canada on Friday sanctioned the A7 Settlement Centre and three individuals. "
        "The individuals are A7's chief executive Viktor Olegovich Lazarev and his "
        "deputy Oksana Belova. Ottawa also imposed sanctions on A7's subsidiaries."
    )
    doc = Doc(Article(id="t", text=text, published=PUBLISHED))
    doc.models = Models.empty()
    run(doc, ("clean", "published", "sentences", "mentions", "names"))
    assert describes_only(doc, tagged(doc, "A7's"))
    # "sanctions on A7's ...": after "on" the owner may be the one hit
    last = doc.text.rindex("A7's")
    i = len(doc.sentences) - 1
    assert not describes_only(doc, crf.Mention(i, last, last + 4, "A7's", "organization", 0.9))
