"""Lists of the enumerations lane of session 27 (first look on w1400-w1419): members set
one to a line with no bullet under a prose line ending in a colon; tested with sentences
written for these tests (no corpus text)."""

from datetime import date

from sanctionwatch.extract.sentences import split_sentences
from tests.extract.helpers import rules_news

PUBLISHED = date(2026, 3, 6)  # a Friday


def test_bare_lines_under_a_prose_colon_are_the_members_of_its_list() -> None:
    text = (
        "Canberra on Thursday sanctioned a Moscow hosting firm and two of its staff.\n\n"
        "The foreign ministry published the names with the handles they use:\n\n"
        'Severhost Data LLC (trading as "SHD")\n\n'
        'Pavel Igorevich Rumyantsev (a.k.a. "Rum")\n\n'
        "Anna Sergeyevna Kolosova\n\n"
        "The firm's Dutch landlord was not named.\n"
    )
    assert rules_news(text, PUBLISHED) == {
        "AU": ["Severhost Data LLC", "Pavel Igorevich Rumyantsev", "Anna Sergeyevna Kolosova"]
    }


def test_a_page_label_with_a_colon_opens_no_list_of_bare_lines() -> None:
    text = "The ministry listed three firms.\n\nRead more:\n\nRates rise again in Sydney\n"
    assert not any(s.item for s in split_sentences(text, []))


def test_a_row_aligned_with_spaces_is_no_bare_member() -> None:
    text = (
        "The vessels named in the notice are the following ones:\n\n"
        "NORTH WIND     9476757    Panama\n"
    )
    assert not any(s.item for s in split_sentences(text, []))
