"""Kinds of spurious or mis-cut targets found on unseen written articles (session 9),
each fixed for the kind, not for the article: a sentence of our own per kind."""

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import tagger, train
from sanctionwatch.extract.learn.corpus import Example
from sanctionwatch.extract.learn.stage import describes_only
from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.sentences import split_sentences
from sanctionwatch.model import Article
from tests.extract.test_names import found


def parties(text: str) -> list[str]:
    """The names `find_names` reads as parties in `text`, in order (no descriptors)."""
    return [name for name, _ in found(text)]


def rule_doc(text: str, article_id: str) -> Doc:
    """The rules' reading of `text` as article `article_id`, with no gold actions."""
    return train.rule_doc(Example(Article(id=article_id, text=text), {"actions": []}))


def test_a_nickname_or_earlier_name_after_its_cue_is_an_alias_not_a_party() -> None:
    names = find_names(
        'It listed gang boss Wilmer Castro Quinonez, alias "Pipo", the financier Byron'
        ' Mera Zambrano, known as "El Flaco", and Renel Destina, called "Ti Lapli".'
    )
    assert [(n.text, n.aliases) for n in names if not n.descriptor] == [
        ("Wilmer Castro Quinonez", ["Pipo"]),
        ("Byron Mera Zambrano", ["El Flaco"]),
        ("Renel Destina", ["Ti Lapli"]),
    ]
    (ship,) = find_names("It listed the tanker KIRA SUN (IMO 9433183), formerly PACIFIC DAWN.")
    assert (ship.text, ship.imo, ship.aliases) == ("KIRA SUN", "9433183", ["PACIFIC DAWN"])


def test_a_party_named_before_a_role_noun_and_a_name_only_says_whom_they_serve() -> None:
    text = (
        "Listed were Los Lobos boss Dario Vera, the Thilawa storage operator Shwe Pyi Energy,"
        " Ghezel Hesar prison director Ali Rahimi and Hudson Ridge chief executive Mark Dunn."
    )
    assert parties(text) == ["Dario Vera", "Shwe Pyi Energy", "Ali Rahimi", "Mark Dunn"]
    # a list of a firm and its leader is two parties
    assert parties("It hit the Wagner Group and its leader Dmitri Utkin.") == [
        "Wagner Group",
        "Dmitri Utkin",
    ]


def test_a_court_or_a_gang_by_its_plural_name_is_cut_from_a_persons_name() -> None:
    text = (
        "It listed judge Reza Amouzadi of the Revolutionary Court and Gustavo Pincay Reyes"
        " of the Tiguerones."
    )
    assert parties(text) == ["Reza Amouzadi", "Gustavo Pincay Reyes"]
    assert parties("It listed the Development Bank of the Philippines.") == [
        "Development Bank of the Philippines"
    ]


def test_a_firms_own_compass_word_ordinal_and_bracketed_place_stay_in_its_name() -> None:
    text = (
        "It hit Russia-based Northern Hosting LLC, Western Avionics Group, the 810th"
        " Separate Guards Naval Infantry Brigade and Jincheng Energy (HK) Limited in May."
    )
    assert parties(text) == [
        "Northern Hosting LLC",
        "Western Avionics Group",
        "810th Separate Guards Naval Infantry Brigade",
        "Jincheng Energy (HK) Limited",
    ]


def test_dotted_initials_before_a_lower_case_word_end_no_sentence() -> None:
    text = "It hit Transportes del Bajio S.A. de C.V. and Gasolinera Altos. Then it stopped."
    assert [s.text for s in split_sentences(text, [])] == [
        "It hit Transportes del Bajio S.A. de C.V. and Gasolinera Altos.",
        "Then it stopped.",
    ]


def test_the_first_half_of_a_statutes_title_is_no_party() -> None:
    text = "All payments need a licence under the Foreign Exchange and Foreign Trade Act."
    assert parties(text) == []


def test_a_flag_state_is_a_place() -> None:
    assert parties("ANDROMEDA (IMO 9817042) – Benin") == ["ANDROMEDA"]
    assert parties("ORION STAR (IMO 9817043) – Cook Islands") == ["ORION STAR"]


def test_a_name_does_not_run_on_through_the_after_a_legal_form() -> None:
    text = "It added Emirates Tech Supply FZE the Bureau of Industry and Security said."
    assert parties(text) == ["Emirates Tech Supply FZE"]
    assert parties("It hit the Bank of the Republic.") == ["Bank of the Republic"]


def test_a_sites_menu_names_no_party() -> None:
    doc = rule_doc("News | Analysis | Vessel lists | Webinars | About\n\nText.", "m")
    assert doc.names[0] == []


def test_a_tagged_mention_of_a_describing_name_only_is_no_target() -> None:
    text = "Canada listed Ghezel Hesar prison director Ali Rahimi and Mark Dunn on Monday."
    doc = rule_doc(text, "d")

    def mention(words: str) -> tagger.Mention:
        start = text.index(words)
        return tagger.Mention(0, start, start + len(words), words, "person", 0.9)

    assert describes_only(doc, mention("Ghezel Hesar prison"))
    assert not describes_only(doc, mention("Ali Rahimi"))
    assert not describes_only(doc, mention("listed"))  # no name there


def test_a_members_or_officers_title_is_cut_from_the_name() -> None:
    text = (
        "Moscow banned Conservative MP Alice Kern, MEP Hanna Noor, Commissioner of Police"
        " Joe Chan Yat-man and Archpriest Andrei Tkach."
    )
    assert parties(text) == ["Alice Kern", "Hanna Noor", "Joe Chan Yat-man", "Andrei Tkach"]


def test_a_firms_legal_form_ends_its_name_before_of_and_its_seat() -> None:
    text = "It hit Marlin Bay Shipping Ltd of the Marshall Islands and Vyom Marine Pvt Ltd of Pune."
    assert parties(text) == ["Marlin Bay Shipping Ltd", "Vyom Marine Pvt Ltd"]
    assert parties("It hit the Bank of China Limited.") == ["Bank of China Limited"]


def test_an_aircraft_type_a_licence_and_a_faq_are_no_parties() -> None:
    text = "It named the Airbus A340-300 and a Boeing 747-200F under GL 131 and FAQ 1210."
    assert parties(text) == []
    assert parties("It hit Boeing Defense.") == ["Boeing Defense"]


def test_a_number_or_function_word_opening_a_sentence_is_no_party() -> None:
    assert parties("Two further persons had died. Whoever sanctions us will pay.") == []


def test_a_tagged_mention_after_a_role_word_does_not_join() -> None:
    from sanctionwatch.extract.learn.stage import in_role

    text = (
        "Seoul added to the list Pak Chol, vice chair of the Central Military Commission,"
        " and Kim Su-gil."
    )
    doc = rule_doc(text, "r")
    assert in_role(doc, 0, text.index("Central Military"))
    assert not in_role(doc, 0, text.index("Kim Su-gil"))
    assert not in_role(doc, 0, text.index("Pak Chol"))  # the words opening the sentence
    text = "London listed Andrei Yarin of the presidential office, as well as Sergei Menko."
    doc = rule_doc(text, "l")
    assert not in_role(doc, 0, text.index("Sergei Menko"))  # the list goes on


def test_a_numbered_licence_law_or_imo_reference_is_no_party() -> None:
    text = "Under GL 8M, GL 124B, Law No. 6415 and IMO 8916307 it listed Arctic LNG 2 and No. 1."
    assert parties(text) == ["Arctic LNG 2"]


def test_a_place_in_the_possessive_before_a_firm_is_its_seat() -> None:
    text = "It hit Hong Kong's Golden Meridian Shipping Co., Limited and Iran Air."
    assert parties(text) == ["Golden Meridian Shipping Co., Limited", "Iran Air"]


def test_a_byline_names_no_party() -> None:
    from sanctionwatch.extract.names import menu

    assert menu("Reporter Park Ji-hoon | Published 2025.07.04 09:30 | Updated 2025.07.04")
    assert menu("By Anna Berg, Published 4 July 2025")
    assert not menu("By Monday the EU had listed Anna Berg.")


def test_a_legal_form_in_lower_case_stays_in_the_firms_name() -> None:
    text = "It listed Baltic Trade sp. z o.o., Adriatic Metal d.o.o. and Vltava Parts s.r.o. too."
    assert parties(text) == [
        "Baltic Trade sp. z o.o.",
        "Adriatic Metal d.o.o.",
        "Vltava Parts s.r.o.",
    ]


def test_a_bullets_opening_verb_is_no_party() -> None:
    text = (
        "The order:\n- Authorizes the Secretary to block assets.\n"
        "- Extends the national emergency for one year.\n- Designates Orion Tech LLC."
    )
    assert parties(text) == ["Orion Tech LLC"]


def test_a_judges_title_justice_is_cut_from_the_name() -> None:
    assert parties("It named Justice Ahmed Hassan of Khartoum and Rami Odeh.") == [
        "Ahmed Hassan",
        "Rami Odeh",
    ]
    assert parties("It listed Homeland Justice, a hacking group.") == ["Homeland Justice"]
    text = "It hit the Justice and Equality Movement and the Freedom and Justice Party."
    assert [(n.text, n.kind) for n in find_names(text)] == [
        ("Justice and Equality Movement", "organization"),
        ("Freedom and Justice Party", "organization"),
    ]


def test_a_firms_and_in_its_own_language_joins_its_name() -> None:
    text = "It hit Ege Kimya Sanayi ve Ticaret A.S. and Comercial Andina y Servicios S.A. too."
    assert parties(text) == [
        "Ege Kimya Sanayi ve Ticaret A.S.",
        "Comercial Andina y Servicios S.A.",
    ]


def test_a_dotted_legal_form_ends_the_name_before_the_next_sentence() -> None:
    text = "Listed: Petrotrans S.R.L. Another firm, Danube Oil S.R.L., was added."
    assert parties(text) == ["Petrotrans S.R.L.", "Danube Oil S.R.L."]
    assert parties("It hit Ocean Glory Pte. Ltd. in May.") == ["Ocean Glory Pte. Ltd."]


def test_a_title_of_several_words_alone_is_no_party() -> None:
    text = "The President and Prime Minister met; the Vice President and Ali Reza spoke."
    assert parties(text) == ["Ali Reza"]


def test_a_justices_court_and_a_dotted_forms_seat_are_cut_from_the_name() -> None:
    text = (
        "It hit Supreme Court Justice Alexandre de Moraes and Anatolia Makina Dis Ticaret"
        " A.S. of Istanbul."
    )
    assert parties(text) == ["Alexandre de Moraes", "Anatolia Makina Dis Ticaret A.S."]
