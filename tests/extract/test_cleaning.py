from sanctionwatch.extract.cleaning import junk_regions


def junk_text(text: str) -> list[str]:
    return [text[s:e] for s, e in junk_regions(text)]


def test_repeated_headline_is_junk_but_first_copy_stays() -> None:
    text = "Ottawa adds ten names\nOttawa adds ten names\nCanada listed ten people on Monday."
    assert junk_text(text) == ["Ottawa adds ten names"]
    assert junk_regions(text)[0][0] == len("Ottawa adds ten names\n")


def test_date_prefix_and_navigation_are_junk() -> None:
    text = " date 2024-03-01 Norway froze two accounts.\nSubscribe to our newsletter\nShare"
    found = junk_text(text)
    assert found[0].strip() == "date 2024-03-01"
    assert "Subscribe to our newsletter" in found
    assert "Share" in found


def test_tail_after_link_list_is_junk() -> None:
    text = "Body sentence here.\nNext In World\nSome other story\nAnother story"
    start, end = junk_regions(text)[-1]
    assert text[start:end].startswith("Next In World")
    assert end == len(text)
