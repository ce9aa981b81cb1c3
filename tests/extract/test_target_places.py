"""Places of the lists as a feature of the target judge, and names the judge drops
staying dropped (no list member, tagger mention or candidate brings one back)."""

from pathlib import Path

import pytest

from sanctionwatch.extract.learn import gazetteer, places, roles, stage, train
from sanctionwatch.extract.learn.corpus import Example
from sanctionwatch.model import Action, Article, Span, Target

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available")


def test_an_address_gives_its_city_and_province_and_a_place_of_birth_every_part() -> None:
    street = "Floor 3, 12 Harbour Road, Wan Chai, Kowloon Province"
    assert list(places.parts(street, places.ADDRESS_PARTS)) == [
        "wan chai",
        "kowloon province",
        "kowloon",  # also written without its kind word
    ]
    born = "Naw Deh village, Deh Rawud District, Uruzgan Province, Afghanistan"
    assert list(places.parts(born, None)) == [
        "naw deh village",
        "naw deh",
        "deh rawud district",
        "deh rawud",
        "uruzgan province",
        "uruzgan",
        "afghanistan",
    ]
    assert list(places.parts("Najf Al Ashraf (Najaf), Iraq", None)) == [
        "najf al ashraf",
        "najaf",
        "iraq",
    ]
    assert list(places.parts("PO Box 5510, 10115", 2)) == []  # numbers: no place


def test_the_shipped_places_hold_cities_and_provinces_but_no_firm() -> None:
    for place in ("Shenzhen", "Birmingham", "El Fasher", "Tatarstan", "Bosaso"):
        assert places.is_place(place), place
    for name in ("Nordic Ore Trading", "Shenzhen Huaxin Microchip Co., Ltd.", "Lars Berg", ""):
        assert not places.is_place(name), name


@needs_shared
def test_places_built_from_the_lists_leave_out_the_names_the_lists_hit() -> None:
    files = ("un/consolidated.xml",)
    built = places.build(SHARED / "lists", files)
    parties = set(gazetteer.build(SHARED / "lists", files))
    assert len(built) > 100 and "kabul" in built
    assert not parties & set(built)
    assert built == sorted(built)


def _doc(text: str):
    return train.rule_doc(Example(Article(id="p", text=text), {"actions": []}))


def test_the_target_judge_reads_a_place_named_as_a_target() -> None:
    doc = _doc(
        "Oslo on Monday sanctioned Nordic Ore Trading, a freight agent in Shenzhen, "
        "and Fjord Metals AS."
    )
    k = next(k for k, a in enumerate(doc.actions) if a.status == "imposed")
    read = roles.features(doc, k, Target("Shenzhen", "organization"), gazetteer.Gazetteer(()))
    assert "place" in read
    firm = roles.features(
        doc, k, Target("Nordic Ore Trading", "organization"), gazetteer.Gazetteer(())
    )
    assert "place" not in firm
    # a place the lists also hit as a party reads as on the list, not as a place
    held = gazetteer.Gazetteer(["shenzhen"])
    read = roles.features(doc, k, Target("Shenzhen", "organization"), held)
    assert "onlist" in read and "place" not in read


def test_a_list_member_the_judge_dropped_or_turns_down_is_not_added_back() -> None:
    text = "Oslo on Monday sanctioned Nordic Ore Trading, Fjord Metals AS and Bergen Bunkering."
    doc = _doc(text)

    def action_with(name: str) -> Action:
        start = text.index(name)
        target = Target(name, "organization", confidence=0.9)
        target.evidence.append(Span(start, start + len(name)))
        return Action(authority="NO", status="imposed", targets=[target])

    def added(refused=None, admit=None) -> set[str]:
        action = action_with("Nordic Ore Trading")
        stage.add_list_members(doc, action, refused, admit)
        return {t.name for t in action.targets[1:]}

    assert added() == {"Fjord Metals AS", "Bergen Bunkering"}
    assert added(refused=[stage.key("Fjord Metals AS")]) == {"Bergen Bunkering"}
    # only the very name dropped: a longer name holding its words may still join
    assert added(refused=[stage.key("Fjord Metals")]) == {"Fjord Metals AS", "Bergen Bunkering"}
    assert added(admit=lambda t: t.name != "Bergen Bunkering") == {"Fjord Metals AS"}


def test_a_target_named_only_by_a_place_goes_unless_a_list_holds_it() -> None:
    from sanctionwatch.extract.learn.models import Models

    def kept(names: gazetteer.Gazetteer) -> list[str]:
        doc = _doc("Oslo sanctioned Nordic Ore Trading.")
        doc.actions = [
            Action(
                authority="NO",
                status="imposed",
                targets=[
                    Target("Nordic Ore Trading", "organization"),
                    Target("Shenzhen", "organization"),
                ],
            )
        ]
        stage.drop_non_parties(doc, Models(names=names))
        return [t.name for t in doc.actions[0].targets]

    assert kept(gazetteer.Gazetteer(())) == ["Nordic Ore Trading"]
    assert kept(gazetteer.Gazetteer(["shenzhen"])) == ["Nordic Ore Trading", "Shenzhen"]


def test_a_sanctions_category_written_as_a_name_is_no_party() -> None:
    assert stage.no_party("Specially Designated Global Terrorists")
    assert stage.no_party("Global Magnitsky") and stage.no_party("Foreign Terrorist Organization")
    assert not stage.no_party("Global Magnitsky Holdings Ltd")
    assert not stage.no_party("Nordic Ore Trading") and not stage.no_party("Lars Berg")
