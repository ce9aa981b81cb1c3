import re
from pathlib import Path

from sanctionwatch.extract.cleaning import junk_line, junk_patterns, junk_regions, line_key

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def junk_text(text: str) -> list[str]:
    return [text[s:e] for s, e in junk_regions(text)]


def test_repeated_headline_is_junk_but_first_copy_stays() -> None:
    text = "Ottawa adds ten names\nOttawa adds ten names\nCanada listed ten people on Monday."
    assert junk_text(text) == ["Ottawa adds ten names"]
    assert junk_regions(text)[0][0] == len("Ottawa adds ten names\n")


def test_date_prefix_and_navigation_are_junk() -> None:
    text = " date 2024-03-01 Norway froze two accounts.\nSubscribe to our newsletter\nShare"
    found = junk_text(text)
    assert found[0].strip() == "date 2024-03-01"
    assert "Subscribe to our newsletter" in found
    assert "Share" in found


def test_tail_after_link_list_is_junk() -> None:
    text = "Body sentence here.\nNext In World\nSome other story\nAnother story"
    start, end = junk_regions(text)[-1]
    assert text[start:end].startswith("Next In World")
    assert end == len(text)


JUNK_LIKE = [
    "We use cookies to improve your experience.",
    "Photo: Reuters / Ivan Petrov",
    "A tanker off the coast. Via Pixabay",
    "Seen in 2019 (Getty Images)",
    "[Photo: the ministry]",
    "(Reporting by Anna Kovacs; editing by Tom Lee)",
    "4 December 2026 | Reading time 3 min | Tags: Russia, asset freeze",
    "12:40 — 04.12.2026",
    "The council froze the assets of six firms on Monday.",
    "Canada also imposed sanctions on the maker’s “owner”.",
    # letters that re, ignoring case, reads as ASCII ones (`literals.FOLDS_TO_ASCII`)
    "We uſe cookieſ here",
    "Filed under | TAGS: Iran",
    "Getty İmages",
    "",
]


def page_lines() -> list[str]:
    paths = [*sorted(CORPUS.glob("*/*.txt")), *sorted((REPO / "corpus" / "written").glob("*.txt"))]
    return [
        line.strip()
        for p in paths
        if p.name != "URLS.txt"
        for line in p.read_text(encoding="utf-8").split("\n")
    ]


def test_the_gated_junk_line_says_what_the_whole_alternation_says() -> None:
    whole = junk_patterns()[0]
    lines = JUNK_LIKE + page_lines()
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    said = [junk_line(line) for line in lines]
    assert said == [whole.fullmatch(line) is not None for line in lines]
    assert said[:8] == [True] * 8 and said[8:10] == [False, False]
    assert said[10] and said[11] and said[12]


def test_the_line_key_is_the_words_case_folded() -> None:
    lines = JUNK_LIKE + page_lines() + ["  Straße -- STRASSE  ", "__a__ , b_c"]
    for line in lines:
        assert line_key(line) == re.sub(r"\W+", " ", line.casefold()).strip()
    assert line_key("  Straße -- STRASSE  ") == "strasse strasse"
