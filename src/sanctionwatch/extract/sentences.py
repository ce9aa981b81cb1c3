"""Sentence splitting over the text left after cleaning, keeping original offsets."""

from __future__ import annotations

import itertools
import re

from sanctionwatch.extract.document import Doc, Sentence
from sanctionwatch.extract.vocabulary import load_lines, rule, vocabulary
from sanctionwatch.names import DOTTED_FORMS

ABBREVIATIONS = frozenset(load_lines("abbreviations.txt"))
BOUNDARY = rule("sentences.boundary")
TERMINAL = rule("sentences.terminal")
BULLET = rule("sentences.bullet")  # "- X", "• X", and dash lists: "— X, a supplier of Y;"
JOINING_END = rule("sentences.joining_end")
WORD_BEFORE = rule("sentences.word_before")
NUMERAL_SIGN = rule("sentences.numeral_sign")  # "No. 14024", but "No. No Indian firm ..."
NUMBERED_AFTER = rule("sentences.numbered_after")
WRAPPED_BREAK = rule("sentences.wrapped_break")
MENU_LINE = rule("sentences.menu_line")
LINE_BREAK = re.compile(r"\n")  # mechanics: one block per line


def keep_ranges(length: int, junk: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The complement of the junk regions within [0, length)."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for start, end in sorted(junk):
        if start > pos:
            ranges.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        ranges.append((pos, length))
    return ranges


def hard_wrapped(text: str) -> bool:
    """True for texts broken into fixed-width lines mid-sentence."""
    rows = [r.strip() for r in text.split("\n")]
    pairs = [(a, b) for a, b in itertools.pairwise(rows) if a and b]
    if len(pairs) < 3:
        return False
    # a line broken mid-sentence: the next starts lower case, or it ends on a joining word
    broken = sum(
        1 for a, b in pairs if not TERMINAL.search(a) and (b[0].islower() or JOINING_END.search(a))
    )
    return broken / len(pairs) > 0.4


def paragraphs(text: str, start: int, end: int, wrapped: bool) -> list[tuple[int, int]]:
    """Line blocks in [start, end): one per line, or per blank-line block if wrapped."""
    splitter = WRAPPED_BREAK if wrapped else LINE_BREAK
    blocks: list[tuple[int, int]] = []
    pos = start
    for match in splitter.finditer(text, start, end):
        blocks.append((pos, match.start()))
        pos = match.end()
    blocks.append((pos, end))
    if not wrapped:
        return blocks
    return [part for block in blocks for part in menu_lines_apart(text, *block)]


def menu_lines_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A wrapped block split before and after each menu, stamp or byline line in it
    ("News | 05.06.2025 | 12:07"): such lines are no part of a wrapped sentence."""
    lines: list[tuple[int, int]] = []
    pos = start
    while (cut := text.find("\n", pos, end)) >= 0:
        lines.append((pos, cut))
        pos = cut + 1
    lines.append((pos, end))
    if len(lines) == 1:
        return lines
    menu = [MENU_LINE.search(text[a:b].strip()) is not None for a, b in lines]
    if not any(menu):
        return [(start, end)]
    out = [lines[0]]
    for i in range(1, len(lines)):
        if menu[i] or menu[i - 1]:
            out.append(lines[i])
        else:
            out[-1] = (out[-1][0], lines[i][1])
    return out


LEGAL_ABBREVIATIONS = DOTTED_FORMS  # from the legal-form table shared with screening
NEXT_WORD = re.compile(r"[A-Z][\w’'-]*")  # mechanics: the capitalised word after a stop


LOWER_WORD = re.compile(r"\s+[a-z]")  # mechanics: a lower-case word next


def starts_sentence(word: str, text: str, after: int) -> bool:
    """ "... Delta Arms Ltd. Canada first imposed ...": a word that opens a
    sentence (a function word, a country or an agency), not a legal form; also a
    country's adjective before a lower-case word ("... Holdings Corp. Chinese firms may
    not ...": the adjective of a noun phrase, no part of the name)."""
    vocab = vocabulary()
    return (
        word in vocab.stopwords
        or word in vocab.country_names
        or word in vocab.agencies
        or (word in vocab.country_adjectives and LOWER_WORD.match(text, after) is not None)
    )


def is_abbreviation(text: str, boundary: re.Match[str], end: int) -> bool:
    """The full stop of `boundary` (a match in `text`, in a block ending at `end`)
    ends an abbreviation, not a sentence. The patterns read `text` between offsets
    rather than slices of it: a slice per boundary copied the article up to it."""
    if boundary.group(0)[:1] != ".":
        return False
    before = WORD_BEFORE.search(text, max(0, boundary.end() - 40), boundary.end())
    if not before:
        return False
    word = before.group(1).lower().rstrip(".")
    if word in LEGAL_ABBREVIATIONS:
        nxt = NEXT_WORD.match(text, boundary.end(), end)
        if nxt and starts_sentence(nxt.group(0), text, nxt.end()):
            return False
    # dotted initials before a lower-case word go on: "Bajío S.A. de C.V.", "the U.S. and";
    # so do they before a parenthesis ("Orinoco, C.A. (f/k/a Minerven, C.A.) and ..."), which
    # holds the name's former name or seat, no new sentence
    if "." in word and (
        text[boundary.end() : boundary.end() + 1].islower()
        or text[boundary.end() : boundary.end() + 1] == "("
    ):
        return True
    if NUMERAL_SIGN.match(word):
        return NUMBERED_AFTER.match(text, boundary.start() + 1) is not None
    # single capitals are initials ("Antony J. Blinken")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for boundary in BOUNDARY.finditer(text, start, end):
        if is_abbreviation(text, boundary, end):
            continue
        cut = boundary.end() if boundary.group(0) else boundary.start()
        spans.append((pos, cut))
        pos = cut
    spans.append((pos, end))
    return spans


# a numbered item's number ("1. CARIBE (IMO 9540895)", "2) Zaher Jabarin — ...")
NUMBERED = rule("sentences.numbered")
NUMBERED_LEAD = rule("sentences.numbered_lead")
UN_ENTRY_LINE = rule("sentences.un_entry_line")  # "HTi.011 Name: X": an entry, no headline
# "Individuals", "Entities": a notice's heading over its numbered entries
KIND_HEADING = rule("sentences.kind_heading")
# "... among them X, Y and" / "Read also: ..." / "Z.": a paragraph a page's line cut
OPEN_LIST_END = rule("sentences.open_list_end")
# "OTHMAN, Hasan Chehadeh; DOB ...; (individual) [SDGT].": a list's entry as printed
LIST_ENTRY = rule("sentences.list_entry")
SEMICOLON_ITEM = rule("sentences.semicolon_item")  # "Anhui Land Group Co., Limited;"
BARE_MEMBER = rule("sentences.bare_member")  # "Ruslan Tikhonovich Varenov (a.k.a. \"Varan\")"
# a line ending in a colon that opens bare members is prose ("The UK listed the
# following:"), not a label of the page ("Read more:", "Related stories:")
COLON_LEAD_WORDS = 5
ENTRY_VESSEL = rule("sentences.entry_vessel")  # "... Crude Oil Tanker ...; IMO 9598414"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without surrounding space, or a leading bullet ("- ", "• ", "1. ")."""
    while start < end and (text[start].isspace() or BULLET.match(text, start)):
        start += 1
    if numbered := NUMBERED.match(text, start, end):
        start = numbered.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def number_style(lead: str) -> tuple[str, int]:
    """A list number's style, its digits left out ("1. " and "2." are ".", "(3) " "()"),
    and its number."""
    digits = "".join(c for c in lead if c.isdigit())
    return "".join(c for c in lead if not c.isdigit() and not c.isspace()), int(digits or 0)


def split_sentences(text: str, junk: list[tuple[int, int]]) -> list[Sentence]:
    wrapped = hard_wrapped(text)
    out: list[Sentence] = []
    # numbered lines are list items after a line ending in a colon ("The vessels are:") or
    # a heading of a kind ("Individuals"); without one they are headlines ("Most read /
    # 1. Putin says ...") or section titles
    numbered_list = False
    semicolon_list = False  # the line before was a member of a list set off by semicolons
    # the number of a numbered paragraph that opened the list ("1. ... will take the
    # following measures:"): the next paragraph numbered the same way ("2. Among ...") is
    # its sibling, prose again, not one more item of the list it opened ("(1) ..."),
    # unless the list's own items are numbered that way ("2. ... removed: / Individuals /
    # 1. KOSTENKO ...")
    opener: tuple[str, int] | None = None
    bare_list = False  # the line before opened or continued a list of bare lines
    for keep_start, keep_end in keep_ranges(len(text), junk):
        for block_start, block_end in paragraphs(text, keep_start, keep_end, wrapped):
            bs, be = trimmed(text, block_start, block_end)
            if bs == be:
                continue
            lead = text[block_start:bs].lstrip()
            numbered = NUMBERED_LEAD.fullmatch(lead) is not None
            style = number_style(lead) if numbered else None
            if numbered_list and style and opener and style == (opener[0], opener[1] + 1):
                numbered_list = semicolon_list = False
            elif style and opener and style[0] == opener[0]:
                opener = None  # the list's items are numbered as its opener was
            # an entry of a list as printed, after a colon or another entry, is an item too
            numbered = numbered or LIST_ENTRY.match(text, bs, be) is not None
            item = BULLET.match(lead) is not None or (numbered and numbered_list)
            # "including: / Anhui Land Group Co., Limited; / ... Limited.": a member a line
            semicolon = SEMICOLON_ITEM.search(text, bs, be) is not None
            item = item or (numbered_list and semicolon) or semicolon_list
            semicolon_list = semicolon and (numbered_list or semicolon_list)
            if text[bs:be].endswith(":"):
                opener = style
            elif not numbered_list:
                opener = None
            # "listed the following: / Nordhost Networks LLC (trading as "NHN") / Ruslan
            # ...": bare lines, each one member, under a prose line ending in a colon
            bare = bare_list and BARE_MEMBER.fullmatch(text, bs, be) is not None
            item = item or bare
            bare_list = bare or (
                text[bs:be].endswith(":") and len(text[bs:be].split()) >= COLON_LEAD_WORDS
            )
            numbered_list = (
                text[bs:be].endswith(":")
                or KIND_HEADING.fullmatch(text, bs, be) is not None
                or (numbered and numbered_list)
                or semicolon_list
            )
            # a table row flattened to text, its cells split by bars or tabs
            item = item or "|" in text[bs:be] or "\t" in text[bs:be]
            headline = (
                not item
                and not TERMINAL.search(text[bs:be])
                and be - bs < 250
                and not OPEN_LIST_END.search(text, bs, be)  # "... Ural Optics JSC and"
                and not UN_ENTRY_LINE.match(text, bs, be)  # "HTi.011 Name: X" without a stop
            )
            for s, e in split_block(text, bs, be):
                s, e = trimmed(text, s, e)
                if e > s:
                    # a sentence ending in a full stop is prose, even in a caption line
                    prose = TERMINAL.search(text[s:e]) is not None
                    out.append(
                        Sentence(s, e, text[s:e], headline=headline and not prose, item=item)
                    )
    return out


def sentences(doc: Doc) -> Doc:
    """Stage: split the kept text into sentences."""
    doc.sentences = split_sentences(doc.text, doc.junk)
    return doc
