"""Mentions of states, blocs and agencies: who can act, and which countries are hit.

An agency with no fixed authority ("the Foreign Ministry") takes the country
written just before it ("South Korea's Foreign Ministry", "the UK Treasury") or
just after it ("Ministry of Foreign Affairs of the Republic of Korea", "the Foreign
Ministry in Beijing").
"""

from __future__ import annotations

from functools import cache

from sanctionwatch.extract.actors import BLOCS, BODIES, home_mentions, plural_references
from sanctionwatch.extract.document import Doc, Mention
from sanctionwatch.extract.literals import Requirement, kept_required
from sanctionwatch.extract.vocabulary import Vocabulary, rule, vocabulary

QUALIFIER_GAP = rule("mentions.qualifier_gap")
# "Ministry of Foreign Affairs of the Republic of Korea", "the Foreign Ministry in Beijing"
QUALIFIER_AFTER = rule("mentions.qualifier_after")


def classify(text: str, start: int, end: int, vocab: Vocabulary) -> Mention:
    agency = vocab.agencies.get(text)
    if agency is not None:
        return Mention(
            start,
            end,
            text,
            agency.authority,
            "agency",
            department=agency.department,
            label=agency.label,
        )
    if text in vocab.country_names:
        return Mention(start, end, text, vocab.country_names[text], "name")
    if text in vocab.country_adjectives:
        return Mention(start, end, text, vocab.country_adjectives[text], "adjective")
    return Mention(start, end, text, vocab.country_people[text], "people")


def qualify(found: list[Mention], text: str) -> list[Mention]:
    """Give unqualified agencies the country written beside them; drop that country."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        if m.form != "agency" or m.code is not None:
            out.append(m)
            continue
        prev = out[-1] if out else None
        if prev and prev.form != "agency" and QUALIFIER_GAP.match(text[prev.end : m.start]):
            out[-1] = Mention(
                prev.start, m.end, text[prev.start : m.end], prev.code, "agency",
                m.department, m.label,
            )  # fmt: skip
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and nxt.form == "name" and QUALIFIER_AFTER.match(text[m.end : nxt.start]):
            out.append(
                Mention(m.start, nxt.end, text[m.start : nxt.end], nxt.code, "agency",
                        m.department, m.label)
            )  # fmt: skip
            skip.add(i + 1)
            continue
        out.append(m)
    return out


def find_mentions(text: str, vocab: Vocabulary | None = None) -> list[Mention]:
    """Countries, blocs and agencies named in one sentence, in order."""
    vocab = vocab or vocabulary()
    found = [classify(m.group(0), m.start(), m.end(), vocab) for m in vocab.place_re.finditer(text)]
    # a ship's flag, and "the situation surrounding Ukraine" (the crisis an act answers):
    # no party acting
    found = [
        m
        for m in qualify(found, text)
        if not flag_state(text, m) and not SITUATION.search(text[max(0, m.start - 40) : m.start])
    ]
    for m in found:
        agency = vocab.agencies.get(m.text)
        if m.code is None and agency is not None and agency.default:
            m.code = agency.default
    return found


# "flag Gabon", "Cameroon-flagged": the registry a ship sails under, no state that acts
FLAG_STATE = rule("mentions.flag_state")
SITUATION = rule("mentions.situation_state")


def flag_state(text: str, m: Mention) -> bool:
    """The mention names a ship's flag, not a party to the story's acts."""
    if m.form not in ("name", "adjective"):
        return False
    before = FLAG_STATE.search(text[max(0, m.start - 25) : m.start])
    after = FLAG_STATE.match(text[m.end : m.end + 20])
    return bool((before and before.group("before")) or (after and after.group("after")))


# "the bloc", "the 27-nation bloc", "the European bloc": a bloc named elsewhere in the text
BLOC_REFERENCE = rule("mentions.bloc_reference")
# "the 27-nation bloc" with no bloc named in the text: only the EU has (or had) 27 or 28
# members among the blocs that sanction
EU_BY_SIZE = rule("mentions.eu_by_size")


def bloc_references(doc: Doc) -> None:
    """ "The bloc on Friday imposed ...": the bloc the text names (the nearest one
    named before, else the first after; none named, no mention), as a name."""
    named = [
        (i, m.start, m.code)
        for i, ms in enumerate(doc.mentions)
        for m in ms
        if m.code in BLOCS and m.form != "people"
    ]
    for i, sentence in enumerate(doc.sentences):
        if "bloc" not in sentence.text:
            continue
        for hit in BLOC_REFERENCE.finditer(sentence.text):
            start, end = hit.start(), hit.end()
            if any(m.start < end and start < m.end for m in doc.mentions[i]):
                continue
            before = [n for n in named if (n[0], n[1]) < (i, start)]
            if before or named:
                code = before[-1][2] if before else named[0][2]
            elif EU_BY_SIZE.search(hit.group(0)):
                code = "EU"
            else:
                continue
            doc.mentions[i].append(Mention(start, end, hit.group(0), code, "name"))
            doc.mentions[i].sort(key=lambda m: m.start)


# "The council first imposed ...": a body of a kind the text named before
BODY_REFERENCE = rule("mentions.body_reference")


@cache
def body_words() -> list[Requirement] | None:
    """The words one of which every `BODY_REFERENCE` match holds ("council", ...), read
    from the pattern (kept between runs); None when it cannot be read."""
    return kept_required(BODY_REFERENCE.pattern)


def needs_met(needs: list[Requirement] | None, text: str) -> bool:
    """Whether `text` holds a word of each of `needs` (the pattern matches its nouns in
    lower case only, so the text is searched as written); unread needs always pass."""
    return needs is None or all(any(w in text for w in need) for need in needs)


def body_references(doc: Doc) -> None:
    """ "The council first imposed sanctions on Haiti in 2022" after "the Security
    Council": the nearest body named before whose name holds that kind ("the body":
    any agency, bloc or the UN), as that body; none named before, no mention."""
    named: list[Mention] = []  # every mention so far, in text order
    for i, sentence in enumerate(doc.sentences):
        text = sentence.text
        found: list[Mention] = []
        if needs_met(body_words(), text):  # no regex on most sentences
            for hit in BODY_REFERENCE.finditer(text):
                start, end = hit.span()
                if any(m.start < end and start < m.end for m in doc.mentions[i]):
                    continue
                noun = hit.group("noun").lower()
                before = [m for m in doc.mentions[i] if m.end <= start]
                for m in reversed(named + before):
                    if m.code is None:
                        continue
                    if (
                        noun in m.text.lower()
                        if noun != "body"
                        else m.form == "agency" or (m.form == "name" and m.code in BODIES)
                    ):
                        found.append(
                            Mention(start, end, hit.group(0), m.code, m.form, m.department, m.label)
                        )
                        break
        named.extend(doc.mentions[i])
        if found:
            doc.mentions[i] = sorted(doc.mentions[i] + found, key=lambda m: m.start)


# "The House voted 388-24 ...": the House of Representatives by its short name
BARE_CHAMBER = rule("mentions.bare_chamber")


def chamber_references(doc: Doc) -> None:
    """ "The House voted ..." in a text that names the US and not Britain (whose Commons
    is "the House" too): the House of Representatives, as if named in full."""
    codes = {m.code for ms in doc.mentions for m in ms}
    if "US" not in codes or "GB" in codes:
        return
    house = vocabulary().agencies["House of Representatives"]
    for i, sentence in enumerate(doc.sentences):
        if "House" not in sentence.text:  # no regex on most sentences
            continue
        found = [
            Mention(*hit.span("chamber"), "House", "US", "agency", house.department, house.label)
            for hit in BARE_CHAMBER.finditer(sentence.text)
        ]
        if found:
            doc.mentions[i] = sorted(doc.mentions[i] + found, key=lambda m: m.start)


@cache
def agency_defaults() -> dict[str, str | None]:
    """Agency name -> the state it is read as by default (built once, not per article)."""
    return {n: a.default for n, a in vocabulary().agencies.items() if a.default}


def mentions(doc: Doc) -> Doc:
    """Stage: find place and agency mentions in every sentence."""
    vocab = vocabulary()
    doc.mentions = [find_mentions(s.text, vocab) for s in doc.sentences]
    bloc_references(doc)
    body_references(doc)  # "The council first imposed ..."
    chamber_references(doc)  # "The House voted ..."
    plural_references(doc)  # "The three countries designated ..."
    # "the Treasury" in a London story, "the Korean government" in a Seoul one
    home_mentions(doc, agency_defaults())
    return doc
