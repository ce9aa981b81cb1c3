"""Who acts where a text names a government without naming its state: the story's
home country (its dateline and cues, data/story.json) decides. Short texts written
for these tests (issue 11: "the Treasury" in a British story, "the Korean
government" in a Seoul story, a ministry answering US sanctions)."""

from sanctionwatch.extract import extract
from sanctionwatch.extract.actors import StoryHome
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.pipeline import run
from sanctionwatch.model import Article
from tests.extract.helpers import PUBLISHED, authorities


def home(text: str, index: int = 0) -> str | None:
    doc = run(
        Doc(Article(id="t", text=text, published=PUBLISHED)), ["clean", "sentences", "mentions"]
    )
    return StoryHome([s.text for s in doc.sentences], doc.mentions, doc.text).home(index)


def test_treasury_in_a_london_story_is_britains() -> None:
    text = (
        "LONDON, March 3 (Reuters) - The Treasury on Monday imposed asset freezes on Ivan "
        "Petrov and Oleg Sidorov, Foreign Secretary David Lammy said. The Office of Financial "
        "Sanctions Implementation said assets worth 25 million pounds were frozen."
    )
    found = authorities(text)
    assert found.get("GB") == {"Ivan Petrov", "Oleg Sidorov"}
    assert "US" not in found


def test_treasury_with_british_cues_and_no_dateline_is_britains() -> None:
    text = (
        "The Foreign Office said Britain would keep up the pressure on Moscow. The Treasury "
        "also froze the assets of Petr Ivanov, a businessman worth 40 million pounds, OFSI said."
    )
    assert set(authorities(text)) == {"GB"}


def test_treasury_stays_american_in_a_washington_section() -> None:
    # a round-up: the US section's own dateline outweighs the British cues before it
    text = (
        "LONDON - The Foreign Office on Monday sanctioned Ivan Petrov, a banker worth "
        "10 million pounds.\n\nWASHINGTON - The Treasury on Monday sanctioned Oleg Sidorov."
    )
    found = authorities(text)
    assert found.get("US") == {"Oleg Sidorov"}
    assert found.get("GB") == {"Ivan Petrov"}


def test_treasury_without_cues_is_american() -> None:
    text = "The Treasury on Tuesday sanctioned Ivan Petrov and the Volga Shipping Company."
    assert set(authorities(text)) == {"US"}


def test_korean_government_in_a_seoul_story_is_south_korea() -> None:
    text = (
        "SEOUL, March 3 (Yonhap) - North Korea launched a ballistic missile on Sunday. The "
        "Korean government on Tuesday imposed sanctions on Kim Chol Su and the Korea "
        "Ryonbong General Corporation."
    )
    found = authorities(text)
    assert found.get("KR") == {"Kim Chol Su", "Korea Ryonbong General Corporation"}
    assert "KP" not in found


def test_korean_government_in_a_pyongyang_story_is_north_korea() -> None:
    text = (
        "PYONGYANG, March 3 (KCNA) - The Korean government on Tuesday imposed sanctions on "
        "the Seoul Trading Company in response to the joint military drills."
    )
    assert set(authorities(text)) == {"KP"}


def test_korean_before_no_government_noun_is_no_actor() -> None:
    text = "The United States on Tuesday sanctioned two Korean firms, Daewon Trading and Hana Tech."
    assert set(authorities(text)) == {"US"}


def test_ministry_answering_us_sanctions_is_the_home_state() -> None:
    text = (
        "BEIJING, March 4 (Reuters) - The United States on Monday sanctioned five Chinese firms "
        "over drone exports to Russia. In response, the Commerce Ministry on Tuesday imposed "
        "sanctions on Skydio Inc and Shield AI."
    )
    found = authorities(text)
    assert found.get("CN") == {"Skydio Inc", "Shield AI"}
    assert not found.get("US")


def test_ministry_of_a_state_with_ministries_keeps_the_context() -> None:
    # Japan has ministries: its Foreign Ministry speaks for it, whatever the dateline
    text = (
        "LONDON, March 4 (Reuters) - Japan on Tuesday imposed sanctions on Ivan Petrov. "
        "The Foreign Ministry also froze the assets of the Volga Shipping Company."
    )
    found = authorities(text)
    assert set(found) == {"JP"}
    assert found["JP"] == {"Ivan Petrov", "Volga Shipping Company"}


def test_home_needs_more_than_one_cue_or_a_dateline() -> None:
    assert home("The Treasury sanctioned Ivan Petrov, OFSI said.") is None
    assert home("The Foreign Secretary said OFSI froze the assets.") == "GB"
    assert home("MOSCOW, March 4 (Reuters) - The foreign ministry said ...") == "RU"


def test_a_lone_dash_after_a_dateline_keeps_the_subject() -> None:
    text = "MOSCOW - The US Treasury on Monday sanctioned Ivan Petrov."
    assert authorities(text) == {"US": {"Ivan Petrov"}}


def test_treasury_named_as_the_us_one_stays_american_in_a_london_story() -> None:
    # a London wire on a US act: the Treasury named last is the American one
    text = (
        "LONDON (Reuters) - The U.S. Treasury on Tuesday imposed sanctions on three Iranian "
        "oil traders. A Foreign Office spokesman said Britain was studying the move.\n\n"
        "The Treasury also blacklisted two vessels, the Sea Star and the Ocean Pearl."
    )
    found = authorities(text)
    assert "GB" not in found
    assert {"Sea Star", "Ocean Pearl"} <= found["US"]
    text = (
        "LONDON (Reuters) - The Treasury on Tuesday blacklisted Sovcomflot, the Russian state "
        "shipping company, the Treasury Department said. Britain's Foreign Office said it "
        "would study the measures."
    )
    assert set(authorities(text)) == {"US"}


def test_unnamed_ministry_in_a_london_story_is_not_britains() -> None:
    # Britain acts through the Foreign Office and the Treasury: "the Foreign Ministry"
    # answering US sanctions in a London story is not British
    text = (
        "LONDON (Reuters) - The United States on Tuesday sanctioned two Chinese refiners "
        "over Iranian oil purchases. Britain's Foreign Office said it was studying the "
        "measures. The Foreign Ministry said it would take resolute countermeasures."
    )
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    assert "GB" not in {a.authority for a in report.actions}
    assert {a.authority for a in report.actions if a.status == "imposed"} == {"US"}


def test_korean_government_sanctioning_north_koreans_is_the_south() -> None:
    # a Seoul story quoting the North's media (its cues outweigh the dateline): the
    # Korean government that sanctions North Korean bankers is still the South's
    text = (
        "SEOUL (Reuters) - North Korea's Korean Central News Agency (KCNA) and the Rodong "
        "Sinmun newspaper on Saturday called new U.S. sanctions a hostile act. The Korean "
        "government on Friday imposed its own sanctions on seven North Korean bankers."
    )
    assert home(text, 1) == "KP"
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    imposed = {a.authority for a in report.actions if a.status == "imposed"}
    assert "KR" in imposed
    assert "KP" not in imposed
