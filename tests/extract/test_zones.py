from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def targets_by_authority(text: str) -> dict[str, list[str]]:
    report = extract(Article(id="t", text=text))
    return {a.authority: [t.name for t in a.targets] for a in report.actions if not a.background}


def test_follow_up_sentence_lists_targets() -> None:
    text = (
        "Portugal imposed sanctions on three companies. "
        "Among those listed are Tagus Marine Ltd and Douro Freight."
    )
    assert targets_by_authority(text) == {"PT": ["Tagus Marine Ltd", "Douro Freight"]}


def test_zone_moves_to_the_authority_named_as_subject() -> None:
    text = (
        "Norway and Denmark imposed sanctions on Russian firms. "
        "Denmark said the list includes Baltic Crest Shipping."
    )
    found = targets_by_authority(text)
    assert found["DK"] == ["Baltic Crest Shipping"]
    assert found["NO"] == []


def test_follow_up_without_cue_adds_nobody() -> None:
    text = "Portugal imposed sanctions on three companies. Joao Silva met Ana Costa later."
    assert targets_by_authority(text) == {"PT": []}


def test_bullet_list_after_a_colon_lists_targets() -> None:
    text = (
        "Ireland today sanctioned three tankers. The vessels designated are:\n"
        "- Green Gull (IMO 9111111)\n"
        "- Red Heron (IMO 9222222)\n"
        "Officials gave no further details."
    )
    found = extract(Article(id="t", text=text)).actions[0].targets
    assert [(t.name, t.imo) for t in found] == [("Green Gull", "9111111"), ("Red Heron", "9222222")]
