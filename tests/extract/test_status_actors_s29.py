"""Session 29 leads on status and who acts (issue 11): a forecast quoted after its
trigger, a second speaker after ", and" in one sentence, and the other kinds listed in
each test. Short texts written for these tests, read by the rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

MONDAY = date(2025, 11, 10)


def actors(text: str) -> list[tuple[str, str, bool]]:
    return [(a.authority, a.status, a.background) for a in rules_actions(text, MONDAY)]


def test_a_quoted_forecast_after_the_trigger_is_a_threat() -> None:
    text = 'The Treasury said further designations "were likely in the coming weeks".'
    assert actors(text) == [("US", "threatened", False)]
    # the quote that reports a done act keeps it imposed
    text = 'The Treasury said it had "designated 12 firms" on Friday.'
    assert [s for _, s, _ in actors(text)] == ["imposed"]


def test_a_second_speaker_after_and_has_its_own_clause() -> None:
    text = (
        "Malaysia said it would tighten checks at its northern border, and the "
        "British Foreign Office said new sanctions were likely in the coming weeks."
    )
    assert actors(text) == [("GB", "threatened", False)]
    # a list of speakers with no reporting verb before ", and" stays one subject
    text = "Canada, Australia, and the European Union said they had sanctioned the generals."
    assert sorted(a for a, _, _ in actors(text)) == ["AU", "CA", "EU"]


def test_a_general_licence_extended_is_relief() -> None:
    text = "Britain on Tuesday extended its general licence for payments to Aeroflot to June."
    assert actors(text) == [("GB", "lifted", False)]
    text = "OFAC on Monday renewed the general license for energy payments by six months."
    assert actors(text) == [("US", "lifted", False)]


def test_sanctioned_after_a_preposition_is_an_adjective() -> None:
    # parties listed before, named by what was done with them: no act of the subject
    text = "Japan on Friday fined a trading house for shipments to sanctioned Iranian firms."
    assert actors(text) == []
    text = "Japan on Friday sanctioned three Iranian firms for their shipments."
    assert actors(text) == [("JP", "imposed", False)]


def test_a_table_row_that_tells_a_removal_names_no_imposed_target() -> None:
    text = (
        "Japan on Friday amended its sanctions list to give effect to UN decisions.\n\n"
        "| Name | Change | Date |\n|---|---|---|\n"
        "| Viktor Andreyevich Sokolov | added | 3 November 2025 |\n"
        "| Orlan Maritime Holdings | removed | 3 November 2025 |\n"
    )
    assert [[t.name for t in a.targets] for a in rules_actions(text, MONDAY)] == [
        ["Viktor Andreyevich Sokolov"]
    ]


def test_a_part_of_the_same_set_told_before_the_names_picks_none_by_order() -> None:
    # "three of the same people" before Washington's names: which three, the text
    # says later ("named by both"); the last three of the list are not they
    text = (
        "Washington and London on Friday jointly sanctioned a smuggling ring. "
        "The Treasury designated four people. Britain listed two of the same people. "
        "Arman Tokayev and Bolat Serikov were named by both. "
        "Treasury alone listed Daniyar Abenov and Ruslan Kaliyev."
    )
    got = {a.authority: sorted(t.name for t in a.targets) for a in rules_actions(text, MONDAY)}
    assert got["GB"] == ["Arman Tokayev", "Bolat Serikov"]


def test_the_same_afternoon_takes_the_day_named_just_before() -> None:
    # no news act told before: the day of the ruling the sentence before names
    text = (
        "The High Court on Thursday rejected a challenge by a shipowner to his listing. "
        "The ruling came as the Foreign Office added three people to the Russia "
        "regime the same afternoon."
    )
    (action,) = rules_actions(text, MONDAY)
    assert (action.authority, action.date) == ("GB", date(2025, 11, 6))


def joint_kept(text: str, kept: str) -> list[str]:
    """The authorities `learn.stage.co_subjects` keeps beside `kept` (all others dropped
    by the judge): the co-subjects of `kept`'s verb."""
    from sanctionwatch.extract.document import Doc
    from sanctionwatch.extract.learn.stage import co_subjects
    from sanctionwatch.extract.pipeline import run
    from sanctionwatch.model import Article

    stages = ["clean", "published", "sentences", "mentions", "names", "frames", "assemble"]
    doc = run(Doc(Article(id="t", text=text, published=MONDAY)), stages)
    codes = [a.authority for a in doc.actions]
    for action in doc.actions:  # the judge's verdicts: sure of `kept`, not of the rest
        action.confidence = 0.9 if action.authority == kept else 0.05
    found = co_subjects(doc, [codes.index(kept)])
    # a co-subject kept shares its partner's confidence (one act, one verdict)
    assert all(doc.actions[k].confidence == 0.9 for k in found)
    return sorted(codes[k] for k in found)


def test_the_co_subjects_of_one_verb_share_the_judges_verdict() -> None:
    # a judge that keeps one of a joint act's authorities keeps its partners
    text = "Canada, Norway, and the United Kingdom on Friday unveiled new sanctions on Wagner."
    assert joint_kept(text, "CA") == ["GB", "NO"]
    # a state in the clause that is not a subject of the verb is no partner
    text = (
        "FinCEN on Tuesday found the Hong Kong money house Silver Crane Exchange to be "
        "of primary money laundering concern, and proposed a special measure against it."
    )
    assert joint_kept(text, "US") == []
