from datetime import date

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import run
from sanctionwatch.model import Article

UPTO_FRAMES = ("clean", "published", "sentences", "mentions", "names", "frames")


def frames(text: str) -> list[tuple[str, str, bool]]:
    doc = run(Doc(Article(id="t", text=text)), UPTO_FRAMES)
    return [(f.authority, f.status, f.background) for f in doc.frames]


def test_subject_acts_and_object_country_is_hit() -> None:
    assert frames("Norway has imposed sanctions on Iranian drone makers.") == [
        ("NO", "imposed", False)
    ]


def test_coordinated_subjects_are_separate_frames() -> None:
    found = frames("Canada and Australia froze the assets of four Belarusian officials.")
    assert {a for a, _, _ in found} == {"CA", "AU"}


def test_modality_gives_threat_and_proposal() -> None:
    assert frames("Switzerland may impose similar restrictions soon.") == [
        ("CH", "threatened", False)
    ]
    assert frames("The EU has proposed new sanctions on three shipping firms.")[0][:2] == (
        "EU",
        "proposed",
    )


def test_lifting_and_passive_agent() -> None:
    assert frames("The firm was removed from the sanctions list by the UK.")[0][:2] == (
        "GB",
        "lifted",
    )


def test_condemnations_and_denials_are_not_actions() -> None:
    assert frames("Spain condemned the new sanctions on its fishing fleet.") == []


def test_background_markers() -> None:
    assert frames("Italy previously sanctioned the shipping line in 2019.") == [
        ("IT", "imposed", True)
    ]


def test_context_authority_for_pronoun_subject() -> None:
    found = frames("Japan acted against Russia. The ministry also blacklisted two banks.")
    assert found[-1][:2] == ("JP", "imposed")


def test_announced_countermeasures_are_an_action_but_reserved_ones_a_threat() -> None:
    assert frames("China announced countermeasures against four defence firms.")[0][:2] == (
        "CN",
        "imposed",
    )
    assert frames("China reserves the right to take countermeasures.")[0][:2] == (
        "CN",
        "threatened",
    )


def test_licences_and_waivers_ease() -> None:
    found = frames("The Treasury issued a general licence authorising deals with the bank.")
    assert found[0][:2] == ("US", "lifted")


def test_cumulative_tally_is_no_action() -> None:
    text = "The EU listed 3 firms. This brings the total number of firms listed by the EU to 90."
    assert frames(text) == [("EU", "imposed", False)]


def test_context_actor_follows_the_verb() -> None:
    text = (
        "OFAC designated two banks. The State Department is sanctioning a refinery. "
        "Among those designated is Coral Bay Bank."
    )
    doc = run(Doc(Article(id="t", text=text)), UPTO_FRAMES)
    assert doc.frames[-1].department == "treasury"


def test_context_actor_follows_the_day_it_names() -> None:
    text = (
        "OFAC today sanctioned two banks. The State Department on Tuesday redesignated a militia. "
        "Those designated today include Coral Bay Bank."
    )
    doc = run(Doc(Article(id="t", text=text, published=date(2025, 3, 5))), UPTO_FRAMES)
    assert doc.frames[-1].department == "treasury"


def test_entry_bans_are_actions() -> None:
    found = frames(
        "Russia's Foreign Ministry said it had barred 90 Canadians from entering Russia."
    )
    assert found[0][:2] == ("RU", "imposed")
