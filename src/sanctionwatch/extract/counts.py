"""Counts of targets as the article states them: "11 individuals and 15 entities".

A count needs a number and a noun for one kind of target. Combined counts
("30 vessels and entities"), cumulative totals ("bringing the total to 73") and
vague amounts ("dozens") are not counts. "Over 50 vessels" counts 50, but an
exact figure for the same kind elsewhere in the action wins. A count after an export
ban ("and banning exports to 22 entities") is a further part of the action and adds
to the count of its kind (`added`). Parts listed side by side add up ("three banks and
two insurers" is 5), and so does a part with its noun left out ("seven companies in
Kazakhstan and three in Kyrgyzstan", "and put 10 others on ..."); "three of the four
individuals" counts 3; "Two persons were removed" counts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sanctionwatch.extract.literals import GatedPattern
from sanctionwatch.extract.lookahead import guarded, kept
from sanctionwatch.extract.vocabulary import alternation, rule, rule_text, vocabulary


@dataclass(frozen=True, slots=True)
class CountPhrase:
    kind: str
    value: int
    start: int
    end: int
    approximate: bool
    other: bool  # "52 other individuals": the named ones come on top
    partial: bool = False  # "22 more banks": often only a part of the action
    added: bool = False  # "and banning exports to 22 entities": a further part, it adds up
    article: bool = False  # "a businessman": one, counted only beside a numbered count
    group: bool = False  # "among the 31 captains is X": the whole group, X in it; no part joins
    affiliated: bool = False  # "X and nine affiliated companies": X, named beside, on top
    # "three Indian companies": one state's part of a count that spans several states
    national: bool = False
    origins: int = 0  # "42 entities from India, China and Turkey": the states it spans (3)


@dataclass(frozen=True, slots=True)
class CountPatterns:
    phrase: re.Pattern[str]
    noun_kind: dict[str, str]
    numbers: dict[str, int]
    approximate: GatedPattern
    other: re.Pattern[str]
    affiliated: re.Pattern[str]
    excluded_before: re.Pattern[str]
    excluded_sentence: GatedPattern
    excluded_after: re.Pattern[str]
    total: GatedPattern
    cumulative: GatedPattern
    partial: frozenset[str]
    owned: frozenset[str]
    owned_people: frozenset[str]  # "two of its operators": people, not firms
    relational: frozenset[str]
    armed_groups: frozenset[str]
    next_noun: re.Pattern[str]
    export_part: re.Pattern[str]
    follow_cue: re.Pattern[str]
    perfect_tally: re.Pattern[str]
    whole: re.Pattern[str]
    joiner: re.Pattern[str]  # what joins two kinds of one count ("220 individuals and 40 ...")


@cache
def patterns() -> CountPatterns:
    data = vocabulary().counts
    kinds = dict(data["kinds"])
    # demonyms as nouns count people: "500 Americans", "two North Koreans"
    kinds["person"] = [*kinds["person"], *vocabulary().country_people, *data["relational"]]
    noun_kind = {noun.lower(): kind for kind, nouns in kinds.items() for noun in nouns}
    nouns = alternation([n for nouns in kinds.values() for n in nouns])
    numbers: dict[str, int] = data["numbers"]
    whole_nouns = rule_text("counts.whole_nouns")
    words = alternation(list(numbers))
    number = rf"(?P<number>\d+(?:,\d{{3}})*|{words})"
    # modifiers between number and noun: words, but no other number, no word that
    # starts a clause or phrase of its own ("127 servers used by the firm", "10 years in
    # prison"; "two of the tankers" keeps its "the"), no end of a sentence
    mods = (
        rf"(?:(?!\d|(?:{words})\b|(?:{data['mods_stop']})(?![\w-])|(?<!\bof\s)the\b)"
        rf"(?![\w’'“”\".-]*(?-i:[a-z]{{2}})[.!?]\s)[\w’'“”\".-]+(?:[ \t]+|\n(?!\s*\n))){{0,4}}?"
    )
    phrase = guarded(
        rf"(?<![\w$.,-]){number}\s+(?P<mods>{mods})"
        # "two of the group's commanders" counts commanders; "one company's assets" a firm
        rf"(?!(?<=\bof\sthe\s)(?:{nouns})['’]s\b)(?P<noun>{nouns})(?![\w-])"
        rf"(?!\s+(?:{data['noun_before']})\b)",
        re.I,
    )
    return CountPatterns(
        phrase=phrase,
        noun_kind=noun_kind,
        numbers=numbers,
        # the sentence-wide tests (and the approximation before each number) run re only
        # where the words their matches need are: most sentences lack them (`literals`)
        approximate=GatedPattern(guarded(data["approximate"], re.I)),
        other=guarded(data["other"], re.I),
        affiliated=guarded(data["affiliated"], re.I),
        excluded_before=guarded(data["excluded_before"], re.I),
        excluded_sentence=GatedPattern(guarded(data["excluded_sentence"], re.I)),
        excluded_after=guarded(data["excluded_after"], re.I),
        total=GatedPattern(guarded(data["total"], re.I)),
        cumulative=GatedPattern(guarded(data["cumulative"], re.I)),
        partial=frozenset(n.lower() for n in data["partial_kinds"]),
        owned=frozenset(n.lower() for n in data["owned_kinds"]),
        owned_people=frozenset(n.lower() for n in data["owned_people"]),
        relational=frozenset(n.lower() for n in data["relational"]),
        armed_groups=frozenset(n.lower() for n in data["armed_groups"]),
        # "30 vessels and entities" is one combined count, and so is "107 individuals,
        # entities and ships"; "50 vessels and several dozen companies" gives the second
        # noun a quantity of its own
        next_noun=kept(
            rf"^\s*(?:(?:and|or|&|/)\s+(?!(?:{data['own_quantity']}|{data['own_group']})\b)"
            # (no determiner in the words between: "five entities and barring the
            # individuals from entry" names the ones counted before, no combined count)
            rf"(?:(?!\d|(?:{words})\b|(?:{data['own_group']})\b)[\w’'-]+\s+){{0,3}}?"
            rf"|,\s+(?=(?:{nouns})(?![\w-])\s*(?:,|and\b|or\b)))"
            rf"(?P<noun>{nouns})(?![\w-])",
            re.I,
        ),
        export_part=guarded(data["export_part"], re.I),
        follow_cue=guarded(data["follow_cue"], re.I),
        perfect_tally=guarded(data["perfect_tally"], re.I),
        joiner=kept(data["combined_joiner"], re.I),
        # a count's noun that names a whole whose parts may follow in apposition: the
        # generic nouns of people and the demonyms ("three Haitians, two senators and ...")
        whole=kept(
            rf"\b(?:{whole_nouns}|{alternation(list(vocabulary().country_people))})$",
            re.I,
        ),
    )


def number_value(token: str, numbers: dict[str, int]) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return numbers.get(token)


# "two sons of Ortega": the kin a count of kin names
KIN_OF = rule("counts.kin_of")

# "the finance officials of three militias": a count of groups right after "of"
GROUP_OF = rule("counts.group_of")

# "two of its managers": the words between a number and a noun of a party's own people
OWNED_BY = rule("counts.owned_by")
# "a hosting firm and its two co-owners": "its" right before the number does the same
OWNED_BEFORE = rule("counts.owned_before")

# "the 15 council members": the membership of the body that decides
COUNCIL_MEMBERSHIP = rule("counts.council_membership")
OTHER_MODIFIER = rule("counts.other_modifier")  # "12 other entities"
BOTH_AND_OTHERS = rule("counts.both_and_others")  # "both companies and eight others"


FROM_STATES = rule("counts.from_states")
LIST_SPLIT = re.compile(r",?\s+and\s+|,\s+")  # mechanics: "A, B and C" split
LEADING_THE = re.compile(r"^the\s+")  # mechanics: "the UAE" as the state's name


def national(mods: str) -> bool:
    """Whether the words between a number and its noun hold one state's adjective
    ("three Indian companies", "two Hong Kong-based firms" is no adjective)."""
    adjectives = vocabulary().country_adjectives
    return any(word in adjectives for word in mods.split())


def origins(text: str, end: int) -> int:
    """How many states a "from A, B and C" right after a count names (0 for none)."""
    m = FROM_STATES.match(text, end)
    if m is None:
        return 0
    names = vocabulary().country_names
    parts = LIST_SPLIT.split(m.group("places"))
    return sum(1 for part in parts if LEADING_THE.sub("", part) in names)


def find_counts(text: str) -> list[CountPhrase]:
    """Count phrases in a clause, in order."""
    return list(_find_counts(text))


@lru_cache(maxsize=256)  # an action's clauses are read again for its other counts and zones
def _find_counts(text: str) -> tuple[CountPhrase, ...]:
    pats = patterns()
    out: list[CountPhrase] = []
    if pats.excluded_sentence.search(text):
        # keep only what comes before "bringing the total to ..."
        text = text[: pats.excluded_sentence.search(text).start()]  # type: ignore[union-attr]
    if pats.total.search(text) and pats.cumulative.search(text):
        # "A total of 47 entities are affected so far", "has now sanctioned 79 vessels in
        # total": a running tally; but "A total of 27 ships were sanctioned" counts
        return ()
    tally_end = -1  # where the last count skipped as a running tally ended
    for m in pats.phrase.finditer(text):
        if tally_end >= 0 and pats.joiner.match(text[tally_end : m.start()]):
            # "now covers more than 220 individuals and 40 entities": the "more than"
            # reaches over "and", so the second kind is the same running tally
            tally_end = m.end()
            continue
        value = number_value(m.group("number"), pats.numbers)
        noun = m.group("noun").lower()
        mods = m.group("mods")
        if value is None or re.search(r"\d", mods):
            continue
        if 1900 <= value <= 2100 and m.group("number").isdigit():
            continue  # a year, not a number of targets
        owned = (
            OWNED_BY.fullmatch(mods) is not None
            or OWNED_BEFORE.search(text, max(0, m.start() - 5), m.start()) is not None
        )
        if noun in pats.owned and not owned:
            continue  # "two ship managers" are firms; "two of its managers" people
        if noun in pats.relational and KIN_OF.match(text, m.end()) is None:
            continue  # "his two sons" is a part of a list a named one heads; "two sons of X"
        digits = m.group("number")[0].isdigit()
        if noun in pats.armed_groups and (
            GROUP_OF.search(text, 0, m.start()) or (digits and mods[:1].isupper())
        ):
            # "officials of three militias": where the targets sit; "5 Segonn gangs": a name
            continue
        article = m.group("number").lower() in ("a", "an")
        if article and pats.noun_kind[noun] != "person" and ARTICLE_OF.match(text, m.end()):
            continue  # "a group of 11 individuals", "a unit of the IRGC": no target counted
        before = text[max(0, m.start() - 30) : m.start()]
        # "banning exports to 22 firms", "Prohibition of exports to specified entities: 8
        # entities" (a wider window: the outline's heading is long)
        added = pats.export_part.search(text, max(0, m.start() - 60), m.start()) is not None
        # "METI separately banned exports to 22 organizations": another decision's own
        # count, no part to add to the one before
        own_ban = SEPARATE_BAN.search(before) is not None
        # "among the 31 captains is Captain X", "among the 12 officials sanctioned": the
        # group the named one belongs to is the action's count
        among = (
            AMONG_THE.search(before) is not None and AMONG_HIT.match(text[m.end() :]) is not None
        )
        if pats.excluded_before.search(before) and not added and not own_ban and not among:
            # "three of the four individuals": the share is the count
            share = SHARE_OF.search(before)
            part = number_value(share.group("number"), pats.numbers) if share else None
            if part is None or part >= value:
                continue
            value = part
        if pats.excluded_after.match(text[m.end() :]):
            continue  # "Two persons were removed": a delisting counts no target
        if noun == "members" and COUNCIL_MEMBERSHIP.match(text, m.start()):
            continue  # "handed the 15 council members the text": who votes, not who is hit
        combined = pats.next_noun.match(text[m.end() :])
        if combined and pats.noun_kind[combined.group("noun").lower()] != pats.noun_kind[noun]:
            continue  # "30 vessels and entities"
        approximate = pats.approximate.search(before) is not None
        if approximate and (pats.cumulative.search(text) or pats.perfect_tally.search(text)):
            tally_end = m.end()
            continue  # "has now barred more than 2,000 Americans since 2022": a running tally
        kind = pats.noun_kind[noun]
        if noun in pats.owned_people and OWNED_BY.fullmatch(mods) is not None:
            kind = "person"  # "a hosting firm and two of its operators": who runs it
        if kind == "person" and AND_THE_TITLE.match(text, m.end()):
            value += 1  # "two former senators and the mayor of a town": three people
        out.append(
            CountPhrase(
                kind=kind,
                value=value,
                start=m.start(),
                end=m.end(),
                approximate=approximate,
                other=OTHER_MODIFIER.search(mods) is not None,
                partial=noun in pats.partial,
                added=added,
                article=article,
                group=among,
                affiliated=pats.affiliated.search(mods) is not None,
                national=national(mods),
                origins=origins(text, m.end()),
            )
        )
    for m in BOTH_AND_OTHERS.finditer(text):
        # "both companies and eight others": the others, with the two named on top
        noun_kind = pats.noun_kind.get(m.group("noun").lower())
        value = number_value(m.group("number"), pats.numbers)
        if noun_kind is None or value is None or any(p.start <= m.start() < p.end for p in out):
            continue
        out.append(CountPhrase(noun_kind, value, m.start("number"), m.end(), False, True))
    out.sort(key=lambda p: p.start)
    if AIRCRAFT_MAKER.search(text) or AIRCRAFT_DESIGNATOR.search(text):  # (cheap tests first)
        out = with_aircraft_models(out, text)
    return tuple(joined(listed_articles(out, text), text))


AIRCRAFT_MODEL = rule("counts.aircraft_model")
AIRCRAFT_MAKER = rule("counts.aircraft_makers")  # the makers AIRCRAFT_MODEL names
AIRCRAFT_DESIGNATOR = rule("counts.aircraft_designators")  # "Il-76TD": a model, no maker


def with_aircraft_models(phrases: list[CountPhrase], text: str) -> list[CountPhrase]:
    """ "three Boeing 737-800 converted freighters": the make and model between the
    number and the noun hold a number of their own, which the count phrase refuses; the
    count is of aircraft, and "737 aircraft" is none."""
    models: list[CountPhrase] = []
    for m in AIRCRAFT_MODEL.finditer(text):
        value = number_value(m.group("number"), patterns().numbers)
        if value is not None:
            models.append(CountPhrase("aircraft", value, m.start(), m.end(), False, False))
    if not models:
        return phrases
    kept = [p for p in phrases if not any(p.start < m.end and m.start < p.end for m in models)]
    return sorted([*kept, *models], key=lambda p: p.start)


# what may stand between two parts of one list of targets: no verb of speech, no relative
LIST_GAP = rule("counts.list_gap")


SPEAKS_AFTER = rule("counts.speaks_after")
# "a bank account", "a national oil company", "a university professor": the noun
# only qualifies the one that follows
NOUN_GOES_ON = rule("counts.noun_goes_on")
# "two generals and the head of the navy": one more person of the count's list
AND_THE_TITLE = rule("counts.and_the_title")


def listed_articles(phrases: list[CountPhrase], text: str) -> list[CountPhrase]:
    """ "a Lebanese businessman and three companies", "four entities ... and an
    executive": an article counts one only after a count with a number in its clause or
    right before one in a list ("a senior official said" counts no one)."""
    out = []
    dropped: list[CountPhrase] = []
    for i, p in enumerate(phrases):
        if p.article:
            if SPEAKS_AFTER.match(text, p.end) or NOUN_GOES_ON.match(text, p.end):
                dropped.append(p)
                continue  # "three companies, a senior official said": a speaker
            after = phrases[i + 1] if i + 1 < len(phrases) else None
            before = [q for q in phrases[:i] if not q.article]
            if not (
                # "four entities that have procured parts ... as well as an executive": one
                # more part of the list; not one they serve ("three individuals who helped
                # a Hong Kong bank", "executives at a Russian bank", "firms owned by a
                # national"), nor a list of those ("for supplying a drone maker and ...")
                (
                    before
                    and not before[-1].group  # "among the 31 captains is X, a citizen"
                    and p.start - before[-1].end <= 150
                    and ARTICLE_PART_GAP.fullmatch(text, before[-1].end, p.start)
                    and not any(before[-1].end <= q.start < p.start for q in dropped)
                )
                or (
                    after is not None
                    and not after.article
                    and LIST_GAP.match(text, p.end, after.start)
                )
            ):
                dropped.append(p)
                continue
        out.append(p)
    return out


# the words between a count and an article that adds a part to its list: they end on a
# conjunction ("as well as", "and", ",", "including") and hold no verb of speech and no
# other article ("firms for supplying a drone maker and an airline": the list is its)
ARTICLE_PART_GAP = rule("counts.article_part_gap")


SEPARATE_BAN = rule("counts.separate_ban")

# "a group of 11 individuals", "a unit of the IRGC": a body named by what it holds
ARTICLE_OF = rule("counts.article_of")


# "Canada also listed 5 of them": a share of targets counted in a sentence before
# the words every match of OF_THEM holds
OF_THEM_WORDS = re.compile(r"\sof\s+(?:them|those|these)\b", re.I)  # mechanics: prefilter
OF_THEM = rule("counts.of_them")


def shares_of_them(text: str) -> list[int]:
    """The numbers of "N of them" in a clause that counts nothing of its own ("20
    entities, 5 of them based in Hong Kong" is a part of its own count)."""
    if OF_THEM_WORDS.search(text) is None or find_counts(text):
        return []  # (the cheap test first: most clauses say no "of them")
    values = (number_value(m.group("number"), patterns().numbers) for m in OF_THEM.finditer(text))
    return [v for v in values if v]


SHARE_OF = rule("counts.share_of")
AMONG_THE = rule("counts.among_the")
AMONG_HIT = rule("counts.among_hit")

# "two senior officials and two financial facilitators": parts of one kind, one list
PART_GAP = rule("counts.part_gap")


# a count, then "together with" / "and" a count of other ones of its kind
OTHERS_GAP = rule("counts.others_gap")
# only a comma between a count of a whole ("three Haitians") and its first part
APPOSED_GAP = rule("counts.apposed_gap")
# "among" between a part and the whole it belongs to
AMONG_WHOLE = rule("counts.among_whole")


def joined(phrases: list[CountPhrase], text: str) -> list[CountPhrase]:
    """Counts of one kind listed side by side add up ("18 oil tankers and 4 LNG
    carriers" is 22 vessels), as the annotation conventions say."""
    out: list[CountPhrase] = []
    apposed = -1  # the end of the last part read as an apposition to the whole before it
    for phrase in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == phrase.kind
            and not (prev.other or phrase.other or phrase.added)
            and (
                PART_GAP.match(text[apposed : phrase.start]) is not None
                if apposed > prev.end
                else APPOSED_GAP.match(text[prev.end : phrase.start]) is not None
                and patterns().whole.search(text[prev.start : prev.end]) is not None
            )
        ):
            # "three Haitians, two former senators and a gang leader", "11 people, seven
            # officials and four traders": the parts after the comma say who the whole is
            apposed = phrase.end
            continue
        apposed = -1
        if (
            prev is not None
            and prev.kind == phrase.kind
            and phrase.value > prev.value
            and AMONG_WHOLE.match(text[prev.end : phrase.start]) is not None
        ):
            # "four India-based companies among 19 entities": the part is named for the
            # story's readers, the whole is the action's count
            out[-1] = phrase
            continue
        if (
            prev is not None
            and prev.kind == phrase.kind
            and phrase.other
            and not (prev.other or prev.partial or prev.group)
            and OTHERS_GAP.match(text[prev.end : phrase.start]) is not None
        ):
            # "the five firms together with 37 other companies": the others are others
            # than those counted beside them, one count (42)
            out[-1] = plus(prev, phrase)
            continue
        if phrase.added and not (phrase.other or phrase.partial):
            # "19 organizations to its asset-freeze list and banning exports to 22
            # entities": the export ban's count adds to the earlier count of its kind
            held = next((i for i in reversed(range(len(out))) if out[i].kind == phrase.kind), None)
            if held is not None and not (out[held].other or out[held].partial):
                out[held] = plus(out[held], phrase)
                continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == phrase.kind
            and not (prev.other or phrase.other)
            and (
                PART_GAP.match(text[prev.end : phrase.start])
                # "a senior figure in the fraternity known as X and four people": the
                # article's part may be described at length before the list goes on
                or (prev.article and LIST_PART_GAP.fullmatch(text, prev.end, phrase.start))
            )
        ):
            # "three banks and two insurers": a part ("banks") listed beside another
            # part of its kind is no partial count, the list is the whole (5)
            out[-1] = plus(prev, phrase, partial=prev.partial and phrase.partial)
            continue
        held = next((i for i in reversed(range(len(out))) if out[i].kind == phrase.kind), None)
        if (
            phrase.article
            and held is not None
            and not out[held].other
            and not out[held].group
            and LIST_PART_GAP.fullmatch(text, out[held].end, phrase.start)
        ):
            # "a North Korean national, two front companies and a Russian facilitator":
            # one more of a kind the list already counts (2 people)
            out[held] = plus(out[held], phrase, partial=out[held].partial)
            continue
        out.append(phrase)
    return with_elided(out, text)


# the rest of one list between two parts of a kind: no verb of speech, no "including"
LIST_PART_GAP = rule("counts.list_part_gap")


# "seven companies registered in Kazakhstan and three in Kyrgyzstan", "put five firms on
# its list and added three others": a number with its noun left out is a further part
# of the count before it
ELIDED = rule("counts.elided")


def with_elided(phrases: list[CountPhrase], text: str) -> list[CountPhrase]:
    out: list[CountPhrase] = []
    skip = -1  # the start of a phrase read as an elided part already
    for i, phrase in enumerate(phrases):
        if phrase.start == skip:
            continue  # "three in Kyrgyzstan into its Entity List" is no count of its own
        until = phrases[i + 1].start if i + 1 < len(phrases) else len(text)
        m = None if phrase.other else ELIDED.match(text[phrase.end :])
        value = number_value(m.group("number"), patterns().numbers) if m else None
        at = phrase.end + m.start("number") if m else -1
        if m is None or value is None or at > until or m.group("number").lower() in ("a", "an"):
            out.append(phrase)
            continue
        skip = at
        out.append(
            CountPhrase(
                kind=phrase.kind,
                value=phrase.value + value,
                start=phrase.start,
                end=phrase.end + m.end(),
                approximate=phrase.approximate,
                other=False,
                partial=phrase.partial,
                added=phrase.added,
            )
        )
    return out


# "Lithuania banned 14 officials, Latvia 11 and Estonia 13": the others' counts, gapped
GAPPED_PAIR = rule("counts.gapped_pair")


def gapped_pairs(text: str, phrase: CountPhrase) -> list[tuple[int, int, int]]:
    """The (state start, state end, value) of each gapped pair after a count, in order."""
    out: list[tuple[int, int, int]] = []
    pos = phrase.end
    while (m := GAPPED_PAIR.match(text, pos)) is not None:
        value = number_value(m.group("number"), patterns().numbers)
        if value is None:
            break
        out.append((m.start("state"), m.end("state"), value))
        pos = m.end()
    return out


def plus(held: CountPhrase, part: CountPhrase, partial: bool = False) -> CountPhrase:
    """Two parts of one kind as one count."""
    return CountPhrase(
        kind=held.kind,
        value=held.value + part.value,
        start=held.start,
        end=part.end,
        approximate=held.approximate or part.approximate,
        other=False,
        partial=partial,
    )
