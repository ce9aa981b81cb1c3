import pytest

from sanctionwatch.extract.counts import find_counts


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It listed 12 individuals and 4 entities.", [("person", 12), ("organization", 4)]),
        ("It listed twelve people and one firm.", [("person", 12), ("organization", 1)]),
        ("It blocked 7 Panama-flagged tankers.", [("vessel", 7)]),
        # "an airline" beside numbered counts is one more of its kind (as "an executive")
        ("It named 3 officials, 2 banks and an airline.", [("person", 3), ("organization", 3)]),
        (
            "It sanctioned a Lebanese businessman and three companies.",
            [("person", 1), ("organization", 3)],
        ),
        (
            "It sanctioned an Iranian missile manufacturer and five officials.",
            [("organization", 1), ("person", 5)],
        ),
        (
            "It sanctioned five firms and one Chinese national.",
            [("organization", 5), ("person", 1)],
        ),
        # articles of one kind in one list add up; a part "including" one does not
        (
            "It sanctioned a North Korean national, two front companies in China and Laos "
            "and a Russian facilitator.",
            [("person", 2), ("organization", 2)],
        ),
        (
            "It sanctioned five people and two companies, including a businessman.",
            [("person", 5), ("organization", 2), ("person", 1)],
        ),
        # an article alone, a speaker, a body named by what it holds: no count
        ("It sanctioned a businessman.", []),
        ("It sanctioned three companies, a senior official said.", [("organization", 3)]),
        # nor one the counted targets serve or belong to
        ("It sanctioned three individuals who helped a Hong Kong bank.", [("person", 3)]),
        ("It sanctioned two companies owned by a Russian national.", [("organization", 2)]),
        ("It listed three executives at a Russian bank.", [("person", 3)]),
        (
            "It sanctioned three firms for supplying a drone maker and an Iranian airline.",
            [("organization", 3)],
        ),
        ("It sanctioned five firms and a bank account in Dubai.", [("organization", 5)]),
        # a list after the article is no speaker ("... three companies it said help ...");
        # an abbreviation in parentheses stays inside the list
        (
            "It sanctioned a Lebanese businessman and three companies it said help Hezbollah.",
            [("person", 1), ("organization", 3)],
        ),
        (
            "It sanctioned three commanders of the Rapid Support Forces (RSF) and a Dubai "
            "gold trading firm.",
            [("person", 3), ("organization", 1)],
        ),
        # "national" qualifying a firm: the firm is counted
        ("It sanctioned three firms and a national oil company.", [("organization", 4)]),
        ("It sanctioned four people and a university professor.", [("person", 4)]),
        (
            "It sanctioned six firms, and an official at the State Department said more "
            "would follow.",
            [("organization", 6)],
        ),
        (
            "It sanctioned 15 people, a lawmaker from the opposition Liberal Party confirmed.",
            [("person", 15)],
        ),
        ("It sanctioned a group of 11 individuals.", [("person", 11)]),
        ("It listed 20 vessels and entities.", []),
        ("It named 9 people, bringing the total to 240 individuals.", [("person", 9)]),
        # an export ban's count is a further part of the same kind
        (
            "Oslo froze 4 people and 6 firms and banned exports to 10 entities.",
            [("person", 4), ("organization", 16)],
        ),
        ("Quito hit 3 firms and put an export ban on 5 companies.", [("organization", 8)]),
        # another department's ban, a decision of its own (assembly.separate): its own
        # count, not a part to add to an earlier one
        ("Its trade office separately banned exports to 7 firms.", [("organization", 7)]),
        (
            "Tokyo froze assets of 3 firms, and METI separately banned exports to 7 firms.",
            [("organization", 3), ("organization", 7)],
        ),
        ("It sold 7 firms to 3 buyers.", [("organization", 7)]),
        ("It listed two Malta-registered ship managers.", [("organization", 2)]),
        ("It listed four guards and one prison.", [("organization", 1)]),
        # a part with a short "of" phrase of its own is still one part of the list
        ("It listed six judges of the supreme court and two prosecutors.", [("person", 8)]),
        # a make and model between number and noun count aircraft, the model number none
        ("It blocked two Tupolev Tu-204 cargo planes.", [("aircraft", 2)]),
        ("It blocked four Embraer E190s and 3 officials.", [("aircraft", 4), ("person", 3)]),
        ("It blocked five Airbus A321 aircraft.", [("aircraft", 5)]),
        # kin count as the kin of someone, not as the rest of a list a named one heads
        ("It blacklisted three daughters of the general.", [("person", 3)]),
        ("It blacklisted the general and his three daughters.", []),
        # a measure "to" a number of targets: visas and ports shut to them
        ("It denied visas to 40 judges.", [("person", 40)]),
        (
            "It froze five banks and closed its ports to three tankers.",
            [("organization", 5), ("vessel", 3)],
        ),
    ],
)
def test_count_phrases(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_approximate_and_other_are_flagged() -> None:
    over, other = find_counts("It hit over 40 ships and 8 other individuals.")
    assert (over.value, over.approximate, over.other) == (40, True, False)
    assert (other.value, other.approximate, other.other) == (8, False, True)


def test_banks_are_a_partial_count() -> None:
    (banks,) = find_counts("It cut off 22 more banks.")
    assert (banks.kind, banks.value, banks.partial) == ("organization", 22, True)


def test_a_count_after_an_export_ban_is_flagged_added() -> None:
    (part,) = find_counts("The rules also prohibit exports to 21 entities.")
    assert (part.kind, part.value, part.added) == ("organization", 21, True)
    (plain,) = find_counts("The rules cover 21 entities.")
    assert not plain.added
    (noun,) = find_counts("It also imposed a ban on exports to 6 firms.")
    assert (noun.value, noun.added) == (6, True)
    # an outline's item: the heading of the measure, then its count
    (item,) = find_counts("(3) Prohibition of exports to designated entities: 5 entities in Iran")
    assert (item.kind, item.value, item.added) == ("organization", 5, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial noun listed beside another part of its kind: the list is the whole
        ("Bern froze two banks and three insurers.", [("organization", 5, False)]),
        ("Bern froze two banks and 4 people.", [("organization", 2, True), ("person", 4, False)]),
        ("Bern froze two banks and three subsidiaries.", [("organization", 5, True)]),
        # a part whose noun is left out adds to the count before it
        ("Bern listed six firms based in Iran and two in Oman.", [("organization", 8, False)]),
        ("Bern listed six firms and added two others later.", [("organization", 8, False)]),
        ("Bern listed six firms and a further two others.", [("organization", 8, False)]),
        # an approximate part is not summed into the exact count (that wins in assembly)
        (
            "Bern listed six firms and more than two banks.",
            [("organization", 6, False), ("organization", 2, True)],
        ),
        ("Bern listed six firms; two in Oman.", [("organization", 6, False)]),
    ],
)
def test_parts_of_one_kind_add_up(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert [(c.kind, c.value, c.partial) for c in find_counts(text)] == expected


def test_a_number_with_its_own_noun_is_no_elided_part() -> None:
    assert counts("Bern hit 4 ships and 8 more individuals.") == [("vessel", 4), ("person", 8)]
    assert counts("Bern hit 4 ships and 8 other firms.") == [("vessel", 4), ("organization", 8)]
    assert counts("Bern hit 4 ships and 8 more to its list.") == [("vessel", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bern then listed three of the four individuals.", [("person", 3)]),
        ("Bern then listed 2 of the 5 firms.", [("organization", 2)]),
        ("Bern froze none of the four firms.", []),  # no number, no count
        ("Bern named the last of the four firms.", []),
    ],
)
def test_a_share_of_a_group_counts_the_share(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "others" after any verb of listing, a clause later, adds to the count before it
        (
            "Lima added 15 firms to its export list, banning sales to them, and put 10 others"
            " on its entity list.",
            [("organization", 25)],
        ),
        ("Lima listed 3 firms and sanctioned 2 others.", [("organization", 5)]),
        # a delisting counts no target and adds nothing
        ("Lima listed 3 firms and removed 2 others.", [("organization", 3)]),
        ("Two persons were removed, and seven persons were added.", [("person", 7)]),
        ("Lima said 4 firms have been delisted.", []),
    ],
)
def test_others_and_delistings(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected
