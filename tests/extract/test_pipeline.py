import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, UnknownStage, get_stage, register, run
from sanctionwatch.model import Article


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(UnknownStage, match="Unknown extraction stage: 'nope'"):
        get_stage("nope")


def test_extra_stage_can_be_registered_and_placed() -> None:
    seen: list[int] = []

    def count_sentences(doc: Doc) -> Doc:
        seen.append(len(doc.sentences))
        return doc

    register("test-counter", count_sentences)
    order = (*DEFAULT_PIPELINE[:3], "test-counter", *DEFAULT_PIPELINE[3:])
    extract(Article(id="t", text="Peru froze two accounts. It gave no names."), pipeline=order)
    assert seen == [2]


def test_stage_must_return_doc() -> None:
    register("test-broken", lambda doc: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(TypeError, match="test-broken"):
        run(Doc(Article(id="t", text="x")), ("test-broken",))


def test_publication_date_found_in_text_is_set_on_report() -> None:
    report = extract(Article(id="t", text=" date 2021-09-09 Chile listed one firm."))
    assert report.article.published is not None
    assert report.article.published.isoformat() == "2021-09-09"
