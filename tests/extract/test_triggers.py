from sanctionwatch.extract.triggers import clauses, find_triggers, is_background, status_of


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, text[t.start : t.head_end]) for t in find_triggers(text, 0, len(text))]


def test_trigger_kinds() -> None:
    assert kinds("Peru lifted the sanctions on two mines.") == [("lift", "lifted")]
    assert kinds("Chile blacklisted a bank.") == [("impose", "blacklisted")]
    assert kinds("Ghana reserves the right to respond.") == [("threat", "reserves")]
    assert kinds("The bloc proposed new sanctions on oil traders.")[0] == ("propose", "proposed")


def test_text_without_keywords_is_skipped() -> None:
    assert find_triggers("The weather was fine in Lima.", 0, 29) == []


def test_modality_turns_imposition_into_threat_or_proposal() -> None:
    text = "Kenya may impose travel bans."
    (trig,) = find_triggers(text, 0, len(text))
    assert status_of(trig.kind, text, 0, trig) == "threatened"
    text = "Kenya agreed to impose travel bans."
    (trig,) = [t for t in find_triggers(text, 0, len(text)) if t.kind == "impose"] or [
        find_triggers(text, 0, len(text))[0]
    ]
    assert status_of(trig.kind, text, 0, trig) == "proposed"


def test_background_marker_belongs_to_nearest_trigger() -> None:
    text = "Oslo removed the firm, lifting restrictions imposed in 2019."
    found = find_triggers(text, 0, len(text))
    lift = found[0]
    assert not is_background(text, 0, len(text), lift, found[1:])


def test_clauses_split_at_while_and_semicolons() -> None:
    text = "Oslo listed a bank, while Rome listed a ship; Bern waited."
    assert [text[s:e].strip() for s, e in clauses(text)] == [
        "Oslo listed a bank",
        "Rome listed a ship",
        "Bern waited.",
    ]


def test_a_date_in_a_relative_aside_does_not_make_background() -> None:
    text = "The UK, which left the EU in 2020, imposed sanctions on a bank."
    found = find_triggers(text, 0, len(text))
    (imposed,) = [t for t in found if text[t.start : t.head_end] == "imposed"]
    assert not is_background(text, 0, len(text), imposed, [t for t in found if t is not imposed])
    text = "The UK imposed sanctions in 2020 on a bank."
    (imposed,) = find_triggers(text, 0, len(text))[:1]
    assert is_background(text, 0, len(text), imposed, [])
