"""Session 32 extraction speed work: each shortcut gives what the plain reading gave."""

from __future__ import annotations

import re
from pathlib import Path

from sanctionwatch.extract.targets import AUTHOR_BYLINE, BYLINE_LINES, first_byline

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def plain_byline(text: str):  # type: ignore[no-untyped-def]
    """What `targets.authors` read before: `search` over the page, then the line test."""
    found = AUTHOR_BYLINE.search(text)
    if found is None or text.count("\n", 0, found.start()) >= BYLINE_LINES:
        return None
    return found


def same(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (a is None and b is None) or (
        a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups()
    )


def test_first_byline_reads_only_line_starts_of_the_head() -> None:
    byline = "Lena Hartmann, London | 12 September 2025 14:22 BST"
    menu = "Markets | 3 Jun 2025 | Anna Berg, Oslo"
    filler = "The EU listed Sea Crest Shipmanagement on Monday.\n"
    for text in (
        byline + "\n" + filler,
        filler * 3 + "By Jane Doe\n" + filler,
        filler * 14 + menu + "\n",  # the 15th line: still the head
        filler * 15 + menu + "\n",  # the 16th: a table row, no byline
        "Text before " + byline + "\n" + filler,  # not at a line start
        filler * 20,
        "",
        menu,
    ):
        assert same(first_byline(text), plain_byline(text)), text
    assert first_byline(filler * 14 + menu).group("late") == "Anna Berg"
    assert first_byline(filler * 15 + menu) is None


def test_first_byline_as_search_over_the_corpus() -> None:
    texts = sorted((CORPUS / "dev").glob("*.txt")) + sorted((CORPUS / "train").glob("*.txt"))
    assert texts
    hits = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        found = first_byline(text)
        assert same(found, plain_byline(text)), path.name
        hits += found is not None
    assert hits > 0


def test_explicit_dates_tried_only_at_a_digit_or_a_word_start() -> None:
    """`dates.EXPLICIT` opens with `(?=\\d|\\b)`: without it, the same matches."""
    from sanctionwatch.extract.dates import EXPLICIT

    assert "(?=\\d|\\b)" in EXPLICIT.pattern
    plain = re.compile(EXPLICIT.pattern.replace("(?=\\d|\\b)", "", 1), EXPLICIT.flags)
    samples = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "dev").glob("*.txt"))]
    samples += ["On 3rd of May 2024,", "May 21, 2025", "Sept.4 2025", "xMay 21", "A320 12.03.2024"]
    total = 0
    for text in samples:
        got = [(m.span(), m.groups()) for m in EXPLICIT.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]
        total += len(got)
    assert total > 50


def test_vote_tally_holds_a_bracket() -> None:
    """`actors.subject_mentions` reads `VOTE_TALLY` only in a range holding "(": every
    branch of the pattern matches one literally."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    from sanctionwatch.extract.actors import VOTE_TALLY

    def literal_bracket(items: list) -> bool:  # type: ignore[type-arg]
        for op, av in items:
            if op is sre.LITERAL and av == ord("("):
                return True
            if op is sre.SUBPATTERN and literal_bracket(list(av[3])):
                return True
            if op is sre.BRANCH and all(literal_bracket(list(b)) for b in av[1]):
                return True
        return False

    assert literal_bracket(list(parser.parse(VOTE_TALLY.pattern, VOTE_TALLY.flags)))
    text = "adopted by 13 votes in favour to none against, with 2 abstentions (China, Russia)"
    assert VOTE_TALLY.search(text) is not None


def test_a_gated_match_fails_on_its_opening_only_where_re_fails() -> None:
    """`GatedPattern.match` tests the characters a match opens with before the words:
    at every position of real sentences, each gated rule matches what its pattern
    matches, and the opening test turns most positions away."""
    from sanctionwatch.extract import actors, counts, frames, furniture, targets, triggers, zones
    from sanctionwatch.extract.literals import GatedPattern
    from sanctionwatch.extract.names import builder

    gates = [
        value
        for module in (actors, frames, furniture, targets, triggers, zones)
        for value in vars(module).values()
        if isinstance(value, GatedPattern)
    ]
    gates += [builder().vessel_before, targets.patterns().passive, counts.patterns().total]
    gates.append(GatedPattern(re.compile(r"(?:later|next)\s+week", re.I)))
    assert sum(g.opening is not None for g in gates) >= 10
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "dev").glob("*.txt"))[:6]]
    turned = matched = 0
    for text in texts:
        for gate in gates:
            for pos in range(0, len(text), 3):
                want = gate.pattern.match(text, pos)
                got = gate.match(text, pos)
                assert (got and got.span()) == (want and want.span())
                matched += want is not None
                turned += gate.opening is not None and gate.opening.match(text, pos) is None
    assert matched > 0 and turned > 1000
