"""Dates: the publication date of a page, and the day an action was taken.

Relative dates ("on Thursday", "yesterday", "today") and dates without a year
resolve only against the publication date; without it they give None, as the
annotation conventions require. "A day later" and "hours later" count from the date
written just before them (`sentence_dates`), past a background date to a recent one,
and a dateline ("BERN, June 20 —") gives way to the weekday or date its sentence
states for the act. Relative dates count from `Doc.today`: the publication date, or
the page's own stamp when the publication date given with it is a day or so later.
An action its own sentences leave undated may take the full date of a sentence
beside it that refers to the act (`referred_day`) or the day of the section heading
above it (`heading_day`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.literals import GatedPattern
from sanctionwatch.extract.lookahead import guarded, kept
from sanctionwatch.extract.vocabulary import load_json, rule

CALENDAR = load_json("calendar.json")
MONTHS = {
    name: number for number, names in enumerate(CALENDAR["months"], start=1) for name in names
}
WEEKDAYS = {day: number for number, day in enumerate(CALENDAR["weekdays"])}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


def _month(tag: str) -> str:
    return rf"(?P<month{tag}>{MONTH_NAMES})\.?"


def _day(tag: str) -> str:
    return rf"(?P<day{tag}>[0-3]?\d)(?:st|nd|rd|th)?"


def _year(tag: str) -> str:
    return rf"(?P<year{tag}>(?:19|20)\d\d)(?![-\d])"


EXPLICIT = guarded(
    # every match opens on a digit or, at a word boundary, on a month's name: inside a
    # word the four branches are not tried (the first-character guard lets most letters
    # through); a condition every match meets, so the same matches
    r"(?=\d|\b)"
    r"(?:(?<!\d)(?P<iso>(?:19|20)\d\d[-/][01]\d[-/][0-3]\d)(?!\d)"
    # day.month.year, the European numeric form; "03/12/2024" is ambiguous and left out;
    # a sentence's full stop may follow it ("dated 26.03.2026.")
    r"|(?<![\d.])(?P<dotted>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?!\d|\.\d)"
    # "21 May", and "21st of May" as translated pages write it
    rf"|\b{_day('1')}\s+(?:of\s+)?{_month('1')}(?:,?\s+{_year('1')})?"
    rf"|\b{_month('2')}\s+{_day('2')}(?!\d)(?:,?\s+{_year('2')})?)",
    re.I,
)
WEEKDAY = guarded(
    r"\b(?:on|this|last|since|from|until|by)?\s*(?P<weekday>"
    + "|".join(CALENDAR["weekdays"])
    + r")(?:['’]s)?\b",
    re.I,
)
# "Washington (Tue): OFAC designated ...": a newsletter's item labelled with its day
WEEKDAY_LABEL = rule("dates.weekday_label")
WEEKDAY_ABBR = {day[:3]: number for day, number in WEEKDAYS.items()}
# "Overnight, the US Treasury sanctioned ...", "... six firms overnight.": a morning
# page's night before (an adverb at a clause's edge, not "overnight strikes")
RELATIVE = guarded(
    r"\b(?P<word>today|yesterday|tonight|this morning|overnight(?=\s*[,.;]))(?:['’]s)?\b", re.I
)
# "on the 18th", "on the 5th of March", "said on the 24th that" (Korean and Japanese
# wire English); not an ordinal before a noun ("on the 18th package"). Without "the"
# ("the Cabinet meeting on 11th approved", wire English) only before a past-tense verb,
# "and", or punctuation: "on 21st package" is no day.
DAY_ONLY = guarded(
    r"\bon (?:the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?!\s+(?!(?:of|that|and|at|in|when|after|before|by|to)\b)[a-z])"
    r"|(?P<bare>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$)|\s+(?:[a-z]+ed|and)\b))",
    re.I,
)
# where a page states when it was published: a prefix, a byline, a stamp line
# "WASHINGTON, March 5, 2025 —": a dateline with its year
DATELINE = rule("dates.dateline")
# "Wellington, 18 June 2024 - ...": a title-case place also makes a dateline
TITLED_PLACE = rule("dates.titled_place")
DASH_AFTER = rule("dates.dash_after")
PUBLISHED_HINT = kept(
    r"(?:^\s*date |(?:" + "|".join(CALENDAR["stamp_words"]) + r")(?:\s+on)?\s*:?|^|\|)\s*$"
    r"|\b(?:by|" + "|".join(CALENDAR["weekdays"] + CALENDAR["page_weekdays"]) + r")\b[^\n]{0,40}$",
    re.I,
)

# "On 18 November the Council ...", "since our November 5 update": an event;
# "Posted on 7 October 2023": a stamp
EVENT_BEFORE = rule("dates.event_before")
SPEECH_DAY = rule("dates.speech_day")
APPOSITION = rule("dates.apposition")
QUOTES = frozenset('"“”')
STAMP_ON = rule("dates.stamp_on")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date | None  # resolved date, None when it cannot be resolved
    explicit_year: bool
    relative: bool


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parts(match: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an EXPLICIT match."""
    if match.group("iso"):
        y, m, d = (int(x) for x in re.split(r"[-/]", match.group("iso")))
        return y, m, d
    if match.group("dotted"):
        d, m, y = (int(x) for x in match.group("dotted").split("."))
        return y, m, d
    month = match.group("month1") or match.group("month2")
    day = match.group("day1") or match.group("day2")
    year = match.group("year1") or match.group("year2")
    return (
        int(year) if year else None,
        MONTHS[month.lower()] if month else None,
        int(day) if day else None,
    )


def latest_before(month: int, day: int, anchor: date) -> date | None:
    """The most recent date with this month and day on or shortly after `anchor`."""
    for year in (anchor.year, anchor.year - 1):
        candidate = safe_date(year, month, day)
        if candidate and candidate <= anchor + timedelta(days=7):
            return candidate
    return None


def weekday_before(weekday: int, anchor: date) -> date:
    """The latest day with this weekday on or before the anchor."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


# Every EXPLICIT and DAY_ONLY match holds a digit (`\d`), every WEEKDAY match "day":
# a sentence without them is not scanned by those long case-insensitive patterns.
DIGIT = re.compile(r"\d")  # mechanics: prefilters, not grammar
DAY_WORD = re.compile("day", re.I)  # mechanics: a prefilter


NIGHT_BEFORE: frozenset[str] = frozenset(CALENDAR["night_before"])
SAME_DAY_WORDS: frozenset[str] = frozenset(CALENDAR["same_day"])


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in a sentence, resolved against `published`."""
    found: list[DateMention] = []
    digits = DIGIT.search(text) is not None
    for m in EXPLICIT.finditer(text) if digits else ():
        year, month, day = parts(m)
        if month is None or day is None:
            continue
        if year is not None:
            value = safe_date(year, month, day)
        else:
            value = latest_before(month, day, published) if published else None
        found.append(DateMention(m.start(), m.end(), value, year is not None, False))
    for m in WEEKDAY.finditer(text) if DAY_WORD.search(text) else ():
        value = (
            weekday_before(WEEKDAYS[m.group("weekday").lower()], published) if published else None
        )
        if published and value == published and m.group(0)[:4].lower() == "last":
            # "last Friday" in a Friday's paper is a week ago, not today
            value = value - timedelta(days=7)
        found.append(DateMention(m.start(), m.end(), value, False, True))
    for m in WEEKDAY_LABEL.finditer(text) if "(" in text else ():
        value = (
            weekday_before(WEEKDAY_ABBR[m.group("abbr")[:3].lower()], published)
            if published
            else None
        )
        found.append(DateMention(m.start(), m.end(), value, False, True))
    for m in RELATIVE.finditer(text):
        word = m.group("word").lower()
        value = None
        if published:
            value = published - timedelta(days=1) if word in NIGHT_BEFORE else published
        found.append(DateMention(m.start(), m.end(), value, False, True))
    for m in DAY_ONLY.finditer(text) if digits else ():
        value = None
        if published:
            day = int(m.group("day") or m.group("bare"))
            value = safe_date(published.year, published.month, day)
            if value and value > published:
                value = None
        found.append(DateMention(m.start(), m.end(), value, False, True))
    found.sort(key=lambda d: d.start)
    if len(found) > 1:
        found = apposed(text, found)
    if len(found) > 1 and any(c in QUOTES for c in text):
        found = spoken_today(text, found)
    if len(found) > 1 and is_dateline(text, found[0]):
        # "BERN, June 20 — ... the Federal Council decided on Wednesday": the dateline
        # stamps the page; the weekday (or a date) written in the text tells the day
        # of the act. "today" says nothing more than the stamp, which then stays.
        rest = [d for d in found[1:] if not RELATIVE.fullmatch(text[d.start : d.end])]
        if any(d.value for d in rest):
            found = found[1:]
    return found


def apposed(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "last Thursday, November 19": a weekday with a date in apposition right after it
    (or before it, "November 19, a Thursday") is that date; the date resolves it."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not APPOSITION.fullmatch(text, a.end, b.start) or a.relative == b.relative:
            continue
        weekday, day = (a, b) if a.relative else (b, a)
        if day.value is not None:
            out[out.index(weekday)] = DateMention(
                weekday.start, weekday.end, day.value, day.explicit_year, False
            )
    return out


def quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation: after an odd number of quotation marks."""
    return sum(1 for c in text[:pos] if c in QUOTES) % 2 == 1


def spoken_today(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "\u201cToday, Canada is imposing ...,\u201d the minister said in a statement on
    Sunday": a "today" inside the quotation is the day the speech is dated outside it
    (`dates.speech_day`), not the page's."""
    spoken = next(
        (
            d.value
            for d in found
            if d.value and not quoted(text, d.start) and SPEECH_DAY.search(text, 0, d.start)
        ),
        None,
    )
    if spoken is None:
        return found
    return [
        DateMention(d.start, d.end, spoken, False, True)
        if d.relative and quoted(text, d.start) and text[d.start : d.end].lower() in SAME_DAY_WORDS
        else d
        for d in found
    ]


def is_dateline(text: str, day: DateMention) -> bool:
    """A date after a place in capitals at the start of a sentence: "BERN, June 20 —"."""
    return bool(DATELINE.match(text[: day.start]) and DASH_AFTER.match(text[day.end :]))


# how far down a page its stamp or dateline is looked for
TOP = 700


def top_dates(text: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """The dates written near the top of a page, where a stamp or a dateline stands:
    each match, the top of the page it was found in and where its line starts."""
    head = text[:TOP]
    for m in EXPLICIT.finditer(head):
        yield m, head, head.rfind("\n", 0, m.start()) + 1


def publication_date(text: str) -> date | None:
    """A date stamped near the top of a page: a prefix, byline or date line.

    A full date inside running prose ("On 18 November 2024, the Council ...") is
    the date of an event, not of publication, and is not taken.
    """
    for m, head, line_start in top_dates(text):
        year, month, day = parts(m)
        if year is None or month is None or day is None:
            continue
        line_end = head.find("\n", m.end())
        line_end = len(head) if line_end < 0 else line_end
        before = head[line_start : m.start()]
        after = head[m.end() : line_end]
        short_line = len(before.strip()) + len(after.strip()) <= 24
        dateline = DATELINE.search(before) or (
            TITLED_PLACE.search(before) and DASH_AFTER.match(after)
        )
        if PUBLISHED_HINT.search(before) or dateline or short_line:
            if EVENT_BEFORE.search(before) and not STAMP_ON.search(before):
                continue
            return safe_date(year, month, day)
    return None


# "A day later, the Treasury designated ...", "Hours later OFAC sanctioned ...": a day
# told from the date written just before it, not from the publication date
LATER = rule("dates.later")
# the number words dates.later finds ("two days later"), with counts.json's values
LATER_DAYS: dict[str, int] = load_json("counts.json")["numbers"]
LOOK_BACK = 3  # sentences searched for the date a "day later" counts from


def later_dates(doc: Doc, index: int, found: list[DateMention]) -> list[DateMention]:
    text = doc.sentences[index].text
    out: list[DateMention] = []
    for m in LATER.finditer(text):
        days = m.group("days")
        offset = int(LATER_DAYS.get(days.lower(), days)) if days else 1 if m.group("next") else 0
        if m.group("before"):
            offset = -1
        anchor = next((d.value for d in reversed(found) if d.value and d.end <= m.start()), None)
        if anchor is None:
            anchor = earlier_anchor(doc, index)
        value = anchor + timedelta(days=offset) if anchor else None
        out.append(DateMention(m.start(), m.end(), value, False, True))
    return out


# an anchor this many days or fewer before the page's day is part of its news
RECENT_DAYS = 14


def earlier_anchor(doc: Doc, index: int) -> date | None:
    """The day a "day later" counts from, written in one of the sentences before: the
    nearest one, but past a background date ("The EU acted on Monday. Its leader was
    listed on 12 May 2022. Britain followed a day later") to a day of the page's news."""
    today = doc.today or doc.published
    days: list[date] = []
    for back in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        day = next((d.value for d in reversed(sentence_dates(doc, back)) if d.value), None)
        if day is not None:
            days.append(day)
    recent = [d for d in days if today and 0 <= (today - d).days <= RECENT_DAYS]
    picked = recent or days
    return picked[0] if picked else None


def sentence_dates(doc: Doc, index: int) -> list[DateMention]:
    """Date expressions of one sentence, found once per document."""
    found = doc.dates.get(index)
    if found is None:
        found = doc.dates[index] = find_dates(doc.sentences[index].text, doc.today or doc.published)
        if not (doc.today or doc.published) and any(not d.value for d in found):
            found = doc.dates[index] = with_text_year(doc, index, found)
        if LATER_WORD.search(doc.sentences[index].text):
            found += later_dates(doc, index, found)
            found.sort(key=lambda d: d.start)
    return found


# its words looked for with `in` (`literals`): re tries a case-insensitive alternation
# at every position of the sentence
LATER_WORD = GatedPattern(re.compile("later|next|following|before|previous", re.I))  # mechanics
END_OR_BIRTH = rule("dates.end_or_birth")


def with_text_year(doc: Doc, index: int, found: list[DateMention]) -> list[DateMention]:
    """With no publication date, a day and month without a year take the year of the
    full date written nearest before them in the text (the same sentence first: "On
    March 5, 2023, Britain sanctioned X, which the EU listed on March 1"), as the
    annotation resolves them; weekdays and relative days stay unresolved."""
    text = doc.sentences[index].text

    def years(i: int, found_i: list[DateMention]) -> list[tuple[int, int, date]]:
        # not a birth date ("Ivan Petrov, born on 3 June 1968, ...") nor an end date
        # ("the sanctions run until 31 July 2026")
        t = doc.sentences[i].text
        return [
            (i, d.start, d.value)
            for d in found_i
            if d.value
            and d.explicit_year
            and not END_OR_BIRTH.search(t, max(0, d.start - 25), d.start)
        ]

    full = years(index, found)
    for i in range(index - 1, -1, -1):
        if full:
            break
        full = years(i, find_dates(doc.sentences[i].text, None))
    if not full:
        return found
    out = []
    for d in found:
        m = None if d.value or d.relative else EXPLICIT.fullmatch(text, d.start, d.end)
        if m is None:
            out.append(d)
            continue
        _, month, day = parts(m)
        before = [v for i, start, v in full if i < index or start < d.start] or [full[0][2]]
        year = before[-1].year
        value = safe_date(year, month, day) if month and day else None
        out.append(DateMention(d.start, d.end, value, False, False))
    return out


# "The decision, dated 27 February 2025, takes effect at once", "The sanctions were
# adopted on 3 March 2025": a sentence that opens on the act itself and gives its date
# in full dates an action that its own sentences leave undated
ACT_REFERENCE = rule("dates.act_reference")
# the day such a sentence gives for something else: when the act takes effect or ends
REFERENCE_BLOCKER = rule("dates.reference_blocker")

# ... and it gives the day the act was made ("dated", "adopted by the Council on"), not a
# day to come ("will be reviewed on 1 September", "run to 1 April 2026")
REFERENCE_VERB = rule("dates.reference_verb")


SECTION_SENTENCES = 4  # how far a section's heading reaches into the sentences below it
HEADING_CHARS = 60
HEADING_SEPARATORS = ("", "—", "–", "-", ":", "|", ",")


def heading_day(doc: Doc, index: int) -> date | None:
    """ "UNITED KINGDOM — Monday" over a tracker's or live page's section: the one day
    (a weekday, or a date without a year; a full date is the page's stamp) its heading
    gives dates what sentence `index` of the section tells."""
    for i in range(index - 1, max(-1, index - 1 - SECTION_SENTENCES), -1):
        sentence = doc.sentences[i]
        if not sentence.headline:
            continue
        found = sentence_dates(doc, i)
        if len(sentence.text) > HEADING_CHARS or len(found) != 1 or found[0].explicit_year:
            return None
        # the day stands apart in the heading ("UNITED KINGDOM — Monday"); in a title's
        # words ("EU ministers to weigh new sanctions on Friday") it is that event's day
        before = sentence.text[: found[0].start].rstrip()
        after = sentence.text[found[0].end :].strip()
        if before[-1:] not in HEADING_SEPARATORS or after[:1] not in HEADING_SEPARATORS:
            return None
        return found[0].value
    return None


def referred_day(doc: Doc, indices: list[int]) -> date | None:
    """The full date that the first sentence of `indices` referring to the act gives."""
    for i in indices:
        text = doc.sentences[i].text
        if not ACT_REFERENCE.match(text):
            continue
        for d in sentence_dates(doc, i):
            before = text[max(0, d.start - 25) : d.start]
            made = REFERENCE_VERB.search(text[max(0, d.start - 60) : d.start])
            if d.value and d.explicit_year and made and not REFERENCE_BLOCKER.search(before):
                return d.value
    return None


def clause_day(doc: Doc, index: int, start: int, end: int, pos: int) -> date | None:
    """The resolved date written in text[start:end] of a sentence nearest to pos."""
    found = [d for d in sentence_dates(doc, index) if d.value and start <= d.start < end]
    if not found:
        return None
    return min(found, key=lambda d: abs(d.start - pos)).value


def dateline_day(text: str, published: date) -> date | None:
    """The day of a dateline without a year near the top of a page ("OSLO, Nov 20
    (Nordic Wire) - ...", "MOSCOW, November 28. /TASS/. ..."), resolved against the
    publication date: the day the story was filed."""
    for m, head, line_start in top_dates(text):
        year, month, day = parts(m)
        if year is not None or month is None or day is None:
            continue
        if DATELINE.search(head[line_start : m.start()]) and DASH_AFTER.match(head[m.end() :]):
            return latest_before(month, day, published)
    return None


# a page stamped "July 8, 2025" whose publication date says July 9 was copied or fed a
# day late: its "today" is the stamp's day. A stamp further back is no longer its own.
STAMP_LAG_DAYS = 3


def date_stage(doc: Doc) -> Doc:
    """Stage: settle the publication date (the article's own, else from the text),
    and the day relative dates count from."""
    stamp = publication_date(doc.text)
    doc.published = doc.article.published or stamp
    doc.today = doc.published
    if stamp is None and doc.published is not None:
        # "OSLO, Nov 20 (Nordic Wire) - Norway today aligned ...", published on the 21st
        stamp = dateline_day(doc.text, doc.published)
    if stamp and doc.published and 0 < (doc.published - stamp).days <= STAMP_LAG_DAYS:
        doc.today = stamp
    return doc
