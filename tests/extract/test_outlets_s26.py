"""Kinds of failure of the session-26 first look on w1320-w1339 (outlets and scraping
noise): HTML character references left in a scraped page ("Taiwan&rsquo;s", "&quot;")
split the words the stages read, so the text is decoded before extraction and evidence
mapped back to the original offsets; tested with sentences written for these tests (no
corpus text)."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.extract.entities import decode
from sanctionwatch.model import Article, Span

PUBLISHED = date(2026, 3, 13)  # a Friday


def test_decoding_maps_every_offset_back_to_the_original_text() -> None:
    text = "Seoul&rsquo;s list &amp; Tokyo&#8217;s &#x201C;list&#x201D; &bogus; end"
    decoded = decode(text)
    assert decoded is not None
    assert decoded.text == "Seoul\u2019s list & Tokyo\u2019s \u201clist\u201d &bogus; end"
    start = decoded.text.index("Tokyo")
    span = decoded.span(Span(start, start + len("Tokyo\u2019s")))
    assert text[span.start : span.end] == "Tokyo&#8217;s"
    assert decoded.span(Span(0, len(decoded.text))) == Span(0, len(text))


def test_text_without_references_is_left_alone() -> None:
    assert decode("AT&T and R&D; no reference here") is None


def test_an_action_told_with_references_is_found_and_its_evidence_is_original() -> None:
    text = (
        "Ottawa, March 13 -- Canada&rsquo;s foreign ministry on Thursday imposed sanctions on"
        " Baltic Crest Logistics and its owner, Viktor Stenkin, for supplying &quot;dual-use"
        " goods&quot; to Russia&#8217;s army.\n"
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    (action,) = [a for a in report.actions if a.status == "imposed"]
    assert (action.authority, str(action.date)) == ("CA", "2026-03-12")
    assert {t.name for t in action.targets} >= {"Baltic Crest Logistics", "Viktor Stenkin"}
    assert action.evidence
    for span in action.evidence:
        assert "&rsquo;" in text[span.start : span.end] or "&quot;" in text[span.start : span.end]
