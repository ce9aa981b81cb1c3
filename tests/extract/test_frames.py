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
