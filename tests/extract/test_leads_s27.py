"""Session 27: who acts and how actions split in joint stories (w1268, w175, w1297): the
noun "targets" after a number, "announced the listings of X", a list of subjects in an
"hours after" clause, one party told in two forms across two actions, "in total,
including", a final rule that severs a firm, and a bare "Related:" over linked headlines."""

from datetime import date

from sanctionwatch.extract import cleaning
from sanctionwatch.extract.document import Doc
from sanctionwatch.model import Article
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 12, 4)

JOINT = (
    "Canada has imposed sanctions on a Belarusian trading house and two of its managers.\n\n"
    "Foreign Minister Anita Anand announced the listings of Belprom Trade OJSC, its director "
    "Sergei Ivanovich Dubrovsky and its accountant Olga Petrenko on Friday, hours after the "
    "United States and the United Kingdom sanctioned the same three targets on Thursday.\n\n"
    "Mr Dubrovsky and Ms Petrenko are also barred from entering Canada."
)


def news(text: str, published: date = FRIDAY) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in rules_actions(text, published):
        if a.status == "imposed" and not a.background:
            assert a.authority not in out, f"two news actions of {a.authority}"
            out[a.authority] = sorted(t.name for t in a.targets)
    return out


def test_the_noun_targets_after_a_number_splits_no_action() -> None:
    # one action each for the US and Britain (the noun "targets" made a second pair)
    assert set(news(JOINT)) == {"CA", "US", "GB"}


def test_listings_of_open_the_object_list_and_same_targets_share_one_form() -> None:
    three = sorted(["Belprom Trade OJSC", "Sergei Ivanovich Dubrovsky", "Olga Petrenko"])
    # the surnames of the last sentence are the same two people, not two more targets
    assert news(JOINT) == {"CA": three, "US": three, "GB": three}


def test_a_list_of_subjects_after_hours_after_is_subordinate() -> None:
    # the main clause's act goes on in the next sentence: the surnames are Canada's
    text = JOINT.replace("the same three targets", "them")
    found = news(text)
    assert "Dubrovsky" not in " ".join(found.get("US", []) + found.get("GB", []))


def test_in_total_with_the_acts_own_list_is_news() -> None:
    text = (
        "The United States on Tuesday sanctioned Lotus Crown Group and its chairman.\n\n"
        "OFAC designated 80 targets in total, including firms in Laos and Palau."
    )
    acts = rules_actions(text, date(2026, 3, 4))
    assert [(a.authority, a.background) for a in acts] == [("US", False)]


def test_a_final_rule_that_severs_a_firm_is_imposed() -> None:
    text = (
        "Washington widened its sanctions campaign against scam networks this week.\n\n"
        "The Treasury's Financial Crimes Enforcement Network (FinCEN) on Monday issued a "
        "final rule under Section 311 of the Patriot Act to sever the payments firm Kora Pay "
        "from the US financial system."
    )
    assert [(a.authority, a.status) for a in rules_actions(text)] == [("US", "imposed")]


def test_a_bare_related_line_ends_the_article() -> None:
    text = (
        "Britain on Thursday froze the assets of three officials.\n\n"
        "Related:\n"
        "- Latvia and Lithuania extend entry bans on officials"
    )
    doc = cleaning.clean(Doc(Article(id="t", text=text)))
    assert any(text.index("Related:") >= a and text.index("Related:") < b for a, b in doc.junk)
    assert [a.authority for a in rules_actions(text)] == ["GB"]
