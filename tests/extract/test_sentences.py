from sanctionwatch.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, [])]


def test_abbreviations_and_initials_do_not_split() -> None:
    found = texts("The U.S. Treasury named Mr. John Q. Doe on Jan. 5. He denied it.")
    assert found == ["The U.S. Treasury named Mr. John Q. Doe on Jan. 5.", "He denied it."]


def test_fused_sentences_split_and_offsets_point_into_text() -> None:
    text = "Oslo acted on Friday.The ministry gave no names."
    sentences = split_sentences(text, [])
    assert [s.text for s in sentences] == ["Oslo acted on Friday.", "The ministry gave no names."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_headline_lines_are_flagged() -> None:
    sentences = split_sentences("Lisbon freezes assets of two firms\nThe order was signed.", [])
    assert [s.headline for s in sentences] == [True, False]


def test_hard_wrapped_text_is_joined() -> None:
    text = (
        "The finance ministry of\nthe republic said on Tuesday that\n"
        "it had frozen the assets of\nthree trading houses.\n"
    )
    assert len(split_sentences(text, [])) == 1


def test_junk_regions_are_skipped() -> None:
    text = "Menu\nRome banned two ships."
    assert texts_with_junk(text) == ["Rome banned two ships."]


def texts_with_junk(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, [(0, 4)])]
