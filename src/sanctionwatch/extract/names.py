"""Named parties: runs of capitalised words that may be people, organisations,
vessels or aircraft, with their kind, aliases and IMO numbers.

Finding *that* a run is a name is done here; deciding whether an action hits it
is done in `targets`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.literals import GatedPattern
from sanctionwatch.extract.lookahead import kept
from sanctionwatch.extract.sentences import KIND_HEADING
from sanctionwatch.extract.vocabulary import (
    Vocabulary,
    alternation,
    load_lines,
    pinyin_syllables,
    rule,
    rule_text,
    vocabulary,
    word_lists,
)
from sanctionwatch.names import DOTTED_FORMS, NAME_ENDINGS, ORG_TYPES, name_tokens

# the word splitter; a word hyphenated at a line break of a hard-wrapped page is one
# ("Engi-\nneering"); a tab is a token, as a bar is, since it splits the cells of a
# table row flattened to text ("X Co., Ltd.<TAB>Room 1203, Block B")
TOKEN = re.compile(r"[^\W_][\w’'.&-]*(?:(?<=-)\n[a-z][\w’'.&-]*)?|&|[^\w\s]|\t")  # mechanics
NAME_WORDS = word_lists("name_words.toml")  # word lists of this stage, each with a note
CONNECTORS = frozenset(vocabulary().names["connectors"])
GOVERNMENT_HEADS = frozenset(NAME_WORDS["government_heads"])
COUNTRY_NAMES = frozenset(vocabulary().country_names)  # states and their capitals
# "Institute for Global Change", "Committee for Iran Freedom": after these heads, "for"
# joins a name like "of" does
ORG_HEAD_FOR = frozenset(vocabulary().names["for_joined"])
REASON_FOR_HEADS = frozenset(NAME_WORDS["reason_for_heads"])
FOR_NAME = rule("names.for_name")
FOR_FIELD = rule("names.for_field")
FIRM_AFTER_FOR = rule("names.firm_after_for")  # "Al Junaid for Multi Activities Co Ltd"
OFFSHORE_FORM = rule("names.offshore_form")  # "... Holding SAL (offshore)"
LEBANESE_FORMS: frozenset[str] = frozenset(NAME_WORDS["lebanese_forms"])
PORTFOLIOS = frozenset(vocabulary().names["portfolios"])
SINGULAR_TITLES = frozenset(NAME_WORDS["singular_titles"])
# title words that qualify a post rather than name one ("defence" of "defence minister")
QUALIFIERS = SINGULAR_TITLES | frozenset(NAME_WORDS["post_qualifiers"])
WEEKDAYS = frozenset(NAME_WORDS["weekdays"])
KEEP_DOT = frozenset(vocabulary().names["abbreviations_in_names"])
INITIALS = rule("names.initials")
OF_BEFORE = rule("names.of_before")
ADJECTIVE_OPENER = rule("names.adjective_opener")  # "Malicious| cyber actors ..."
OPENER_BEFORE = rule("names.opener_before")
LOWER_AFTER = rule("names.lower_after")
# "representative to Iran Abdallah Safi-Al-Din": a place after "to" is where a post is
TO_BEFORE = rule("names.to_before")
# "Minister of Culture and Islamic Guidance X Y": the run after "and" still ends a title
TITLE_OF_AND = rule("names.title_of_and")
# "So Tong-myong", "An Chol-ho": a Korean given name after a two-letter surname
GIVEN_NAME = rule("names.given_name")
CONTINENTS = frozenset(NAME_WORDS["continents"])
REGION_PARTS = tuple(NAME_WORDS["region_parts"])
NUMBERED_FACILITY_HEADS = frozenset(NAME_WORDS["numbered_facility_heads"])
ENTRY_FIELDS = frozenset(NAME_WORDS["entry_fields"])
ENTRY_FIELD_OPENERS = frozenset(f.split()[0] for f in ENTRY_FIELDS)
FIRM_MECHANISM_HEADS = frozenset(NAME_WORDS["firm_heads_of_mechanisms"])
# a lower-case word (or its comma) just before a run: the run starts inside a sentence
INNER_BEFORE = rule("names.inner_before")
# "of the", "of its": a complement opens (a person word before it: names.person_complement)
OF_COMPLEMENT = rule("names.of_complement")
SURNAME_PRONOUNS = frozenset(NAME_WORDS["surname_pronouns"])
INNER_NEVER = frozenset(NAME_WORDS["inner_never"])
# the nouns after a name that make it a modifier ("Hezbollah senior officials") and the
# role nouns after a name that say whom the next one works for ("Los Lobos boss X")
MODIFIER_RANKS = rule_text("names.modifier_ranks")
MODIFIER_HEADS = rule_text("names.modifier_heads")
AFFILIATION_HEADS = rule_text("names.affiliation_heads")
AFFILIATION_GAP_NEVER = rule_text("names.affiliation_gap_never")
# aircraft and drones after a name: its make or model, unless a firm's (`operator_of_craft`)
CRAFT_AFTER = rule("names.craft_after")
# "the Marshall Islands-flagged JAYA", "the tanker SEA": a ship's name, however short
FLAGGED_BEFORE = rule("names.flagged_before")
POSSESSIVE = rule("names.possessive")
# "(IMO: 9179921)", "(IMO number: 9191773)", or a table cell "| 9402469"
IMO_AFTER = rule("names.imo_after")
FORMER_IN_IMO = rule("names.former_in_imo")  # "(ex-Sea Lark, IMO 9215775)"
ALIAS_AFTER = rule("names.alias_after")
FIRM_SEAT = rule("names.firm_seat")  # "X Co., Ltd. (Shenzhen)": where the firm sits
ALIAS_PAIR = rule("names.alias_pair")  # "(also known as \"Grey Moth\" and UNC-4471)"
SPELLING_WHERE = rule("names.spelling_where")  # "X in the Ukrainian transliteration"
FLAG_CELL = rule("names.flag_cell")  # ", Gabon flag" between a ship and its former name
# possessives that are part of names ("People's Army", "Workers' Party")
IN_NAME_POSSESSIVES = frozenset(vocabulary().names["in_name_possessives"])
PARTICLES = frozenset(vocabulary().names["name_particles"])
PERSON_PARTICLES = frozenset(vocabulary().names["person_particles"])
NUMBER_WORDS = frozenset(vocabulary().counts["numbers"])
HYPHEN_SUFFIXES = frozenset(vocabulary().names["hyphen_suffixes"])
# a number or roman numeral in a reference: "Order 13818", "Chapter VII"
NUMBERED = rule("names.numbered")
# the word after a closing parenthesis: "(Iran) Regulations", "(Sanctions) Act"
STATUTE_AFTER = rule("names.statute_after")
STATUTE_TITLED_AFTER = rule("names.statute_titled_after")  # "Cyber (Sanctions) ... Regulations"
# a short acronym standing alone ("VSK", "RTC"): rejected unless its context names it
ACRONYM = rule("names.acronym")
UNIT_WORDS = frozenset(vocabulary().names["unit_words"])
PLACE_HEADS = frozenset(vocabulary().names["place_heads"])
COUNTRY_OF_HEADS = frozenset(vocabulary().names["country_of_heads"])
COUNTED_KINDS = frozenset(vocabulary().names["counted_kinds"])
# words that are a title only before "of" ("Warden of Evin Prison"), else also a surname
OF_TITLES = frozenset(vocabulary().names["of_titles"])
# the last word of a post ("Managing Director", "Financial Officer of X"): no party's name
POST_HEADS = frozenset(vocabulary().names["post_heads"])
MAX_POST_WORDS = 4
# organisation words that may qualify a post ("Party Secretary"): still a post, no party
POST_QUALIFIERS = frozenset(vocabulary().names["post_qualifiers"])
# ranks that titles.txt leaves out ("Cdr.", "Rear Adm.", "Air Vice-Marshal"); the parts of
# a hyphenated or dotted rank ("Lt.-Gen.", "Brig-Gen") are read one by one
RANKS = frozenset(vocabulary().names["ranks"])
RANK_PARTS = re.compile(r"[.\s-]+")  # mechanics: a rank's parts
# Burmese "U", "Daw" before a name: not the name, which keeps the whole as an alias
HONORIFICS = frozenset(vocabulary().names["honorifics"])
VESSEL_CLASSES = frozenset(vocabulary().names["vessel_classes"])
POST_BODIES = frozenset(vocabulary().names["post_bodies"]) | PLACE_HEADS
# quantities other than number words before a counted kind ("Dozens of Chinese Firms")
COUNT_WORDS = frozenset(vocabulary().names["count_words"])


@cache
def designations() -> frozenset[str]:
    """Names of sanctions categories ("Specially Designated Global Terrorist",
    `data/designations.txt`), normalised as `sanctionwatch.names` does."""
    return frozenset(" ".join(name_tokens(line)) for line in load_lines("designations.txt"))


def designation(text: str) -> bool:
    """The whole text names a sanctions category (or its plural): a tag, no party."""
    norm = " ".join(name_tokens(text))
    return norm in designations() or norm.removesuffix("s") in designations()


def entry_field(text: str) -> bool:
    """ "DOB 14 Mar 1981", "Tax ID No. 2536331187": a list entry's field, by its label."""
    words = text.split()
    if not words or words[0] not in ENTRY_FIELD_OPENERS:
        return False
    return any(" ".join(words[:k]) in ENTRY_FIELDS for k in range(1, min(len(words), 4) + 1))


# cities of trade news names as firms' seats that the lists' addresses lack ("Hyderabad")
SEATS = frozenset(load_lines("seats.txt"))


def seat(word: str) -> bool:
    """A city or province the official lists write in addresses ("Shenzhen"), or a city
    of trade news writes as a firm's seat (seats.txt)."""
    from sanctionwatch.extract.learn import places  # the learn package imports this one

    return places.is_place(word) or word.lower() in SEATS


def place_stem(word: str) -> str:
    """ "Kong-based" -> "Kong": a place with a hyphen suffix."""
    stem, _, suffix = word.rpartition("-")
    return stem if stem and suffix.lower() in HYPHEN_SUFFIXES else word


FUNCTION_WORDS = frozenset(w for line in load_lines("function_words.txt") for w in line.split())
# a person's run that goes on past this many words is several names glued together
# (a byline, a table row without commas): no one name
MAX_PERSON_WORDS = 6
DIRECTIONS = frozenset(NAME_WORDS["directions"])
COMPASS_FIRM_TAILS = frozenset(NAME_WORDS["compass_firm_tails"])
# an ordinal before an armed unit's name: "the 810th Separate Guards Naval Infantry Brigade"
ORDINAL_BEFORE = rule("names.ordinal_before")
# a firm's place code in brackets before its legal form: "Jincheng Energy (HK) Limited"
BRACKET_FORM = rule("names.bracket_form")
# the second half of a title joined by "and": "the Foreign Exchange and Foreign Trade Act"
AND_TITLE_AFTER = rule("names.and_title_after")
OPENING_VERBS = frozenset(vocabulary().names["opening_verbs"])
WH_WORDS = frozenset(NAME_WORDS["wh_words"])
NEGATORS = frozenset(NAME_WORDS["negating_determiners"])  # "No Indian refiner"
# "Boeing 747", "Ilyushin Il-76": a make, no party; one list with the counts' (a plain
# alternation of words in grammar.toml)
AIRCRAFT_MAKERS = frozenset(rule_text("counts.aircraft_makers").split("|"))
MODEL_AFTER = rule("names.model_after")  # "Boeing| 737s", "Ilyushin| Il-76TD"
# "Conservative Fiona Carrick": a party label before a politician (as word tuples)
PARTY_LABELS = tuple(tuple(w.split()) for w in NAME_WORDS["party_labels"])
# weapons named bare and legislatures: no party though they stand where targets do
# (learn.stage); a weapon named with its kind ("Kalibr missiles") is read by WEAPON_AFTER
NON_PARTY_NAMES = frozenset(NAME_WORDS["non_party_names"])
LEGISLATURES = frozenset(NAME_WORDS["legislature_heads"])
TITLE_COMPLEMENTS = frozenset(NAME_WORDS["title_complements"])  # "General Staff"
# "its Member States": the acting body's own members, as word tuples
MEMBER_COLLECTIVES = frozenset(tuple(w.split()) for w in NAME_WORDS["member_collectives"])
PEOPLES = frozenset(NAME_WORDS["peoples"])  # "Arab" of "Syrian Arab Airlines": no seat
STREET_HEADS = frozenset(NAME_WORDS["street_heads"])
HOUSE_NUMBER_BEFORE = rule("names.house_number_before")  # "1 Horse Guards Road"
# "(DOB 9 June 1981; passport MD119027)": an identity document's number, no party
ID_VALUE_BEFORE = rule("names.id_value_before")
ID_LABELLED = rule("names.id_labelled")  # "Card 12/...": a document's label and number
# "USDT (TRX) TQn9Y2kh...": a crypto wallet's address, or the coin's ticker before it
WALLET = rule("names.wallet")
WALLET_AFTER = rule("names.wallet_after")
WEAPON_AFTER = rule("names.weapon_after")
REGISTRATION = rule("names.registration")


@dataclass(slots=True, init=False)
class Token:
    start: int
    end: int
    text: str
    word: str  # without a possessive ending
    capital: bool  # may be part of a name

    # written out: the __init__ a dataclass generates is interpreted Python even in the
    # mypyc build, and a sentence makes dozens of tokens (0.8 % of extraction's CPU)
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.word, self.capital = token_parts(text)


@lru_cache(maxsize=65536)  # words repeat: each distinct word is read once
def token_parts(text: str) -> tuple[str, bool]:
    """A token's word without a possessive ending, and whether it may be part of a name."""
    return POSSESSIVE.sub("", text) if "s" in text[-2:] else text, is_capital(text)


def is_capital(text: str) -> bool:
    if "-" in text and text.rsplit("-", 1)[1].lower() in HYPHEN_SUFFIXES:
        return False  # "Iran-based", "Korea-related" describe, they do not name
    if text[0].isupper():
        return True
    if text[0].isdigit() and any(c.isupper() for c in text):
        return True  # "3G Lojistik", "7A Group"
    # particles joined by hyphen: al-Assad, bin-Salman
    head, _, tail = text.partition("-")
    return bool(tail) and head in PARTICLES and tail[:1].isupper()


def named_after_for(text: str, at: int) -> bool:
    """A name of its own follows "for" at `at` ("for Oil Services", "for the Prohibition
    of"), not a place or a possessive that opens a reason ("for North Korea sanctions
    evasion", "for Russia's war", "for Hezbollah financing")."""
    m = FOR_NAME.match(text, at)
    if m is None:
        # "Islamic Bank for Investment, a lender": one word of a trade names the firm
        field = FOR_FIELD.match(text, at)
        return field is not None and field.group(1).lower() in AND_JOINED
    v = vocabulary()
    places = (v.country_names, v.country_adjectives, v.country_people, v.regions)
    first, both = m.group(1), f"{m.group(1)} {m.group(2)}"
    possessive = text[m.end(2) : m.end(2) + 1] in ("'", "’")
    return not possessive and not any(first in p or both in p for p in places)


BREAK = Token(-1, -1, ".")  # stands for any run of words that cannot be in a name


def original_script(value: str) -> bool:
    """ "ОАО Лидский оптический завод", "北方船务": a name with letters, none of them Latin,
    is the party's name in its own script, whose case says nothing of what it is."""
    letters = [c for c in value if c.isalpha()]
    return bool(letters) and not any(unicodedata.name(c, "").startswith("LATIN") for c in letters)


# "(al-Amshat)": an other name that opens on an Arabic particle joined to a capitalised word
PARTICLE_JOINED = rule("names.particle_joined")


def alias_value(alias: re.Match[str]) -> str:
    """The other name an `ALIAS_AFTER` match holds, whichever of its forms matched."""
    return next((g for g in alias.groups() if g), "").strip(" .")


def tokens(text: str) -> list[Token]:
    """Tokens that may be part of a name; other words collapse into BREAK."""
    out: list[Token] = []
    append = out.append
    broken = False  # the last token appended is BREAK
    # `findall` and `find`, not a match object per token asked for its text, start and
    # end: only white space (but a tab) and "_" stand outside tokens, and no token opens
    # with one, so a token stands where its text is first found after the one before
    at = 0  # where the token before ends
    for word in TOKEN.findall(text):
        start = text.find(word, at)
        at = start + len(word)
        # plain lower-case words only separate names; "for" after "Institute" joins one
        if (
            word[0].islower()
            and "-" not in word
            and word not in CONNECTORS
            and not (
                word == "for"
                and out
                and not broken
                and (
                    (
                        out[-1].word in ORG_HEAD_FOR
                        and (out[-1].word not in REASON_FOR_HEADS or named_after_for(text, at))
                    )
                    or FIRM_AFTER_FOR.match(text, at) is not None
                )
            )
        ):
            if not broken:
                append(BREAK)
                broken = True
            continue
        end = at
        # a full stop ends the word, except in "Co.", initials and "U.S."
        if word[-1] == "." and word not in KEEP_DOT and not INITIALS.fullmatch(word):
            word, end = word[:-1], end - 1
        if word[-1:] == "-":
            word, end = word[:-1], end - 1
        if word:
            append(Token(start, end, word))
            broken = False
        elif not broken:  # a dash standing alone ("LONDON - The Treasury") parts names
            append(BREAK)
            broken = True
    return out


def is_number(tok: Token) -> bool:
    return tok.text.isdigit()


FORMS = ORG_TYPES | NAME_ENDINGS


def dotted_form(tok: Token, plain: bool = False) -> bool:
    """A legal form written with full stops ("S.R.L.", "A.S."), or with `plain` any
    legal form ("Ltd", "Şti.")."""
    if not plain and (tok.text[-1:] != "." or "." not in tok.text[:-1]):
        return False
    return tok.word.replace(".", "").lower() in FORMS


def runs(toks: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, joined by connectors and numbers."""
    out: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not tok.capital and tok.text[:1].isupper():
            current = []  # "Hong Kong-based": the run was a modifier
        elif tok.capital:
            if len(current) >= 2 and dotted_form(current[-1]) and not dotted_form(tok, True):
                out.append(current)  # "Petrotrans S.R.L. Another firm": the form ends it
                current = []
            current.append(tok)
            ends_possessive = bool(POSSESSIVE.search(tok.text))
            if ends_possessive and not (nxt and nxt.capital):
                out.append(current)
                current = []
        elif not current and numbered_firm_ahead(toks, i):
            current.append(tok)  # "7 Seas Marine Co.": the number is the firm's own
        elif current and (tok.text in CONNECTORS or tok.text == "for" or is_number(tok)):
            # a connector joins only when a capitalised word follows it
            j = i
            while j < len(toks) and (
                toks[j].text in CONNECTORS or toks[j].text == "for" or is_number(toks[j])
            ):
                j += 1
            if is_number(tok) and (j == len(toks) or not toks[j].capital):
                current.append(tok)  # "Department 53", "Ul Ji Bong 6"
            elif (
                j < len(toks)
                and toks[j].capital
                and j - i <= 3
                and not (tok.text == "the" and current[-1].word.lower().rstrip(".") in LEGAL_FORMS)
                # "In Skopje the Government of ...": a state or capital (after an opening
                # "In"), then a government's name
                and not (
                    tok.text == "the"
                    and j == i + 1
                    and toks[j].word in GOVERNMENT_HEADS
                    and len([t for t in current if t.word.lower() not in FUNCTION_WORDS]) == 1
                    and current[-1].word in COUNTRY_NAMES
                )
            ):
                # (a legal form and "the": "X FZE the Bureau of Industry" is two names
                # where a comma was left out)
                current.extend(toks[i:j])
                i = j
                continue
            else:
                out.append(current)
                current = []
        elif current:
            out.append(current)
            current = []
        i += 1
    if current:
        out.append(current)
    return out


IDEALS = frozenset(vocabulary().names["movement_ideals"])
MOVEMENT_HEADS = frozenset(vocabulary().names["movement_heads"])
# "Indigenous People of Biafra" is a movement, "the Rohingya People" a people
PEOPLE_HEADS = frozenset(vocabulary().names["people_heads"])
# a body's head before "of" ("Quds Force of X", "Indigenous People of Biafra"): no person
HEADS_BEFORE_OF = UNIT_WORDS | MOVEMENT_HEADS | PEOPLE_HEADS


def join_ideals(text: str, found: list[list[Token]]) -> list[list[Token]]:
    """ "Justice and Equality Movement", "Freedom and Justice Party": an ideal, "and",
    and a run of another ideal up to a movement's head are one name (else the first
    ideal reads as a title or a name of its own)."""
    out: list[list[Token]] = []
    for run in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) == 1
            and prev[0].word.lower() in IDEALS
            and text[prev[0].end : run[0].start] == " and "
            and run[0].word.lower() in IDEALS
            and 2 <= len(run) <= 3
            and run[-1].word.lower() in MOVEMENT_HEADS
        ):
            start, end = prev[0].end + 1, run[0].start - 1
            out[-1] = [*prev, Token(start, end, "and"), *run]
            continue
        out.append(run)
    return out


class NameBuilder:
    """Turns token runs into `Name`s; holds the vocabulary lookups it needs."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        names = vocab.names
        # tried on the few words before each name, which seldom hold a vessel word: re
        # runs only where one is (`literals`; the alternation is tried at every position)
        self.vessel_words = GatedPattern(kept(names["vessel_words"], re.I))
        self.aircraft_words = kept(names["aircraft_words"])
        self.vessel_before = GatedPattern(kept(names["vessel_words"] + r"\s+$", re.I))
        self.person_words = kept(names["person_words"], re.I)
        self.org_cue_words = kept(names["org_cue_words"], re.I)
        self.modifier_noun = kept(
            rf"^\s+(?:(?:{MODIFIER_RANKS})\s+)?"
            rf"(?:{names['person_words']}|{names['org_cue_words']}|{names['vessel_words']}|"
            rf"{MODIFIER_HEADS}|"
            # "Rosneft suppliers", "Kalibr makers": firms named by whose or what they
            # serve; the one named only qualifies them ("drone maker X" is `affiliation`)
            rf"(?:{alternation(names['trade_nouns'])})s)\b",
        )
        # "Los Lobos boss Wilmer Castro", "the Thilawa storage operator Shwe Byain Phyu
        # Energy", "Ghezel Hesar prison director Ali Chaharmahali": a name, a role noun
        # (after at most two plain lower-case words) and then the one named: the first
        # name only says whom the second works for
        roles = alternation(self.role_nouns(vocab))  # one-word posts and trades
        self.affiliation = kept(
            rf"^\s+(?:(?!(?:{AFFILIATION_GAP_NEVER})\b)"
            rf"[a-z][a-z-]*\s+){{0,2}}(?:{names['person_words']}"
            rf"|{AFFILIATION_HEADS}|{roles}"
            rf"|{alternation(names['trade_nouns'])})"  # "the Tula ammunition supplier X"
            r"s?\s+[A-Z]"  # "Tren de Aragua leaders X and Y"
        )
        # "'s vice president", "'s deputy head": a possessive before a post in lower case
        self.post_after = kept(rf"^(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{roles})\b")
        self.for_post = kept(
            rf"\b(?:{roles})(?:\s+of\s+state)?\s+for\s+(?:the\s+)?$",
            re.I,
        )
        self.places = set(vocab.country_names) | set(vocab.country_adjectives)
        self.places |= set(vocab.country_people) | set(vocab.agencies) | set(vocab.regions)
        # "Sub-Saharan Africa", "Eastern Europe", "the Horn of Africa": a part of a region
        self.places |= {
            f"{part} {region}"
            for region in vocab.regions
            if region in CONTINENTS
            for part in REGION_PARTS
        }

    def is_place(self, words: list[str]) -> bool:
        return " ".join(words) in self.places

    @staticmethod
    def role_nouns(vocab: Vocabulary) -> list[str]:
        """Titles of one word that name a person's post or trade ("professor", "reporter",
        "commentator"), less those that only qualify one ("national", "foreign")."""
        return [
            t
            for t in [*vocab.titles, *vocab.names["role_words"]]
            if " " not in t and t.isalpha() and t not in QUALIFIERS and len(t) > 3
        ]

    def is_title(self, word: str) -> bool:
        """A title, also in the plural ("Senators X and Y", "Generals X and Y")."""
        w = word.lower().rstrip(".")
        titles = self.vocab.titles
        plural = w.endswith("s") and w[:-1] in titles and w[:-1] not in SINGULAR_TITLES
        if w in titles or w in RANKS or plural:
            return True
        if "-" not in w and "." not in w:
            return False
        # "Vice-Marshal", "Lt.-Gen.", "Brig-Gen": a rank written with hyphens or dots
        parts = [p for p in RANK_PARTS.split(w) if p]
        joined = " ".join(parts)
        return (
            joined in titles
            or joined in RANKS
            or (
                len(parts) > 1
                and all((p in titles or p in RANKS) and p not in SINGULAR_TITLES for p in parts)
            )
        )

    def titled(self, run: list[Token], i: int = 0) -> bool:
        """run[i] is a title: a title word, the first word of a title of two ("Rear
        Admiral", "Vice Premier": "rear" and "vice" alone are none), or a word that is
        also a surname before "of" ("Warden of Evin Prison", not "John Warden")."""
        word = run[i].word
        if self.is_title(word):
            return True
        nxt = run[i + 1] if i + 1 < len(run) else None
        if nxt is None:
            return False
        third = f" {run[i + 2].word}" if i + 2 < len(run) else ""
        return (
            self.is_title(f"{word} {nxt.word}")
            or (bool(third) and self.is_title(f"{word} {nxt.word}{third}"))  # "Air Chief Marshal"
            or (word.lower() in OF_TITLES and nxt.text == "of")
        )

    def is_org_word(self, word: str) -> bool:
        return word.lower() in self.vocab.org_words

    def split(
        self,
        run: list[Token],
        preceded_by_of: bool = False,
        preceded_by_to: bool = False,
        ranked: bool = False,
    ) -> list[tuple[list[Token], bool]]:
        """Split "Minister of X Forces of Cuba Firstname Lastname" into a title
        part and a name, and "Ministry of the Interior's Special Brigade" into an
        owner and a name; the flag marks the part that only describes. After an
        ordinal (`ranked`), a numbered unit ends at its unit word: "155th Naval
        Infantry Brigade of the Pacific Fleet" names the brigade, the fleet is its parent."""
        if any(t.text == "and" for t in run):
            return [(run, False)]  # "Justice and Equality Movement" (`join_ideals`)
        if ranked:
            cut = next(
                (
                    i
                    for i in range(1, len(run) - 2)
                    if run[i].word.lower() in UNIT_WORDS and run[i + 1].text == "of"
                ),
                None,
            )
            if cut is not None:
                return [(run[: cut + 1], False), (run[cut + 1 :], True)]
        # "Quds Force of the IRGC", "Unit 29155 of the GRU": a unit, then its parent's acronym
        at = next((i for i, t in enumerate(run) if t.text == "of"), 0)
        if at and self.state_owned_parent(run, at, ranked):
            return [(run[:at], False), (run[at:], True)]
        tail = [t.word for t in run[at + 1 :] if t.word != "the"]
        wordy = [t.word for t in run[:at] if not t.word.isdigit()]
        if (
            at >= 2
            and wordy
            and wordy[-1].lower() in UNIT_WORDS
            and (
                (len(tail) == 1 and ACRONYM.fullmatch(tail[0]) is not None)
                # "Unit 840 of the Quds Force": a numbered unit of a named force
                or (
                    run[at - 1].word.isdigit()
                    and bool(tail)
                    and (tail[-1].lower() in UNIT_WORDS or self.is_org_word(tail[-1]))
                )
            )
        ):
            return [(run[:at], False), (run[at:], True)]
        if at == 1 and REGISTRATION.match(run[0].word):
            # "EP-MMV of Mahan Air": a tail number, then the airline that flies it
            return [(run[:1], False), (run[1:], True)]
        unit = self.person_of_unit(run)
        if unit:  # "Qasem Soleimani of the Quds Force": a person, then the unit they serve
            return [(run[:unit], False), (run[unit:], True)]
        for i in range(len(run) - 2, -1, -1):
            word, rest, head = run[i].word, run[i + 1 :], run[: i + 1]
            if self.possessive(run[i]) and i > 0 and any(self.is_org_word(t.word) for t in head):
                return [(head, True), (rest, False)]
            # (a person's own particle may stand inside: "Justice Alexandre de Moraes")
            person_rest = len(rest) >= 2 and not any(
                self.is_org_word(t.word)
                or (t.text in CONNECTORS and (t is rest[0] or t.text not in PERSON_PARTICLES))
                or self.is_title(t.word)
                for t in rest
            )
            # "... and the Prevention of Vice Mohammad Khalid Hanafi": a brief after "of"
            brief = i > 0 and run[i - 1].text == "of" and word.lower() in PORTFOLIOS
            if i > 0 and (self.is_title(word) or brief) and person_rest:
                if rest[0].word in TITLE_COMPLEMENTS and len(rest) >= 3:
                    # "Chief of General Staff X Y": "Staff" ends the title, not the name
                    return [(run[: i + 2], True), (rest[1:], False)]
                return [(head, True), (rest, False)]  # "North Korean Defense Minister X Y"
            boundary = (
                self.is_org_word(word)
                or word in self.vocab.country_names
                or word.lower() in PORTFOLIOS  # "Minister of Education Yousef Noori"
                # "Head of the Chechen Republic X", "Deputy Head of Mission X"
                or (word.lower() in POST_BODIES and "of" in (t.text for t in head))
                # "two judges of the Supreme Court Ivan Petrov": a court, force or unit
                # after "of" ends where its member's name begins
                or (preceded_by_of and word.lower() in UNIT_WORDS)
                # "members of the European Parliament Rasa Juknevičienė": a chamber
                # after "of" ends where its member's name begins
                or (preceded_by_of and word in LEGISLATURES)
            )
            # a rest with a body or unit word in it is a name of its own ("the Court
            # Martial Division"), not a person's
            if not boundary or len(rest) < 2:
                continue
            if any(
                self.is_org_word(t.word) or t.text in CONNECTORS or t.word.lower() in UNIT_WORDS
                for t in rest
            ):
                continue
            # only a title ("Minister of X Forces") or a complement ("generals of the
            # Army") describes a person; "Sepehr Energy Jahan Nama Pars" is one name
            if self.titled(head) or preceded_by_of:
                return [(head, True), (rest, False)]
            if preceded_by_to and self.is_place([t.word for t in head]):
                return [(head, True), (rest, False)]
        return [(run, False)]

    def state_owned_parent(self, run: list[Token], at: int, ranked: bool) -> bool:
        """ "2nd Directorate of Russia's Main Intelligence Directorate", "Unit 29155 of
        Russia's GRU": a numbered unit, then "of" and its parent in a state's possessive.
        The possessive says the parent is a body of its own, so the unit before "of" is
        the one named ("Central Bank of Iran" keeps its country: no possessive)."""
        numbered = ranked or any(t.word.isdigit() for t in run[:at])
        if not numbered or not run[0].word[:1].isupper():
            return False
        after = [t for t in run[at + 1 :] if t.text != "the"]
        owner = next((k for k, t in enumerate(after[:3]) if self.possessive(t)), None)
        return (
            owner is not None
            and owner + 1 < len(after)
            and self.is_place([t.word for t in after[: owner + 1]])
        )

    def title_of(self, run: list[Token]) -> bool:
        """ "Commander of the Navy", "Chief of the General Staff": a title and the body
        it belongs to name a post, no party; the person who holds it may follow. So does
        a post of several words ("Financial Officer of X", `post`) before "of"."""
        if len(run) <= 2 or not run[0].word[:1].isupper():
            return False
        if run[1].text == "of" and self.titled(run) and not self.is_org_word(run[0].word):
            return True
        # (a post of titles alone, "Deputy Secretary of the Treasury X", is trimmed from
        # its holder's name; a complement of more words may run into the holder's name)
        at = next((i for i, t in enumerate(run[:MAX_POST_WORDS]) if t.text == "of"), 0)
        return (
            at > 1
            and self.post([t.word for t in run[:at]])
            and not all(self.is_title(t.word) for t in run[:at])
            and len([t for t in run[at + 1 :] if t.text != "the"]) <= MAX_POST_WORDS - 1
            and (
                any(self.is_org_word(t.word) or t.word.lower() in UNIT_WORDS for t in run[at + 1 :])
                # "Party Secretary of Xinjiang": a post of a region or city
                or self.is_place([t.word for t in run[at + 1 :] if t.text != "the"])
            )
        )

    def post(self, words: list[str]) -> bool:
        """ "Managing Director", "Chief Financial Officer", "Deputy Head": capitalised
        words ending in a post's head, with no firm or unit word and not all capitals
        (a ship's name: "OCEAN LEADER"), name a post, whoever holds it. No person's
        name ends in such a word, and a body's that does holds a firm word ("Office of
        the Supreme Leader")."""
        return (
            0 < len(words) <= MAX_POST_WORDS
            and words[-1].lower() in POST_HEADS
            and not all(w.isupper() for w in words)
            and not any(
                (self.is_org_word(w) and w not in POST_QUALIFIERS) or w.lower() in UNIT_WORDS
                for w in words
            )
        )

    def person_of_unit(self, run: list[Token]) -> int:
        """Where "of" starts a unit glued to a person's name ("Qasem Soleimani of the
        Quds Force", "X of the Sinaloa Cartel"), or 0: the head is two to four plain
        capitalised words (no title, firm word or place), the tail ends in a unit word
        (an armed force, gang or police; not a firm: "Islamic Republic of Iran
        Shipping Lines") or a place head ("Ali Rezaei of Khuzestan Province"), or opens
        with a state's possessive ("of North Korea's Ministry of X")."""
        at = next((i for i, t in enumerate(run) if t.text == "of"), 0)
        lead = 0  # titles before the name ("Brig. Gen.") are trimmed later
        while lead < at and self.titled(run, lead):  # also "Captain First Rank"
            lead += 1
        head, tail = run[lead:at], run[at + 1 :]
        if not 2 <= len(head) <= 4 or not tail:
            return 0
        if any(
            not t.word[:1].isupper()
            or not t.word.replace("-", "").isalpha()
            or t.word.isupper()
            or self.is_org_word(t.word)
            or self.is_title(t.word)
            or t.word in self.vocab.stopwords
            or self.is_place([t.word])
            for t in head
        ):
            return 0
        if tail[-1].word.lower() in UNIT_WORDS | PLACE_HEADS:
            return at  # "of the Quds Force", "of Khuzestan Province": where they serve
        # "Ri Hyon Sik of North Korea's Ministry of National Defence": a body a state's
        # possessive owns, where the person serves (as in `state_owned_parent`)
        owner = next((k for k, t in enumerate(tail[:3]) if self.possessive(t)), None)
        if (
            owner is not None
            and owner + 1 < len(tail)
            and self.is_place([t.word for t in tail[: owner + 1]])
        ):
            return at
        if tail[0].word == "the" and len(tail) >= 3 and self.is_org_word(tail[-1].word):
            return at  # "Lin Xiaoming of the Xiamen Cross-Strait Exchange Association"
        # "Wu Xinhua of the Office for Safeguarding National Security": a body whose head
        # "for" completes, where the person works (session 33)
        office = tail[0].word == "the" and len(tail) >= 4 and tail[1].word in ORG_HEAD_FOR
        if office and tail[2].text == "for":
            return at
        # "Gustavo Pincay Reyes of the Tiguerones": a gang or clan by its plural name
        gang = tail[0].word == "the" and 1 <= len(tail) - 1 <= 2 and tail[-1].word.endswith("s")
        return at if gang and not any(self.is_org_word(t.word) for t in tail) else 0

    def possessive(self, tok: Token) -> bool:
        """A possessive that ends a name; "People's Army" keeps its own."""
        return bool(POSSESSIVE.search(tok.text)) and tok.word not in IN_NAME_POSSESSIVES

    def inner_head(self, run: list[Token], rest_is_org: bool, inner: bool) -> bool:
        """A sentence-opening word capitalised inside a sentence before a firm word ("sanctioned
        Any Bank", "and Further Holdings Ltd") or a pronoun before a given name ("She
        Zhijiang"): the capital says it is the name's own first word. Function words,
        dates, titles and places still go ("on Monday Acme Ltd")."""
        word = run[0].word
        if inner and word in SURNAME_PRONOUNS and 2 <= len(run) <= 3:
            return True  # "sanctioned She Zhijiang", "and He Xiaoming": a Chinese surname
        return (
            inner
            and rest_is_org
            and word.lower() not in FUNCTION_WORDS
            and word not in WEEKDAYS
            and word not in INNER_NEVER
            and not self.is_title(word)
            and not self.is_place([word])
        )

    def trim(
        self, run: list[Token], ship: bool = False, inner: bool = False
    ) -> tuple[list[Token], bool]:
        """Drop leading function words, adjectives, agencies and titles; after a vessel
        word (`ship`: "the carrier New Energy") a capitalised word is the ship's own.
        `inner`: the run starts inside a sentence, after a lower-case word."""
        titled = False
        changed = True
        while run and changed:
            changed = False
            first = run[0]
            word = first.word
            rest_is_org = any(self.is_org_word(t.word) for t in run[1:])
            place = self.place_prefix(run, ship)
            if place:
                titled = titled or " ".join(t.word for t in run[:place]) in self.vocab.agencies
                run, changed = run[place:], True
            elif self.possessive(first) and len(run) > 1:
                run, changed = run[1:], True  # "Iran's Revolutionary Guards"
            elif (
                (
                    word in self.vocab.stopwords
                    or word.title() in self.vocab.stopwords
                    or word.lower() in NUMBER_WORDS
                )
                and len(run) > 1
                and not (word in DIRECTIONS and (rest_is_org or run[-1].word in COMPASS_FIRM_TAILS))
                # "the tanker Northern Star", "EASTERN HERO": a ship's own compass word, or
                # one in a name set in capitals (no sentence opens so)
                and not (
                    word.title() in DIRECTIONS and (ship or all(t.word.isupper() for t in run))
                )
                and not (len(run) == 2 and len(word) == 2 and GIVEN_NAME.fullmatch(run[1].text))
                and not self.headed_acronym(run)
                # ("Besides the Ocean Gala (IMO ...)": "the" after it opens the ship's name)
                and not (ship and word.lower() not in FUNCTION_WORDS and run[1].text != "the")
                and not self.inner_head(run, rest_is_org, inner)
            ):
                run, changed = run[1:], True
            elif (
                self.titled(run)
                and len(run) > 1
                and not ship  # "the tanker Lady Maria": a ship's name keeps its title word
                and not rest_is_org
                # "the General Court annulled ...": a title word before one body word is
                # the body's own name, no title of a person
                and not (len(run) == 2 and run[1].word.lower() in UNIT_WORDS)
                and run[1].text != "and"  # "Justice and Equality Movement"
                and (len(run) > 2 or len(run[1].word) > 2)
            ):
                run, changed, titled = run[1:], True, True
            elif (
                word in NEGATORS
                and len(run) > 1
                and (
                    run[1].word in self.vocab.country_adjectives
                    or run[1].word in self.vocab.country_names
                )
            ):
                run, changed = run[1:], True  # "No Indian refiner": no name
            elif label := party_label(run, rest_is_org):
                run, changed = run[label:], True  # "Conservative Fiona Carrick"
            elif first.text in CONNECTORS or (first.text.isdigit() and not numbered(run)):
                run, changed = run[1:], True
            elif word.lower() in VESSEL_CLASSES and len(run) > 1:
                run, changed, ship = run[1:], True, True  # "the Suezmax KORAL": a size class
            elif (
                first.text in HONORIFICS
                and len(run) > 1
                and not rest_is_org
                and (len(run) > 2 or len(run[1].word) > 2)
            ):
                run, changed, titled = run[1:], True, True  # "U Khin Maung Thein"
        while run and (
            run[-1].text in CONNECTORS
            or run[-1].text in {"No.", "St.", "for"}
            or (run[-1].word in WEEKDAYS and len(run) > 1)  # "Belarus Thursday": a date
        ):
            run = run[:-1]
        # "Marlin Bay Shipping Ltd of the Marshall Islands": a legal form ends the name
        form = next(
            (
                i
                for i, t in enumerate(run[:-1])
                if t.word.replace(".", "").lower() in FORMS and run[i + 1].text == "of"
            ),
            None,
        )
        if form is not None:
            run = run[: form + 1]
        # "General Directorate of Mines of Nicaragua", "Hennesea Holdings of Dubai", "Justice
        # X of Khartoum": the country or city is not the name; after an institution's head
        # it is ("Central Bank of Syria", "Atomic Energy Organization of Iran")
        if (
            len(run) > 2
            and run[-2].text == "of"
            and run[-1].word in self.vocab.country_names
            and (
                run[-3].word.lower() not in COUNTRY_OF_HEADS
                # "the Foreign Ministry of Australia": an agency, qualified by its state
                or " ".join(t.word for t in run[:-2]) in self.vocab.agencies
            )
            # "the KGB of Belarus": a bare acronym is the state's own unit, named with it
            and not (len(run) == 3 and ACRONYM.fullmatch(run[0].word))
        ):
            run = run[:-2]
        elif (
            len(run) > 3
            and run[-2].text == "of"
            # a firm by its head word, or by a legal form before its name ("AO Uralpribor")
            and (self.is_org_word(run[-3].word) or run[0].word.replace(".", "").lower() in FORMS)
            and run[-3].word.lower() not in COUNTRY_OF_HEADS
            and seat(run[-1].word)
        ):
            # "Shenzhen Hualong Precision Group of Guangdong", "AO Uralpribor of
            # Yekaterinburg": its seat
            run = run[:-2]
        return run, titled

    def headed_acronym(self, run: list[Token]) -> bool:
        """ "Press TV", "Sky TV": a content word heading a two-letter acronym is the
        name's own (the acronym alone is never a name; a longer one after a sentence
        adverb, "Also VTB", stands alone)."""
        first, rest = run[0].word, run[1:]
        return (
            len(rest) == 1
            and len(rest[0].word) == 2
            and ACRONYM.fullmatch(rest[0].word) is not None
            and first.lower() not in FUNCTION_WORDS
            and first[1:].islower()
        )

    def place_prefix(self, run: list[Token], ship: bool = False) -> int:
        """Length of a leading place, agency or adjective that does not belong to
        the name ("Iranian Brig Gen X", "Treasury Secretary X"); a vessel's (`ship`)
        region word is its own ("Gulf Spirit (IMO ...)", "the tanker Arctic Voyager")."""
        if (
            len(run) > 2
            and run[0].word in self.vocab.country_adjectives
            and run[1].word not in self.vocab.country_adjectives
            and run[1].word not in PEOPLES
            and (self.is_place([run[1].word]) or seat(run[1].word))
        ):
            return 1  # "the Chinese Shenzhen Huaxin Co.": a nationality, then the seat
        if (
            len(run) > 2
            and run[0].word in self.vocab.country_adjectives
            and run[1].word.isupper()
            and BARE_LEGAL_FORM.fullmatch(run[1].word) is not None
        ):
            return 1  # "Russian JSC X", "Belarusian OAO Naftan": a nationality, then the form
        for size in (4, 3, 2, 1):
            head = [t.word for t in run[:size]]
            if len(run) <= size or not self.is_place(head):
                continue
            joined = " ".join(head)
            if POSSESSIVE.search(run[size - 1].text):
                return size  # "Hong Kong's Golden Meridian Shipping": its seat, not its name
            if joined in self.vocab.country_names:
                return 0  # "Iran Air", "Korea Osong Shipping": part of the name
            if (
                any(self.is_org_word(t.word) for t in run[size:])
                and joined not in self.vocab.agencies
            ):
                return 0  # "Iranian Tanker Company"
            if (ship or run[-1].text.isdigit()) and joined in self.vocab.regions:
                return 0  # "Asia Bridge 1", "Pacific Star 3": a numbered vessel's name
            return size
        return 0

    def rejected(self, run: list[Token], text: str) -> bool:
        words = [t.word for t in run]
        joined = " ".join(words)
        if not run or self.is_place(words) or joined in self.vocab.outlets:
            return True
        if all(w in self.vocab.stopwords or self.is_title(w) for w in words):
            return True
        if len(words) > 1 and self.is_title(joined):
            return True  # "Prime Minister", "Vice President": a title of several words
        if designation(joined):
            return True  # "a Specially Designated Global Terrorist": a category's tag
        if entry_field(joined):
            return True  # "DOB 14 Mar 1981", "Gender Male": a field of a list entry
        if (
            ID_VALUE_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) is not None
            or ID_LABELLED.match(joined) is not None
        ):
            return True  # "passport MD119027", "ID No. AB12345": a document's number
        if WALLET.search(joined) or WALLET_AFTER.match(text, run[-1].end):
            return True  # "XBT bc1q9h7...", "USDT (TRX) TQn9...": an address, no party
        if (
            words[-1] in STREET_HEADS
            and HOUSE_NUMBER_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
            is not None
        ):
            return True  # "1 Horse Guards Road, London": an address, where a body sits
        if len(words) <= 3 and tuple(words[-2:]) in MEMBER_COLLECTIVES:
            return True  # "its Member States", "EU Member States": the acting body's members
        if not self.is_org_word(words[-1]) and any(
            len(w) >= 9 and w.endswith("ing") and not self.is_org_word(w) and not pinyin(w)
            for w in words
        ):
            # a title of an order: "Persons Destabilizing Sudan" (a firm's own head keeps
            # its trade: "Sepehr Digital Monitoring Group", "Gulf Freight Forwarding LLC";
            # a Chinese given name is no -ing word: "Liu Guangming")
            return True
        if self.reference(run):
            return True
        if self.counted_kind(words):
            return True  # "Three Hong Kong-based Firms", "Dozens of Russian Firms": a count
        if (
            len(run) == 1
            and words[0].isupper()
            and text[max(0, run[0].start - 1) : run[0].start] == "["
            and text[run[-1].end :][:1] == "]"
        ):
            return True  # "[SDGT]", "[RUSSIA-EO14024]": a programme's tag on a list entry
        if len(words) > 1 and words[0] in AIRCRAFT_MAKERS and any(c.isdigit() for c in words[1]):
            return True  # "Airbus A340-300", "Boeing 747-200F": a type, not the one hit
        if len(words) == 1 and words[0] in AIRCRAFT_MAKERS and MODEL_AFTER.match(text, run[-1].end):
            return True  # "the Boeing 737s registered ...", "BAe 146-200 EP-MMV": a type
        if len(run) > MAX_PERSON_WORDS and not any(
            self.is_org_word(w) or w in CONNECTORS or w.isdigit() for w in words
        ):
            return True  # "Brian J. Egan Alessio D. Evangelista Eytan J. Fisch ...": a byline
        wordy = [w for w in words if not w.isdigit()]
        if len(wordy) == 1 and INITIALS.fullmatch(wordy[0]):
            return True  # "U.S.C. 1701", "U.N.": an abbreviation, not a party
        # "Special Economic Measures (Hamas Terrorist Attacks) Regulations": the
        # parenthesis names a statute's subject, not a party
        if text[max(0, run[0].start - 2) : run[0].start].strip() == "(":
            head = STATUTE_AFTER.match(text, run[-1].end)
            if head and head.group(1).lower() in self.vocab.non_target_heads:
                return True
        statute = STATUTE_TITLED_AFTER.match(text, run[-1].end)
        if statute and statute.group(1).lower() in self.vocab.non_target_heads:
            return True  # "the Cyber (Sanctions) (EU Exit) Regulations": a statute's subject
        if len(words) > 2 and " ".join(words[-2:]) in self.vocab.agencies:
            return True  # "... the Treasury Department": an agency, never hit
        if all(part in self.places for part in re.split(r"[-–/]", joined)):
            return True  # "Russia-Ukraine"
        quoted = text[max(0, run[0].start - 2) : run[0].start].strip() in ("‘", "“", "'", '"')
        if quoted and len(run) > 1 and words[0].endswith("ing"):
            return True  # a quoted title: "‘Imposing Sanctions on ...’"
        if len(run) == 1:
            w = words[0]
            if w.isupper() and FLAGGED_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
                return False  # "the Panama-flagged JAYA": a ship
            if re.fullmatch(r"[A-Z]{2,}s", w):
                return True  # plural acronyms: "UAVs", "SDNs"
            if len(w) <= 2 or w.isdigit() or (w.isupper() and len(w) <= 4):
                return True
            lower = w.lower()
            if lower in NUMBER_WORDS or lower in FUNCTION_WORDS or lower in WH_WORDS:
                return True  # a sentence's first word: "Two further persons", "Whoever"

            if self.is_place([w]) or w.lower() in self.vocab.org_words:
                return True
            if (
                ADJECTIVE_OPENER.fullmatch(w)
                and OPENER_BEFORE.search(text[max(0, run[0].start - 4) : run[0].start])
                and LOWER_AFTER.match(text, run[0].end)
            ):
                return True  # "Malicious cyber actors will be named": an adjective opening
        return not any(c.isalpha() for c in joined)

    def counted_kind(self, words: list[str]) -> bool:
        """A capitalised plural kind noun with a number or count word and only places
        and adjectives of place before it ("Three Iranian Banks", "Dozens of Hong
        Kong-based Firms"): no name. Without a count, "Dubai Traders" and "Moscow
        Insurers" are names."""
        if words[-1].lower() not in COUNTED_KINDS:
            return False
        i, head, count = 0, words[:-1], False
        while i < len(head):
            lower = head[i].lower()
            if lower in NUMBER_WORDS or lower in COUNT_WORDS or lower.isdigit():
                count = count or lower != "of"
                i += 1
                continue
            for size in (4, 3, 2, 1):
                part = head[i : i + size]
                if len(part) == size and self.is_place([*part[:-1], place_stem(part[-1])]):
                    i += size
                    break
            else:
                return False
        return count or not head  # a bare "Firms" left of "Three Chilean Firms" too

    def reference(self, run: list[Token]) -> bool:
        """A statute, order, programme or policy ("Executive Order 13818", "the
        Order...", "Chapter VII of the Charter"): its head noun, the last word or
        the one before "of", says it is no party."""
        # "Order 13818", "GL 8M", "Law No. 6415": the numbers and "No." say which one
        wordy = [
            t.word
            for t in run
            if not NUMBERED.fullmatch(t.word)
            and not (t.word[:1].isdigit() and len(t.word) <= 6)
            and t.word not in ("No.", "No")
        ]
        if not wordy:
            return run[0].word in ("No.", "No")  # "No. 1": a number of something named before
        heads = self.vocab.non_target_heads
        # "Committee for Iran Freedom", "Foundation for Democracy": the body before "for"
        # heads the name, its cause after "for" does not make it a statute or a policy
        if "for" in wordy[1:] and wordy[wordy.index("for") - 1] in ORG_HEAD_FOR:
            return False
        # "the so-called 'Blacklist Register'": a closing quote clings to the head
        last = wordy[-1].lower().rstrip(".'’\"”")
        before_of = wordy[: wordy.index("of")] if "of" in wordy else []
        if last in PEOPLE_HEADS:
            return True  # "the Rohingya People": a people, as "nationals" are no party
        if last in heads:
            # "Defence Industries System": a firm word before the head makes it a party's;
            # "Law Enforcement Command of Fars Province": a body of the place before "of"
            return not (
                self.firm_mechanism(wordy)
                or (last in PLACE_HEADS and bool(before_of) and self.is_org_word(before_of[-1]))
            )
        return bool(before_of) and before_of[-1].lower() in heads

    def other_name(self, acronym: str, value: str) -> bool:
        """ "ISIL (Da'esh)": a party's name in parentheses after a bare acronym, not the
        acronym spelt out ("IRGC (Islamic Revolutionary Guard Corps)", read as before),
        nor a legal form's seat, a place, a reference or an entry's field."""
        words = value.split()
        return (
            bool(words)
            and len(words) <= 4
            and value[:1].isupper()
            and "".join(w[0] for w in words).upper() != acronym
            and acronym.lower() not in LEGAL_FORMS  # '"Dala Trade" LLP (Almaty)'
            and not self.is_place(words)
            and not (len(words) == 1 and seat(value))
            and words[-1].lower() not in self.vocab.non_target_heads
            and not entry_field(value)
        )

    def firm_mechanism(self, words: list[str]) -> bool:
        """ "Defence Industries System", "Belneft Trading System": a head that names a
        mechanism alone ("Financial Messaging System") heads a party after a firm word."""
        return words[-1].lower().rstrip(".") in FIRM_MECHANISM_HEADS and any(
            self.is_org_word(w) for w in words[:-1]
        )

    def operator_of_craft(self, run: list[Token], after: str) -> bool:
        """A firm before "planes" or "drones" flies or makes them, a party ("Caspian
        Airlines planes", "Qods Aviation Industries drones"); a make is none ("Il-76TD
        aircraft")."""
        return CRAFT_AFTER.match(after) is not None and self.is_org_word(run[-1].word)

    def bare_acronym(self, run: list[Token], after: str) -> bool:
        """A lone acronym that may be a party ("VSK") if a list puts it beside a name;
        not a place, agency, stopword ("LNG") or one followed by a describing noun."""
        word = run[0].word
        return (
            len(run) == 1
            and len(word) >= 3
            and ACRONYM.fullmatch(word) is not None
            and word not in self.vocab.stopwords
            and not self.is_place([word])
            and not self.is_org_word(word)
            and not self.modifier_noun.match(after)
        )

    def person_complement(self, before: str, at: int) -> bool:
        """The words before[:at] end on a person word and "of" ("two executives of the
        ", "members of its "): what stands at `at` is where they serve."""
        of = OF_COMPLEMENT.search(before, max(0, at - 30), at)
        return of is not None and (
            self.person_words.search(before, max(0, of.start() - 25), of.start()) is not None
        )

    def kind(self, run: list[Token], text: str, titled: bool, imo: str | None) -> str:
        before = text[max(0, run[0].start - 40) : run[0].start]
        words = [t.word for t in run]
        if imo or self.vessel_words.search(before[-25:]) or FLAGGED_BEFORE.search(before):
            return "vessel"
        if REGISTRATION.match(words[0]) and self.aircraft_words.search(text):
            return "aircraft"
        if (
            any(self.is_org_word(w) for w in words)
            or words[-1].lower() in MOVEMENT_HEADS  # "Justice and Equality Movement"
            or words[-1].lower() in UNIT_WORDS  # "Quds Force", "Evin Prison" after "head of"
            # ... or before "of": "Quds Force of X", "Indigenous People of Biafra"
            or ("of" in words and words[words.index("of") - 1].lower() in HEADS_BEFORE_OF)
            # a lower-case cue ("the company X"); a capitalised one is another name's
            # word ("the head of the Central Bank of Syria, X"), and one that completes a
            # person word names where the people serve ("two executives of the firms, X")
            or any(
                m.group()[0].islower()
                and not self.person_complement(before, max(0, len(before) - 20) + m.start())
                for m in self.org_cue_words.finditer(before[-20:])
            )
        ):
            return "organization"
        if titled or self.person_words.search(before[-25:]):
            return "person"
        # "Hector Guerrero Flores of Tren de Aragua": the words before "of" say who
        head = words[: words.index("of")] if "of" in words[2:] else words
        if 2 <= len(head) <= 5 and not any(w.isupper() and len(w) > 1 for w in head):
            return "person"
        return "organization"

    def build(self, text: str, places: list[tuple[int, int]] | None = None) -> list[Name]:
        found: list[Name] = []
        if places is None:
            places = [(m.start(), m.end()) for m in self.vocab.place_re.finditer(text)]
        alias_spans: list[tuple[int, int]] = [(s, e) for s, e in places if " " in text[s:e]]
        acronyms: list[Name] = []  # bare acronyms, kept only beside a name in a list
        for raw in join_ideals(text, runs(tokens(text))):
            if raw[0].word in OPENING_VERBS:
                raw = raw[1:]  # "- Authorizes the Secretary ...": a bullet's verb, no name
            if not raw or self.is_place([t.word for t in raw]):
                continue
            at = raw[0].start
            of_before = OF_BEFORE.search(text, max(0, at - 30), at) is not None
            if not of_before and text[at - 5 : at] == " and ":
                title = TITLE_OF_AND.search(text, max(0, at - 90), at)
                of_before = title is not None and self.is_title(title.group(1))
            # "Minister (of State) for Regional Integration": the brief of a post, no party
            brief = (
                FOR_END.search(text, max(0, at - 60), at) is not None  # cheap test first
                and self.for_post.search(text, max(0, at - 60), at) is not None
            )
            of_before = of_before or brief
            to_before = TO_BEFORE.search(text, max(0, at - 4), at) is not None
            ranked = ORDINAL_BEFORE.search(text, max(0, at - 12), at) is not None
            for part, describes in self.split(raw, of_before, to_before, ranked):
                describes = (
                    describes
                    or self.title_of(part)
                    or self.post([t.word for t in part])  # "Managing Director": a post
                )
                ship = self.vessel_before.search(text, max(0, part[0].start - 14), part[0].start)
                # "LADY MARIA (IMO 9126584)": a vessel's number says its title word is its own
                numbered = IMO_AFTER.match(text[part[-1].end :]) is not None
                inner = part[0] is raw[0] and INNER_BEFORE.search(text, max(0, at - 30), at)
                run, titled = self.trim(part, ship is not None or numbered, inner is not None)
                if (
                    len(run) > 2
                    and run[0].word in AIRCRAFT_MAKERS
                    and REGISTRATION.match(run[-1].word)
                    and any(c.isdigit() for c in run[1].word)
                ):
                    run = run[-1:]  # "the Ilyushin Il-76TDs EP-GOM": the type, then the plane
                # the brief itself, not a place before the holder ("for Europe Stephen X")
                describes = describes or (brief and part[0] is raw[0] and run[:1] == part[:1])
                if not run or any(s <= run[0].start and run[-1].end <= e for s, e in alias_spans):
                    continue
                start, end = run[0].start, run[-1].end
                form = BRACKET_FORM.match(text[end:])
                formed = form is not None and form.group(1).lower() in LEGAL_FORMS
                if form and formed:
                    alias_spans.append((end, end + form.end()))
                    end += form.end()  # "Jincheng Energy (HK) Limited"
                elif run[-1].word in LEBANESE_FORMS and (
                    offshore := OFFSHORE_FORM.match(text, end)
                ):
                    alias_spans.append((end, offshore.end()))
                    end, formed = offshore.end(), True  # "Bayt al-Mal Holding SAL (offshore)"
                ordinal = ORDINAL_BEFORE.search(text, max(0, start - 12), start)
                # "810th Separate Guards ... Brigade", "2nd Economic Committee"
                if ordinal and (
                    run[-1].word.lower() in UNIT_WORDS or self.is_org_word(run[-1].word)
                ):
                    start = ordinal.start()
                if describes:  # the whole title, for the gap before the next name
                    start, end = part[0].start, part[-1].end
                after = text[end:]
                if POSSESSIVE.search(run[-1].text):
                    end -= 2
                imo_match = IMO_AFTER.match(after)
                imo = (imo_match.group(1) or imo_match.group(2)) if imo_match else None
                inside_places = all(
                    any(s <= t.start and t.end <= e for s, e in places) for t in run
                )
                # "the 2nd Directorate": a numbered body's one word is its name
                numbered_body = (
                    ordinal is not None
                    and len(run) == 1
                    and (run[0].word.lower() in UNIT_WORDS or self.is_org_word(run[0].word))
                )
                if (inside_places or self.rejected(run, text)) and not imo and not numbered_body:
                    if WALLET_AFTER.match(text, end):
                        continue  # "USDT (TRX) TQn9...": a coin's ticker, no acronym of a party
                    bare = len(part) == 1 and self.bare_acronym(run, text[end:])
                    reference = self.reference(run)
                    other = ALIAS_AFTER.match(text[end:]) if bare or reference else None
                    if bare:
                        acronym = Name(start, end, text[start:end], "organization")
                        value = alias_value(other) if other else ""
                        if other and self.other_name(acronym.text, value):
                            # "ISIL (Da'esh)": the group, by its other name in parentheses
                            acronym.aliases.append(value)
                            alias_spans.append((end + other.start(), end + other.end()))
                            found.append(acronym)
                            continue
                        acronyms.append(acronym)
                    short = other if reference else None
                    if short:  # "... Powers Act (IEEPA)": the statute's acronym
                        alias_spans.append((end + short.start(), end + short.end()))
                    continue
                half = AND_TITLE_AFTER.match(after)
                if (
                    half
                    and not imo
                    and half.group(1).lower() in self.vocab.non_target_heads
                    and not self.firm_mechanism(half.group(0).split()[1:])
                ):
                    continue  # the first half of a statute's or a report's title
                # a legal form after a bracket makes a firm ("Tianshan Commodities (HK) Co.")
                kind = "organization" if formed else self.kind(run, text, titled, imo)
                name = Name(start, end, text[start:end], kind)
                name.imo, name.descriptor = imo, describes
                lead = next(i for i, t in enumerate(part) if t is run[0])
                if lead and part[lead - 1].text in HONORIFICS:
                    name.aliases.append(text[part[lead - 1].start : end])  # "U Khin Maung Thein"
                if (
                    self.modifier_noun.match(after)
                    and not self.operator_of_craft(run, after)
                    # "froze Rosneft's bank accounts": what is frozen of it, no kind
                    and not OWNED_HOLDINGS.match(after)
                ) or self.affiliation.match(after):
                    name.descriptor = True  # "Sinaloa Cartel members", "NITC vessel X"
                if (
                    POSSESSIVE.search(run[-1].text)
                    # "froze Ivan Petrov's assets": the owner of what is frozen is hit
                    and not OWNED_HOLDINGS.match(after)
                    and (
                        not HIT_OWNER.search(text, max(0, start - 20), start)
                        # "against Lockheed Martin's vice president, X": the person is hit
                        or self.post_after.match(after)
                    )
                ):
                    name.descriptor = True  # "Putin's regime": an owner, not the one hit
                if imo_match:
                    alias_spans.append((end + imo_match.start(), end + imo_match.end()))
                    if former := FORMER_IN_IMO.match(after):
                        name.aliases.append(former.group(1).strip())
                # after a vessel's IMO number only its earlier name: "(IMO 9433183),
                # formerly PACIFIC DAWN" (a parenthesis there is no alias)
                pos = end + imo_match.end() if imo_match else end
                # "KAIROS STAR (IMO ...), Gabon flag, formerly NORDIC SPIRIT": a ship's flag
                # may stand between it and its former name
                flag = FLAG_CELL.match(text, pos) if imo else None
                if flag and ALIAS_AFTER.match(text[flag.end() :]):
                    pos = flag.end()
                # 'LLC "Pryboi Tanker" (ТОВ "Прибій Танкер")': the quote that closes the
                # name stands before its form in its own script (a number there is no alias)
                if (
                    text[pos : pos + 1] in ('"', "”")
                    and (quoted := ALIAS_AFTER.match(text[pos + 1 :]))
                    and original_script(alias_value(quoted))
                ):
                    pos += 1
                while (alias := ALIAS_AFTER.match(text[pos:])) and (
                    not imo or alias.group(4) or alias.group(5) or alias.group(6)
                ):
                    # "(Mykhailo Orlov in the Ukrainian transliteration)": the name only
                    value = SPELLING_WHERE.sub("", alias_value(alias))
                    script = original_script(value)
                    capital = value[:1].isupper() or PARTICLE_JOINED.match(value) is not None
                    if not (capital or script) or self.is_place([value]) or entry_field(value):
                        break
                    last = value.split()[-1]
                    if (
                        not script
                        and last[:1].islower()
                        and not last.partition("-")[2][:1].isupper()
                    ):
                        # "(Viktor Orlov's brother)": who the party is, no other name
                        # ("(Abu Omar al-Shishani)" ends on a particle joined to a name)
                        break
                    # "ex-Andaman Glory (IMO ...)": a ship's former name; after a person
                    # "ex-" tells a past post ("Ivan Petrov, ex-Deputy Minister")
                    if alias.group(6) and not (
                        imo or name.kind == "vessel" or IMO_AFTER.match(text[pos + alias.end() :])
                    ):
                        break
                    name.aliases.append(value)
                    alias_spans.append((pos + alias.start(), pos + alias.end()))
                    pos += alias.end()
                    # "ex-Coral Bay (IMO 9176543)": the number after a former name is no alias
                    if not imo and (later := IMO_AFTER.match(text[pos:])):
                        alias_spans.append((pos + later.start(), pos + later.end()))
                        pos += later.end()
                pair = (
                    ALIAS_PAIR.match(text[pos:]) if not imo and "(" in text[pos : pos + 3] else None
                )
                if pair and all(v[:1].isupper() for v in pair.groups()):
                    name.aliases.extend(v.strip(" .") for v in pair.groups())
                    alias_spans.append((pos + pair.start(), pos + pair.end()))
                found.append(name)
        found = join_nicknames(text, found)
        found = join_inverted(
            text, join_descriptors(text, join_sectors(text, join_comma_parts(text, found)))
        )
        found = firm_seats(text, listed_acronyms(text, join_legal_forms(text, found), acronyms))
        found = spelled_aliases(text, found)
        return vessel_lists(text, ship_entry_cells(text, state_bodies(text, found, places)))


# "The vessels, Hao Fan 8, Tong San 2 and Jie Shun, ...": a list keeps its head's kind
LIST_GAP = rule("names.list_gap")


SHIP_TYPE = rule("names.ship_type")
SHIP_IDENTIFIER = rule("names.ship_identifier")
# ", " or ", Chemical/" before "Products Tanker"
COMMA_GAP = re.compile(r"\s*,\s*(?:[A-Za-z]+/)?")  # mechanics: a cell gap


def ship_entry_cells(text: str, found: list[Name]) -> list[Name]:
    """A vessel entry's cells after the ship's name ("HEDY, Crude Oil Tanker, IMO 9212888,
    MMSI 256869000, call sign 9HEJ9"): the ship's type and its radio identifiers are no
    parties; the type only describes the name before it, so that name is the vessel and
    the IMO number read after the type is its own."""
    kept: list[Name] = []
    for name in found:
        typed = SHIP_TYPE.search(name.text)
        if typed and typed.group("tail") and typed.start() > 0:
            # "KAROLINA, Crude Oil Tanker": the name a comma joined to the type is the ship
            name.text = name.text[: typed.start()]
            old_end, name.end = name.end, name.start + len(name.text)
            name.kind, name.descriptor = "vessel", False
            if name.imo is None and (number := IMO_AFTER.match(text[old_end:])):
                name.imo = number.group(1) or number.group(2)
        elif typed and typed.start() == 0:
            prev = kept[-1] if kept else None
            if prev is not None and COMMA_GAP.fullmatch(text[prev.end : name.start]):
                prev.kind, prev.descriptor = "vessel", False
                prev.imo = prev.imo or name.imo
            continue
        if KIND_HEADING.fullmatch(name.text):
            continue  # "Organizations" over a list's entries: a heading, no party
        identifier = SHIP_IDENTIFIER.match(name.text)
        label = SHIP_IDENTIFIER.search(text[max(0, name.start - 16) : name.start])
        if identifier or (label and label.group("label")):
            continue
        kept.append(name)
    return kept


AND_JOINED = frozenset(vocabulary().names["and_joined"])
AND_JOINED_PAIRS = frozenset(vocabulary().names["and_joined_pairs"])
AND_PARTNERS = frozenset(vocabulary().names["and_partners"])
ORG_HEADS = frozenset(vocabulary().names["org_words"])


def join_sectors(text: str, found: list[Name]) -> list[Name]:
    """ "Myanma Investment and Commercial Bank": one firm, its halves joined by
    "and" between two sector words, the second half a firm; some sector words join
    only as a pair (`AND_JOINED_PAIRS`, "Almaz Research and Production Association");
    a second half that opens with "Sons" or "Partners" joins any first (`AND_PARTNERS`)."""
    out: list[Name] = []
    for name in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : name.start] == " and "
            and name.kind == "organization"
            and not prev.aliases
            and (
                f"{prev.text.split()[-1]} and {name.text.split()[0]}".lower() in AND_JOINED_PAIRS
                # "Akhtar and Sons Private Limited": a family firm, one name
                or name.text.split()[0].lower() in AND_PARTNERS
                or (
                    prev.text.split()[-1].lower() in AND_JOINED
                    and (
                        name.text.split()[0].lower() in AND_JOINED
                        # "Police Science and Social Studies Institute": the head is after "and"
                        or (
                            name.text.split()[-1].lower() in ORG_HEADS
                            and not any(w.lower() in ORG_HEADS for w in prev.text.split())
                        )
                    )
                )
            )
        ):
            joined = Name(prev.start, name.end, text[prev.start : name.end], name.kind)
            joined.aliases, joined.imo = name.aliases, name.imo
            # what follows the second half describes the whole ("... and Security's deputy")
            joined.descriptor = name.descriptor
            out[-1] = joined
            continue
        out.append(name)
    return out


# "ZAKHAROV, Pavel Igorevich (DOB ...)": a list entry's surname in capitals, a comma and
# the given names, then the entry's details or its end
INVERTED_REST = rule("names.inverted_rest")
# "- RI, Chol Man;", "1. SMIRNOV, Oleg Borisovich – general director": an entry's opening
INVERTED_ENTRY = rule("names.inverted_entry")
INVERTED_ENTRY_REST = rule("names.inverted_entry_rest")


def join_inverted(text: str, found: list[Name]) -> list[Name]:
    """ "ZAKHAROV, Pavel Igorevich (DOB 04 Mar 1979)": one person written as sanctions
    lists write them, the surname in capitals before a comma and one to three given
    names, an entry's details (a parenthesis, a bracketed tag, a semicolon) or its end
    after them; not two parties of a list. At an entry's opening the surname joins even
    when no name was found in it ("- RI, Chol Man;", "KIM" read as an acronym), and a
    dash or comma may end the given names."""
    out: list[Name] = []
    for name in found:
        prev = out[-1] if out else None
        given = name.text.split()
        if not (1 <= len(given) <= 3 and all(w[:1].isupper() and not w.isupper() for w in given)):
            out.append(name)
            continue
        start = -1
        if (
            prev is not None
            and text[prev.end : name.start] == ", "
            and " " not in prev.text
            and prev.text.isupper()
            and len(prev.text) > 2
            and not prev.aliases
            and INVERTED_REST.match(text, name.end) is not None
        ):
            start = prev.start
        elif (
            text[max(0, name.start - 2) : name.start] == ", "
            and (entry := INVERTED_ENTRY.search(text, max(0, name.start - 40), name.start))
            is not None
            and entry.group(1) not in vocabulary().country_names
        ) and (
            INVERTED_REST.match(text, name.end) is not None
            or INVERTED_ENTRY_REST.match(text, name.end) is not None
        ):
            start = entry.start(1)
            if prev is not None and prev.end > start and prev.start < start:
                start = -1  # the "surname" is the end of a name found before it
        if start < 0:
            out.append(name)
            continue
        if prev is not None and prev.start >= start:
            out.pop()  # "SMIRNOV" found as a name of its own
        joined = Name(start, name.end, text[start : name.end], "person")
        joined.aliases = name.aliases
        out.append(joined)
    return out


# "Lockheed Martin Missiles and Fire Control", "Raytheon Missiles and Defense": a
# division's name whose second half is a descriptor phrase (no legal form either side)
AND_DESCRIPTORS = frozenset(vocabulary().names["and_descriptors"])
AND_DESCRIPTOR = rule("names.and_descriptor")


# the end every match of `NameBuilder.for_post` has: few texts before a name have it
FOR_END = rule("names.for_end")
# "sanctions on Iran's ...": after these the possessive's owner may be the one hit
HIT_OWNER = rule("names.hit_owner")
OWNED_HOLDINGS = rule("names.owned_holdings")
POSSESSIVE_AFTER = rule("names.possessive_after")


def join_descriptors(text: str, found: list[Name]) -> list[Name]:
    out: list[Name] = []
    skip_to = -1
    for name in found:
        if name.start < skip_to:
            continue  # inside a descriptor phrase joined to the name before
        out.append(name)
        words = name.text.split()
        m = AND_DESCRIPTOR.match(text, name.end)
        if (
            m is None
            or name.descriptor
            or name.aliases
            or name.imo
            or len(words) < 2
            or words[-1].lower().rstrip(".") in LEGAL_FORMS
            or not all(w.lower() in AND_DESCRIPTORS for w in m.group(1).split())
        ):
            continue
        joined = Name(name.start, m.end(), text[name.start : m.end()], "organization")
        # "the Ministry of Intelligence and Security's deputy head": an owner, as in `build`
        joined.descriptor = POSSESSIVE_AFTER.match(text, m.end()) is not None and not (
            HIT_OWNER.search(text, max(0, name.start - 20), name.start)
        )
        out[-1], skip_to = joined, m.end()
    return out


# "Boeing Defense, Space & Security Ltd": a comma inside a firm's name, whose
# last part has an ampersand and ends in a legal form or opens a relative clause
LEGAL_FORMS = NAME_ENDINGS  # from the legal-form table shared with screening
RELATIVE_AFTER = rule("names.relative_after")


def descriptive(words: list[str]) -> bool:
    """ "Defense, Space & Security": every word a division's descriptor word."""
    return all(w == "&" or w.lower() in AND_DESCRIPTORS for w in words)


# a nickname in double quotes inside a person's name ('Ismael "El Mayo" Zambada Garcia')
NICKNAME = rule("names.nickname")
PLAIN_WORD = re.compile(r"[A-Z][a-z’'-]+")  # mechanics: a capitalised word


PINYIN = pinyin_syllables()


def pinyin(word: str) -> bool:
    """ "Guangming", "Xiaowen": a word of two pinyin syllables, as Chinese given names are
    written."""
    low = word.lower()
    return any(low[:i] in PINYIN and low[i:] in PINYIN for i in range(1, len(low)))


def join_nicknames(text: str, found: list[Name]) -> list[Name]:
    """'Ismael "El Mayo" Zambada Garcia', 'Jose Maria “Z-43” Guizar Valencia': one person,
    named without the nickname; the nickname and the whole written form are aliases, and
    the names the quotes split it into go. A firm's own name in quotes after its head
    ('Minsk Electromechanical Plant "Tsentr"', 'JSC "Concern Avtomatika"') is one firm
    too, named as written, its quoted part an alias."""
    out: list[Name] = []
    skip_to = -1
    for i, name in enumerate(found):
        if name.start < skip_to:
            continue
        if quoted := QUOTED_AFTER.match(text, name.end):
            inner = next((n for n in found[i + 1 :] if n.start == quoted.start("part")), None)
            if inner is not None and org_head(name) and inner.end == quoted.end("part"):
                if bare_legal_form(name.text):
                    out.append(inner)  # 'JSC "Kurganpribor"': the firm is "Kurganpribor"
                    skip_to = quoted.end()
                    continue
                joined = Name(
                    name.start, quoted.end(), text[name.start : quoted.end()], "organization"
                )
                joined.aliases = [*name.aliases, inner.text]
                out.append(joined)
                skip_to = quoted.end()
                continue
        nick = NICKNAME.match(text, name.end)
        rest = next((n for n in found[i + 1 :] if n.start == nick.end()), None) if nick else None
        words = name.text.split() + (rest.text.split() if rest else [])
        if (
            nick is None
            or rest is None
            or name.kind in ("vessel", "aircraft")
            or rest.kind not in ("person", "organization")
            or any(w.lower() in ORG_HEADS for w in words)
            or name.aliases
            or not 1 <= len(name.text.split()) <= 3
            or not all(PLAIN_WORD.fullmatch(w) for w in words)
        ):
            out.append(name)
            continue
        joined = Name(name.start, rest.end, f"{name.text} {rest.text}", "person")
        joined.aliases = [nick.group("nick").strip(), text[name.start : rest.end], *rest.aliases]
        out.append(joined)
        skip_to = rest.end
    return out


# a firm's own name in quotes right after its head or legal form ('Plant "Tsentr"')
# ('the Sinaloa Cartel "Los Chapitos" faction': a kind noun after the quotes makes the
# quoted name its own, a part of the one before)
QUOTED_AFTER = rule("names.quoted_after")
# 'Limited Liability Company "Tekhnopark Zarya"': a head that is only a legal form
BARE_LEGAL_FORM = rule("names.bare_legal_form")


def bare_legal_form(text: str) -> bool:
    """ "JSC", or "Russian JSC" (a nationality, then the form): a head that is only a
    legal form."""
    first, _, rest = text.partition(" ")
    if rest and first in vocabulary().country_adjectives:
        text = rest
    return BARE_LEGAL_FORM.fullmatch(text) is not None


def org_head(name: Name) -> bool:
    """The name ends on a firm word or a legal form ("Plant", "JSC", "Joint Stock Company")."""
    last = name.text.split()[-1].lower()
    return name.kind == "organization" and (last in ORG_HEADS or last.rstrip(".") in LEGAL_FORMS)


def join_comma_parts(text: str, found: list[Name]) -> list[Name]:
    out: list[Name] = []
    for name in found:
        prev = out[-1] if out else None
        last = name.text.split()[-1].lower().rstrip(".")
        if (
            prev is not None
            and text[prev.end : name.start] == ", "
            and not prev.aliases
            and prev.text.split()[-1].lower().rstrip(".") not in LEGAL_FORMS
            and " & " in name.text
            and (
                last in LEGAL_FORMS
                or RELATIVE_AFTER.match(text[name.end :])
                or descriptive(prev.text.split()[-1:] + name.text.split())
            )
        ):
            joined = Name(prev.start, name.end, text[prev.start : name.end], "organization")
            joined.aliases, joined.imo = name.aliases, name.imo
            joined.descriptor = name.descriptor  # as in `join_sectors`
            out[-1] = joined
            continue
        out.append(name)
    return out


# ", Ltd.", ", Inc": a legal form set off by a comma still ends the firm's name
# "Baltic Trade sp. z o.o.": a legal form in lower case, after one space
LOWER_FORM = kept(
    r" (?:"
    + "|".join(
        # "sp. z o.o." opens a line in upper case too ("Trans-Bug Sp. z o.o.")
        f"[{re.escape(f[0])}{re.escape(f[0].upper())}]" + re.escape(f[1:]).replace(r"\ ", r" ?")
        for f in sorted(vocabulary().names["lower_legal_forms"], key=len, reverse=True)
    )
    + r")(?![\w])"
)
COMMA_FORM = rule("names.comma_form")


# Latin American legal forms of several parts, which the tokens split: "S.A. de C.V.",
# "S. de R.L. de C.V.", Venezuela's "C.A."
LATIN_FORM = rule("names.latin_form")


def firm_seats(text: str, found: list[Name]) -> list[Name]:
    """ "Yanbian Silverstar Network Technology Co., Ltd. (Yanji)": a city in parentheses
    after a name that ends in a legal form is the firm's seat, neither a name of its own
    nor an alias of the firm; a short name of the firm read as its alias, and no place of
    the lists, stays one ("Rosneft Oil Company (Rosneft)")."""
    seats: set[tuple[int, int]] = set()
    for name in found:
        last = name.text.rsplit(None, 1)[-1].replace(".", "").replace(",", "").lower()
        match = FIRM_SEAT.match(text, name.end) if name.kind == "organization" else None
        if match is None or last not in FORMS:
            continue
        if match.group(1) is None:  # ", Hyderabad;": after a comma only a place of the lists
            if seat(match.group(2)):
                seats.add(match.span(2))
            continue
        place = match.group(1)
        if seat(place) or place not in name.aliases:
            seats.add(match.span(1))
            name.aliases = [a for a in name.aliases if a != place]
    return [n for n in found if (n.start, n.end) not in seats] if seats else found


SPELLING_GAP = rule("names.spelling_gap")  # "Ri Kyong-sik, written Lee Kyung-sik in ..."
SPELLING_CLOSE = rule("names.spelling_close")  # after a comma cue
SPELLING_PAREN_CLOSE = rule("names.spelling_paren_close")  # "(also spelled X in ...)"
FORMER_CLOSE = rule("names.former_close")  # "..., which now trades as X (IMO ...);"
SPELLING_TAIL = rule("names.spelling_tail")  # "(X in the Ukrainian transliteration)"


def spelled_aliases(text: str, found: list[Name]) -> list[Name]:
    """ "Ri Kyong-sik, written Lee Kyung-sik in South Korean documents", "X Co., Limited
    (Xianggang ... Youxian Gongsi)": a name that the text gives as another spelling of the
    name before it is that party's alias, not a party of its own. A bare parenthesis holds
    one only when its tail says so, or right after a firm whose legal form was joined after
    the aliases were read (`join_legal_forms`), and never a place (`firm_seats`)."""
    out: list[Name] = []
    for name in found:
        prev = out[-1] if out else None
        gap = (
            SPELLING_GAP.fullmatch(text, prev.end, name.start)
            if prev is not None and prev.end <= name.start and not prev.descriptor
            else None
        )
        if gap is None or prev is None or name.descriptor:
            out.append(name)
            continue
        if gap.lastgroup == "comma":
            fits = bool(SPELLING_CLOSE.match(text, name.end))
        elif gap.lastgroup == "cued":
            fits = bool(SPELLING_PAREN_CLOSE.match(text, name.end))
        elif gap.lastgroup == "former":
            fits = bool(FORMER_CLOSE.match(text, name.end))
            if fits and prev.imo is None:
                prev.imo = name.imo  # "the Aegean Dawn, which now trades as X (IMO ...)"
        else:
            fits = bool(SPELLING_TAIL.match(text, name.end)) or (
                text[name.end : name.end + 1] == ")"
                and prev.kind == "organization"
                and prev.text.rsplit(None, 1)[-1].replace(".", "").lower() in LEGAL_FORMS
                and not seat(name.text)
            )
        if not fits:
            out.append(name)
            continue
        prev.aliases.extend([name.text, *name.aliases])
    return out


def join_legal_forms(text: str, found: list[Name]) -> list[Name]:
    """ "Xiangrui Shipping Co., Ltd.": the comma does not end a firm's name when a
    legal form follows it; nor does a legal form in lower case ("Baltic Trade sp. z
    o.o.", "Adriatic Metal d.o.o."), which the tokens read as plain words."""
    out: list[Name] = []
    skip_to = -1
    for name in found:
        if name.start < skip_to:
            continue  # the legal form itself, read as a name of its own
        tail = name.text.rsplit(" ", 1)[-1]
        after = COMMA_FORM.match(text, name.end + 1) if text.startswith(".", name.end) else None
        if (
            after is not None
            and tail.isupper()
            and tail.lower() in LEGAL_FORMS
            and after.group(1).replace(".", "").lower() in LEGAL_FORMS
        ):
            # "SHANDONG JINGANG PORT CO., LTD.": a capitals form's dot (no abbreviation
            # the tokens know, as "Co." is) stands before the comma of the next form
            name = dataclasses.replace(name, end=name.end + 1, text=text[name.start : name.end + 1])
        lower = LOWER_FORM.match(text, name.end)
        last = name.text.rfind(" ")
        if lower is None and last > 0:  # "Trans-Bug Sp. z o.o.": the run kept "Sp"
            lower = LOWER_FORM.match(text, name.start + last)
            lower = lower if lower and lower.end() > name.end else None
        if lower and not name.descriptor:
            formed = Name(name.start, lower.end(), text[name.start : lower.end()], "organization")
            formed.aliases, formed.imo = name.aliases, name.imo
            name = formed
        if (latin := LATIN_FORM.match(text, name.end)) and not name.descriptor:
            # "Dispersora Gael, S.A. de C.V.", "Corporación Minera del Sur, C.A.": a firm
            joined = Name(name.start, latin.end(), text[name.start : latin.end()], "organization")
            joined.aliases, joined.imo = name.aliases, name.imo
            out.append(joined)
            skip_to = latin.end()
            continue
        m = COMMA_FORM.match(text, name.end)
        form = m.group(1).replace(".", "").lower() if m else ""
        # "Harbourline Supply (Shenzhen) Co., Ltd.": a name that ends in a legal form is a
        # firm's, whatever kind the words before a place in brackets gave it; "Petróleos de
        # Venezuela, S.A.": a dotted form of several letters makes a firm of words read as a
        # person's
        firm = name.kind == "organization" or (
            m is not None
            and (
                name.text.rsplit(" ", 1)[-1].replace(".", "").lower() in LEGAL_FORMS
                or ("." in m.group(1)[:-1] and name.kind == "person")
            )
        )
        if m is None or name.descriptor or not firm or form not in LEGAL_FORMS:
            out.append(name)
            continue
        end = m.end()
        if text[end - 1] == "." and form not in DOTTED_FORMS and "." not in m.group(1)[:-1]:
            end -= 1  # "..., Limited." ends the sentence; "S.A." and "Ltd." keep theirs
        joined = Name(name.start, end, text[name.start : end], "organization")
        joined.aliases, joined.imo = name.aliases, name.imo
        out.append(joined)
        skip_to = end
    return out


def listed_acronyms(text: str, found: list[Name], acronyms: list[Name]) -> list[Name]:
    """ "Alfastrakhovanie and VSK", "VTB, Sberbank": a bare acronym joins the names
    when a list puts it right beside one that is not only describing."""
    if not acronyms or not found:
        return found
    added = []
    for a in acronyms:
        if any(n.start < a.end and a.start < n.end for n in found):
            continue
        m = COMMA_FORM.match(text, a.end)
        if m and m.group(1).replace(".", "").lower() in LEGAL_FORMS:
            # "TCOM, L.P.": the acronym is the firm's whole name, its legal form after it
            a = Name(a.start, m.end(), text[a.start : m.end()], "organization")
        if any(
            not n.descriptor
            and (LIST_GAP.match(text[n.end : a.start]) or LIST_GAP.match(text[a.end : n.start]))
            for n in found
            if n.end <= a.start or a.end <= n.start
        ):
            added.append(a)
    return sorted(found + added, key=lambda n: n.start) if added else found


def state_body_pattern() -> re.Pattern[str]:
    data = vocabulary().names
    words = "|".join(data["state_body_words"])
    bodies = "|".join(data["state_bodies"])
    return kept(
        rf"['’]s\s+(?:(?:{words})\s+){{0,2}}(?:{bodies})\b"
        rf"(?:\s+of\s+(?:the\s+)?(?:{words})(?:\s+and\s+(?:{words}))?\b)?"
    )


STATE_BODY = state_body_pattern()


def state_bodies(text: str, found: list[Name], places: list[tuple[int, int]]) -> list[Name]:
    """ "Myanmar's defense ministry", "Iran's ministry of intelligence": a
    lower-case state body, named with its country, may be hit like any firm."""
    if "’s " not in text and "'s " not in text:
        return found
    countries = vocabulary().country_names
    added = []
    for start, end in places:
        if text[start:end] not in countries:
            continue
        m = STATE_BODY.match(text, end)
        if m is None or any(n.start < m.end() and start < n.end for n in found):
            continue
        added.append(Name(start, m.end(), text[start : m.end()], "organization"))
    return sorted(found + added, key=lambda n: n.start) if added else found


def vessel_lists(text: str, found: list[Name]) -> list[Name]:
    """Names listed after a vessel are vessels too, unless they look like firms. A ship's
    name that reads as a post ("the tankers NS Champion and NS Commander on Thursday")
    is the ship's where no holder's name follows it."""
    for prev, name in pairwise(found):
        gap = text[prev.end : name.start]
        if prev.kind != "vessel" or not LIST_GAP.match(gap):
            continue
        if name.kind == "person":
            name.kind = "vessel"
        if (
            name.descriptor
            and not HOLDER_AFTER.match(text, name.end)
            # "the tanker X and Sinaloa Cartel members": a name a noun describes stays so
            and not builder().modifier_noun.match(text[name.end : name.end + 80])
        ):
            name.kind, name.descriptor = "vessel", False
    return found


# a capitalised word right after a post: the post's holder ("Commander X")
HOLDER_AFTER = rule("names.holder_after")


_builder: NameBuilder | None = None


def builder() -> NameBuilder:
    global _builder
    if _builder is None:
        _builder = NameBuilder(vocabulary())
    return _builder


def find_names(text: str) -> list[Name]:
    """Candidate names in one sentence (offsets relative to it)."""
    return builder().build(text)


# a byline left in the text: "Reporter Park Ji-hoon | Published 2025.07.04 09:30"
BYLINE = rule("names.byline")


# a page's labelled furniture line ("Tags: Georgia | sanctions", "Related: Oil rises on
# sanctions talk", "Newsletter: Sanctions Weekly"): other stories' headlines and topics
LABELLED = rule("names.labelled")
NUMBER_PART = rule("names.number_part")  # a number of its own, not "NIS2"
PAGER_PART = rule("names.pager_part")  # "Previous notice", "Download CSV"


def menu(text: str) -> bool:
    """A site's menu left in the text ("News | Analysis | Vessel lists | Webinars |
    About"): four or more short parts between bars, none with a number (a vessel
    table's row has its IMO number), or a bar with a pager or download link ("Next
    notice | Previous notice | Download CSV"), names no party; nor does a byline or a
    labelled furniture line (`LABELLED`)."""
    if BYLINE.match(text) or LABELLED.match(text):
        return True
    parts = text.split("|")
    if len(parts) >= 2 and any(PAGER_PART.fullmatch(p.strip()) for p in parts):
        return True
    return len(parts) >= 4 and all(len(p.split()) <= 3 and not NUMBER_PART.search(p) for p in parts)


def names(doc: Doc) -> Doc:
    """Stage: find candidate names in every sentence."""
    b = builder()
    doc.names = [
        [] if menu(s.text) else b.build(s.text, [(m.start, m.end) for m in ms])
        for s, ms in zip(doc.sentences, doc.mentions, strict=True)
    ]
    return doc


def party_label(run: list[Token], rest_is_org: bool) -> int:
    """Length of a party label opening `run` before a person's two or more words
    ("Liberal Democrat Tom Beale"); 0 when none, or when the run names a body."""
    if rest_is_org:
        return 0
    words = tuple(t.word for t in run)
    for label in PARTY_LABELS:
        rest = words[len(label) :]
        # (a person's words only: "Labour Friends of Israel" is a body)
        if words[: len(label)] == label and 2 <= len(rest) <= 4:
            return len(label) if all(w[:1].isupper() for w in rest) else 0
    return 0


def numbered_firm_ahead(toks: list[Token], i: int) -> bool:
    """ "7 Seas Marine Co.": a number of one or two digits before capitalised words
    that end in a legal form (and no lower-case word of a phrase after it: "3 Acme
    Co. tankers" counts tankers) is the firm's own first word, no count; so is one of
    up to four digits before a plant's or depot's head ("558 Aircraft Repair Plant",
    "140 Repair Plant")."""
    if not (is_number(toks[i]) and len(toks[i].text) <= 4):
        return False
    j = i + 1
    while j < len(toks) and toks[j].capital and j - i <= 6:
        j += 1
    last = toks[j - 1].word
    facility = j - i >= 2 and last in NUMBERED_FACILITY_HEADS
    if not facility and (
        len(toks[i].text) > 2 or j - i < 3 or last.replace(".", "").lower() not in FORMS
    ):
        return False
    after = toks[j].text if j < len(toks) else ""
    return not after[:1].islower() or after in CONNECTORS or after in {"on", "in", "of"}


def numbered(run: list[Token]) -> bool:
    """The run opens with the number of a numbered firm ("7 Seas Marine Co.", "140 Repair
    Plant")."""
    return numbered_firm_ahead(run, 0) and len(run) >= 2
