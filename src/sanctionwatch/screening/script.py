"""Arabic-script words as the lists romanise them, from a table learned from the lists.

`data/script_words.txt` (written by `bench/screening/learn_script.py`) holds, for each
Arabic or Persian word that a listed entity writes beside its Latin name, the Latin
spelling the lists give it most often: 'حسين' -> 'hossein'. An abjad drops the short
vowels a romanisation needs, so a known word read from the table compares better than a
letter-by-letter transliteration ('hsyn'). Cyrillic is left to the transliteration,
which already spells it as the lists do, but for Belarusian, also read in Russian
spelling (`russian_of_belarusian`), and Latin look-alikes typed inside Cyrillic words
(`cyrillic_words`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from hangul_romanize import Transliter
from hangul_romanize.rule import academic

# Arabic short vowels, shadda, sukun, dagger alif, tatweel: marks most writers omit.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Letters written several ways for one sound: alif with hamza or madda, Persian yeh and
# keheh, alif maqsura, ta marbuta, the Urdu heh some Persian writers use ('المھاجرین'),
# and Urdu's own heh goal, ta marbuta goal and yeh barree ('چوہدری' Chaudhry).
_FOLD = str.maketrans("آأإٱیکىةھہۃے", "اااايكيههههي")
_EDGE = "\"'“”«»()[],.;:!?-"
_WORD = re.compile(r"[^\s/,;()]+")


def script_key(word: str) -> str:
    """The table's key of a word of another script: '' for a word with Latin letters or
    digits, which the table does not hold."""
    word = word.strip(_EDGE)
    if not word or not all("\u0600" <= c <= "\u06ff" for c in word):
        return ""
    return _MARKS.sub("", word).translate(_FOLD)


def data_lines(name: str) -> list[str]:
    """The entries of a data file: its lines stripped, less empty ones and # comments."""
    text = resources.files("sanctionwatch.screening").joinpath("data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _load() -> dict[str, str]:
    table = {}
    for line in data_lines("script_words.txt"):
        word, spelt, _ = line.split("\t")
        table[word] = spelt
    # Common name words the learned table has not met, written by hand; it wins.
    for line in data_lines("arabic_names.txt"):
        word, spelt = line.split(" ")
        table.setdefault(script_key(word), spelt)
    return table


WORDS = _load()


# 'الله' or 'الدين' after a word makes one name of the two ('رحمت الله' Rahmatullah,
# 'شهاب الدين' Shahabuddin), which the comparison joins from the letter-by-letter reading
# ('rhmt llh'): the word before it keeps that reading, not the table's spelling of the
# word alone ('rahmat llh').
_BEFORE_ALLAH = re.compile(r"\s+(?:ال?له|الد[يی]ن)(?![\u0600-\u06ff])")
_BEFORE_DIN = re.compile(r"\s+الد[يی]ن(?![\u0600-\u06ff])")


def _two_words(key: str) -> str | None:
    """Two words of the table written as one, as Persian writes compound given names
    ('عباسعلی' Abbas-Ali, 'محمدجواد' Mohammad Javad): their spellings, else None."""
    for cut in range(3, len(key) - 2):
        if key[cut:].startswith("ال"):
            continue  # 'نورالدين' Nuruddin, one name as 'X الدين' is (`_BEFORE_ALLAH`)
        first, second = WORDS.get(key[:cut]), WORDS.get(key[cut:])
        if first is not None and second is not None:
            return f"{first} {second}"
    return None


def _reading(match: re.Match[str]) -> str:
    key = script_key(match[0])
    spelt = WORDS.get(key)
    if spelt is None and len(key) >= 6:
        spelt = _two_words(key)
    if spelt is None or _BEFORE_ALLAH.match(match.string, match.end()):
        return match[0]
    return f" {spelt} "


def romanise_known(text: str) -> str:
    """`text` with the words the table knows in their listed Latin spelling."""
    if text.isascii():
        return text
    return _WORD.sub(_reading, text)


def _load_org_words() -> dict[str, str]:
    table = {}
    for line in data_lines("arabic_words.txt"):
        word, _, english = line.partition(" ")
        table[script_key(word)] = english
    return table


ORG_WORDS = _load_org_words()


def _org_word(word: str) -> str | None:
    """The English of an organisation's word, with or without its article ('الاسلامي',
    'للصرافة') or a glued 'and' ('والجهاد')."""
    key = script_key(word)
    if not key:
        return None
    found = ORG_WORDS.get(key)
    if found is None and key[:2] in ("ال", "لل") and len(key) > 3:
        found = ORG_WORDS.get(key[2:])
    if found is None and key[:1] == "و" and len(key) > 3:
        rest = key[1:]
        found = ORG_WORDS.get(rest[2:] if rest[:2] == "ال" else rest)
        found = None if found is None else f"and {found}"
    return found


def _org_reading(match: re.Match[str]) -> str:
    found = _org_word(match[0])
    if found is None or _BEFORE_DIN.match(match.string, match.end()):
        # ... but one name with 'الدين' after it, which the lists write as it sounds
        # ('انصار الدين' Ansar Eddine, not 'supporters'; 'انصار الله' is also listed
        # 'Supporters of God')
        return match[0]
    return f" {found} "


def org_words(text: str) -> str:
    """An organisation's Arabic and Persian words in English as the lists translate
    them ('شبكة محمد جمال' -> 'network محمد جمال')."""
    if text.isascii():
        return text
    return _WORD.sub(_org_reading, text)


_READ_TWO_WAYS = frozenset("ضذظث")  # Arabic 'd', 'dh', 'z', 'th'; Persian 'z', 'z', 'z', 's'
# Letters only Persian writes (and its own yeh and keheh).
PERSIAN_LETTERS = frozenset("پچژگکی")


def other_reading(text: str) -> bool:
    """Whether an Arabic-script name has a second reading (`text.to_ascii` with `table`
    off): a word the table reads, which the lists may spell otherwise than the table
    learned ('ايمن' is 'imen' there, 'Ayman' elsewhere); a letter Persian reads
    otherwise ('فيض' Faiz, Persian 'ق' Sadegh); an organisation's word the lists may
    translate; Han, read in words as well as syllables; Cyrillic, transliterated without
    the English of an organisation's words ('Завод' Zavod as well as plant)."""
    if text.isascii():
        return False
    if has_han(text) or _CYRILLIC_LETTER.search(text):
        return True  # syllables joined into words (`han_words`); Russian words as written
    words = _WORD.findall(text)
    return (
        any(script_key(w) in WORDS or _org_word(w) is not None for w in words)
        or not _READ_TWO_WAYS.isdisjoint(text)
        or ("ق" in text and not PERSIAN_LETTERS.isdisjoint(text))
    )


def _load_simplified() -> dict[int, str]:
    return {ord(line[0]): line[1] for line in data_lines("han_simplified.txt")}


_SIMPLIFIED = _load_simplified()
# A Han character (CJK ideographs and their extension A), as `text` reads them too.
HAN = "[\u4e00-\u9fff\u3400-\u4dbf]"
_HAN = re.compile(HAN)


def simplified(text: str) -> str:
    """Han characters in their simplified forms ('長安' -> '长安'): pypinyin's phrase table,
    which knows how a character is read in a word, holds simplified words."""
    return text.translate(_SIMPLIFIED)


# Simplified Han -> the place's pinyin as one word ('深圳' shenzhen).
PLACES_PINYIN = dict(line.split(" ", 1) for line in data_lines("chinese_places.txt"))
PLACES = frozenset(PLACES_PINYIN)
# Places written as one word, longest first; a place ends the name run before it.
_PLACE = re.compile("|".join(sorted(PLACES, key=len, reverse=True)))
# 'City', 'province' after a place, which Latin forms leave out ('深圳市' Shenzhen).
_PLACE_SUFFIX = re.compile(f"({_PLACE.pattern})[市省]")


# Two characters and '市' opening a run of Han: a city the place table does not know
# ('金华市' Jinhua), as a company's name opens with its seat; not '市场' 'market', '市政'
# 'municipal'.
_CITY = re.compile(f"(?<!{HAN})({HAN}{{2}})市(?![场政])")


def without_place_suffix(text: str) -> str:
    """(Simplified) Han text without the 'city' or 'province' after a known place, and
    an unknown city's 'city' at the start of a name, which then stands apart as a word
    ('金华市海润' -> '金华 海润')."""
    return _CITY.sub(r"\1 ", _PLACE_SUFFIX.sub(r"\1", text))


# Surnames of two characters (simplified), written as one word ('Ouyang', 'Sima'): the
# rest of a three- or four-character name is the given name.
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "长孙",
        "宇文",
        "司徒",
        "端木",
        "轩辕",
        "东方",
        "独孤",
        "南宫",
        "西门",
        "百里",
        "呼延",
        "闻人",
        "万俟",
        "澹台",
        "公冶",
        "太史",
        "申屠",
        "钟离",
        "闾丘",
        "赫连",
        "濮阳",
        "单于",
    )
)


@lru_cache(maxsize=20_000)
def han_words(run: str, org: bool) -> str:
    """A run of (simplified) Han characters in pinyin, written as the Latin forms of
    Chinese names write them, syllables joined into words: an organisation's known
    places and the words pypinyin's phrase table knows each one word, the characters
    between them one word ('青岛合汇鑫' -> 'qingdao hehuixin', '恒烨' -> 'hengye'); a
    person's surname apart from the given name ('张伟明' -> 'zhang weiming')."""
    from pypinyin import lazy_pinyin  # its dictionaries take seconds to load: only for Han
    from pypinyin.seg.mmseg import seg

    if not org:
        read = lazy_pinyin(run, errors="ignore")
        if 3 <= len(read) <= 4 and run[:2] in COMPOUND_SURNAMES:
            return f"{''.join(read[:2])} {''.join(read[2:])}"  # '欧阳明华' Ouyang Minghua
        if 2 <= len(read) <= 4:  # one-character surnames: by far the most
            return f"{read[0]} {''.join(read[1:])}"
        return "".join(read)
    words: list[str] = []
    loose = ""  # single characters in a row: one name
    for piece in re.split(f"({_PLACE.pattern})", run):
        if not piece:
            continue
        segments = [piece] if piece in PLACES else list(seg.cut(piece))
        for segment in segments:
            if len(segment) == 1:
                loose += segment
                continue
            if loose:
                words.append("".join(lazy_pinyin(loose, errors="ignore")))
                loose = ""
            words.append("".join(lazy_pinyin(segment, errors="ignore")))
    if loose:
        words.append("".join(lazy_pinyin(loose, errors="ignore")))
    return " ".join(words)


def has_han(text: str) -> bool:
    return not text.isascii() and _HAN.search(text) is not None  # most names: no search


# A word that starts with an 'ayn, a hamza or an alif and has one consonant besides
# ('علاء' Alaa, 'أوس' Aws) reads as that consonant alone letter by letter ('l'), which the
# comparison takes for an initial: it is read with the vowels the Latin forms write.
_ONE_CONSONANT = re.compile(
    "(?<![\u0600-\u06ff])[عءأإآا]([بتثجحخدذرزسشصضطظغفقكلمنهکگپچژ])[اءئى]*(?![\u0600-\u06ff])"
)


def _one_consonant(match: re.Match[str]) -> str:
    end = "a" if match[0][-1] in "اءئى" else ""
    return f"a{match[1]}{end}"


def glottal_words(text: str) -> str:
    """`text` with its Arabic-script words of one consonant after an initial 'ayn or
    alif read with their vowels ('علاء' -> 'aلa')."""
    return _ONE_CONSONANT.sub(_one_consonant, text)


# A ta marbuta closing a word without the article, before another word of an
# organisation's name: the first noun of a construct, said and romanised 't' ('هيئة
# تحرير الشام' Hayat Tahrir al-Sham, 'جزيرة العرب' Jazirat al-Arab). A noun with the
# article is no construct's first ('الشريعة بليبيا' al-Sharia in Libya), and at the end
# of a name, or in a person's name ('أسامة بن' Usama bin), the letter is silent, the 'h'
# the transliteration writes.
_CONSTRUCT = re.compile("(?<![\u0600-\u06ff])(?!ال)([\u0600-\u06ff]+)\u0629(?=\\s+[\u0600-\u06ff])")


def construct_state(text: str) -> str:
    """An organisation's name with its ta marbutas read 't' where a construct has them."""
    return _CONSTRUCT.sub("\\1\u062a", text)


_HEBREW = re.compile("[\u05d0-\u05ea]")
# 'ב', 'כ', 'פ' are 'b', 'k', 'p' first in a word ('בן' Ben, 'פזי' Pazi) and mostly 'v',
# 'kh', 'f' after a vowel ('שרביט' Sharvit), as anyascii reads them everywhere.
_HEBREW_HARD = re.compile("(?<![\u05d0-\u05ea])[\u05d1\u05db\u05e4]")
_HARD = {"\u05d1": "b", "\u05db": "k", "\u05e4": "p"}
# 'ש' is 'sh' in most names ('משה' Moshe, 'שלום' Shalom; anyascii 's'), and 'ו' the
# long vowel or 'v' that an abjad's 'w' is (anyascii 'v', which the scorer takes for a
# consonant: 'לוי' Levi).
_HEBREW_LETTERS = str.maketrans({"\u05e9": "sh", "\u05d5": "w"})


def _hard(match: re.Match[str]) -> str:
    return _HARD[match[0]]


def hebrew_letters(text: str) -> str:
    """Hebrew letters that anyascii reads otherwise than the Latin forms of names write
    them, in Latin letters; an abjad like Arabic, compared as one (`abjad_readings`)."""
    if _HEBREW.search(text) is None:
        return text
    return _HEBREW_HARD.sub(_hard, text).translate(_HEBREW_LETTERS)


_HAN_RUNS = re.compile(HAN + "+")
_UMLAUT = str.maketrans("v", "u", "'’")  # pypinyin writes Wade-Giles 'ü' 'v'


def _wade_giles_run(match: re.Match[str]) -> str:
    from pypinyin import Style, lazy_pinyin  # its dictionaries take seconds to load

    read = lazy_pinyin(match[0], style=Style.WADEGILES, errors="ignore")
    return " " + " ".join(s.translate(_UMLAUT) for s in read) + " "


@lru_cache(maxsize=20_000)
def wade_giles(name: str) -> str | None:
    """A person's name in Han read in Wade-Giles, as Taiwan and older Latin forms write
    Chinese names ('陳美香' -> 'chen mei hsiang', 'CHEN, Mei Hsiang', where pinyin reads
    'chen mei xiang'), without the aspiration marks and umlauts the lists leave out;
    None for a name without Han."""
    if not has_han(name):
        return None
    return _HAN_RUNS.sub(_wade_giles_run, simplified(name)).strip()


_FOREIGN = dict(line.split(" ") for line in data_lines("han_foreign.txt"))
_NAME_DOT = re.compile("[·•・‧]")


def _transcription_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"initial": {}, "final": {}, "whole": {}}
    for line in data_lines("han_transcription.txt"):
        part, pinyin, latin = line.split(" ")
        tables[part][pinyin] = latin
    return tables["initial"], tables["final"], tables["whole"]


_INITIALS, _FINALS, _WHOLE = _transcription_table()
_PINYIN_INITIAL = re.compile("^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$")
# '普' and '布' before a syllable of 'l' or 'r': the consonant of a cluster ('普里戈任'
# Prigozhin, '阿布拉莫维奇' Abramovich), which Chinese cannot write alone; other 'u'
# syllables there keep their vowel ('尼古拉' Nikolai, '马杜罗' Maduro).
_CLUSTER = re.compile("([pb])u(?=[lr][aeiou])")
# Foreign name words Chinese writes in a fixed form ('亚历山大' Aleksandr), read whole.
_FOREIGN_WORDS = dict(line.split(" ") for line in data_lines("han_foreign_words.txt"))


def _transcribed(syllable: str) -> str:
    """A pinyin syllable as foreign names written with it sound ('xie' -> 'se')."""
    whole = _WHOLE.get(syllable)
    if whole is not None:
        return whole
    initial, final = _PINYIN_INITIAL.match(syllable).groups()  # type: ignore[union-attr]
    initial = initial or ""
    return _INITIALS.get(initial, initial) + _FINALS.get(final, final)


# Characters of Chinese transcription that Chinese given names seldom use ('斯', '夫').
_TRANSCRIPTION_MARKS = frozenset("".join(data_lines("han_transcription_marks.txt")).split())
# A fixed given name opening a foreign name written as one run ('谢尔盖拉夫罗夫'), longest
# first: the rest is the surname.
_GIVEN_FIRST = re.compile(
    "^(" + "|".join(sorted((w for w in _FOREIGN_WORDS if len(w) >= 2), key=len, reverse=True)) + ")"
)


def _transcribed_name(chars: str) -> bool:
    """Whether Han characters without a middle dot look like a foreign name's transcription
    rather than a Chinese name: three of `_TRANSCRIPTION_MARKS`, or four or more, three
    in four of them at least ('拉夫罗夫' Lavrov; not '王丽娜')."""
    marks = sum(c in _TRANSCRIPTION_MARKS for c in chars)
    return (len(chars) == 3 and marks == 3) or (len(chars) >= 4 and marks * 4 >= len(chars) * 3)


def _foreign_words(name: str) -> list[str] | None:
    """The words of a foreign name in (simplified) Han: parted by its middle dots; without
    one, by its spaces, a run opening with a fixed given name of three characters or more
    cut after it, where a word is such a name ('谢尔盖 纳雷什金', '谢尔盖拉夫罗夫') or the
    characters look transcribed ('弗拉基米尔 普京'); else None."""
    if _NAME_DOT.search(name):
        return _NAME_DOT.split(name)
    words, fixed = [], False
    for word in name.split():
        given = _GIVEN_FIRST.match(word)
        if given is not None and len(word) - given.end() >= 2 and len(given[0]) >= 3:
            words += [given[0], word[given.end() :]]
            fixed = True
        else:
            words.append(word)
    # ... or a fixed name of two characters or more is a word of its own ('尼古拉斯 马杜罗')
    fixed = fixed or (len(words) > 1 and any(len(w) >= 2 and w in _FOREIGN_WORDS for w in words))
    if not fixed and not _transcribed_name("".join(_HAN_RUNS.findall(name))):
        return None
    return words


# Characters transcription writes for two sounds ('拉' 'ла' and 'ра'): their other reading.
_FOREIGN_TWO = dict(line.split(" ") for line in data_lines("han_foreign_two.txt"))


def foreign_han_readings(name: str) -> list[str]:
    """`foreign_han`'s reading of a foreign name in Han, and, where it has characters
    transcription writes for two sounds (`data/han_foreign_two.txt`: '拉' for 'ла' and
    'ра'), the reading with each of them read the other way ('拉希德' 'rashid', not only
    'lasid'); none for other names."""
    first = foreign_han(name)
    if first is None:
        return []
    if not any(c in _FOREIGN_TWO for c in name):
        return [first]
    other = foreign_han(name, other=True)
    return [first] if other is None or other == first else [first, other]


def foreign_han(name: str, other: bool = False) -> str | None:
    """A foreign name written in Han, its words parted by a middle dot or, where its
    characters look transcribed, by spaces (`_foreign_words`), read as Chinese
    transliterates such names ('阿不都·哈克' -> 'abdu hak', ABDUL HAQ, where pinyin reads
    'abudou hake'; '吐尼亚孜' 'tuniyaz', not 'tuniyazi'): the characters that write a
    lone consonant as that consonant (`data/han_foreign.txt`), the others in pinyin, each
    word's syllables one word; None for other names. With `other`, the characters of
    `data/han_foreign_two.txt` read their other way."""
    if not has_han(name):
        return None
    parts = _foreign_words(simplified(name))
    if parts is None:
        return None
    from pypinyin import lazy_pinyin  # its dictionaries take seconds to load: only for Han

    words = []
    for part in parts:
        if (known := _FOREIGN_WORDS.get(part.strip())) is not None:
            words.append(known)
            continue
        read = [
            (other and _FOREIGN_TWO.get(c))
            or _FOREIGN.get(c)
            or "".join(map(_transcribed, lazy_pinyin(c, errors="ignore")))
            for c in part
        ]
        if word := "".join(read).strip():
            words.append(_CLUSTER.sub("\\1", word))
    return " ".join(words) or None


@lru_cache(maxsize=1)
def _hanja_table() -> dict[str, str]:
    """`data/hanja_korean.txt` (21,000 characters), read at the first name in Han."""
    return dict(line.split(" ") for line in data_lines("hanja_korean.txt"))


_KOREAN_SURNAMES = dict(line.split(" ") for line in data_lines("korean_han_surnames.txt"))


def _korean_syllable(hangul: str) -> str:
    """A Hangul syllable of a name in Revised Romanization, its initial 'l' North Korea's
    'r' ('룡' Ryong, '락' Rak), as the lists write DPRK names."""
    read = hangul_syllable(hangul)
    return "r" + read[1:] if read[0] == "l" else read


@lru_cache(maxsize=20_000)
def korean_han(name: str) -> str | None:
    """A person's name of two or three Han characters (three or four with a surname of
    two) read as a Korean name in Hanja: each character's Sino-Korean reading romanised,
    the surname apart ('金正恩' -> 'gim jeong eun', Kim Jong Un; '李万建' -> 'ri man geon';
    '崔辉' -> 'choe hwi', Choe Hwi), which the comparison folds into the lists'
    McCune-Reischauer as it does a Latin Korean name; None for other names. The reading
    has every syllable of the name: against a Korean name of more or fewer it is another
    name (`names.finish_compare`), so that '钟明' 'jong myeong' is no 'Jon Myong Guk'."""
    if not has_han(name) or _NAME_DOT.search(name):
        return None
    chars = "".join(name.split())
    if not 2 <= len(chars) <= 4 or not _HAN_RUNS.fullmatch(chars):
        return None
    cut = 2 if chars[:2] in _KOREAN_SURNAMES else 1
    if not 1 <= len(chars) - cut <= 2:
        return None  # a given name of one or two syllables ('南宫' alone is a surname)
    table = _hanja_table()
    surname = _KOREAN_SURNAMES.get(chars[:cut]) or table.get(chars[:cut])
    given = [table.get(c) for c in chars[cut:]]
    if surname is None or None in given:
        return None
    family = "".join(_korean_syllable(h) for h in surname)
    return " ".join([family, *(_korean_syllable(h) for h in given if h is not None)])


def _load_burmese() -> dict[str, list[str]]:
    lines = (line.split(" ") for line in data_lines("han_burmese.txt"))
    return {han: latin for han, *latin in lines}


_BURMESE = _load_burmese()
_BURMESE_MARKS = frozenset("".join(data_lines("han_burmese_marks.txt")).split())
_BURMESE_WORD = re.compile("|".join(sorted(_BURMESE, key=len, reverse=True)))


def burmese_han(name: str) -> list[str]:
    """A person's name in Han read as a Burmese name, as Chinese writes those
    (`data/han_burmese.txt`: '敏昂莱' -> 'min aung hlaing'), in each character's most usual
    spelling and once more in its other ('myint aung hlaing'); none for a name with a
    character the table lacks, nor for one of two characters without one that Chinese
    given names seldom use (`data/han_burmese_marks.txt`)."""
    chars = "".join(name.split())
    if len(chars) < 2 or not has_han(chars):
        return []
    if len(chars) == 2 and _BURMESE_MARKS.isdisjoint(chars):
        return []  # '林明' Lin Ming, a Chinese name, not 'Lin Myint'
    words = _BURMESE_WORD.findall(chars)
    if "".join(words) != chars:
        return []
    first = " ".join(_BURMESE[w][0] for w in words)
    other = " ".join(_BURMESE[w][-1] for w in words)
    return [first] if other == first else [first, other]


@lru_cache(maxsize=1)
def _cantonese_table() -> dict[str, str]:
    """`data/cantonese.txt` (15,000 characters), read at the first name in Han."""
    return dict(line.split(" ") for line in data_lines("cantonese.txt"))


def _cantonese_run(match: re.Match[str]) -> str:
    table = _cantonese_table()
    return " " + " ".join(table.get(c, "") for c in match[0]) + " "


@lru_cache(maxsize=20_000)
def cantonese(name: str) -> str | None:
    """A person's name in Han read in Cantonese, as Hong Kong and Macau romanise names
    ('譚耀宗' -> 'tam yiu chung', TAM Yiu-chung, where pinyin reads 'tan yao zong'); None
    for a name without Han."""
    if not has_han(name):
        return None
    return " ".join(_HAN_RUNS.sub(_cantonese_run, name).split())


# Each final consonant's Revised Romanization at the end of a word, in Unicode's order.
_HANGUL_FINALS = ("", *(line.split(" ")[1] for line in data_lines("hangul_finals.txt")))
assert len(_HANGUL_FINALS) == 28
_academic = Transliter(academic).translit


@lru_cache(maxsize=20_000)
def hangul_syllable(char: str) -> str:
    """One Hangul syllable in Revised Romanization, its final consonant as a name's
    syllable ends ('박' -> 'bak', Pak; '섭' -> 'seop'), not letter by letter as the
    academic transliteration writes it ('bag', 'seob'), which no list spells."""
    final = (ord(char) - 0xAC00) % 28
    return _academic(chr(ord(char) - final)) + _HANGUL_FINALS[final]


def _cyrillic_lookalikes() -> dict[int, str]:
    """Latin letters drawn like a Cyrillic one ('i' like Belarusian 'і'), from
    `data/homoglyphs.txt`: its first Cyrillic look-alike of each; and the lower case of a
    capital that only its capital resembles ('B' 'В'), which it is once a name is
    casefolded, as an organisation's is before it is read ('Восточная Bерфь')."""
    table: dict[int, str] = {}
    for line in data_lines("homoglyphs.txt"):
        latin, *lookalikes = line.split()
        cyrillic = [c for c in lookalikes if "\u0400" <= c <= "\u04ff"]
        if cyrillic:
            table[ord(latin)] = cyrillic[0]
    for code, letter in list(table.items()):
        table.setdefault(ord(chr(code).lower()), letter.lower())
    return table


_LATIN_IN_CYRILLIC = _cyrillic_lookalikes()
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_MIXED_WORD = re.compile("\\S*[\u0400-\u04ff]\\S*")


def _cyrillic_word(match: re.Match[str]) -> str:
    word = match[0]
    latin = sum("a" <= c <= "z" or "A" <= c <= "Z" for c in word)
    if not latin or latin * 2 >= sum(c.isalpha() for c in word):
        return word  # a Latin word with a stray Cyrillic letter: `text` reads it Latin
    return word.translate(_LATIN_IN_CYRILLIC)


def cyrillic_words(text: str) -> str:
    """Words mostly in Cyrillic with Latin look-alikes among their letters, as Belarusian
    and Ukrainian names are often typed with a Latin 'i' for 'і' ('Уладзiмiравiч'), with
    the look-alikes in Cyrillic: read whole as Latin ('uladzimipavich') they were lost."""
    if text.isascii() or not _CYRILLIC_LETTER.search(text):
        return text
    if "\u0301" in text:  # stress marks, as dictionaries write them ('Национа́льная')
        text = _STRESS.sub("", text)
    return _MIXED_WORD.sub(_cyrillic_word, text)


# An acute stress mark on a Cyrillic vowel: no letter of the word, and a word with it
# is no word of `russian_words.txt` ('Национа́льная Ме́диа Гру́ппа', National Media Group).
_STRESS = re.compile("(?<=[\u0400-\u04ff])\u0301")


# Belarusian spellings and the Russian ones the lists romanise beside them ('Алег
# Анатольевіч Эйбатаў', Oleg Anatolyevich EIBATOV): 'ў' is Russian 'в' ('-аў', '-оў' of a
# surname '-ов'), 'і' 'и', 'дз' before a soft vowel 'д' ('Дзмітрый' Dmitry), '-авіч',
# '-аўна' of a patronymic '-ович', '-овна'. The unstressed 'а' Belarusian writes for 'о'
# elsewhere ('Марозаў' Morozov) is left to the comparison.
_BELARUSIAN_LETTERS = frozenset("ўЎіІ")
_BELARUSIAN_READINGS = (
    (re.compile("(?<=[а-яё])(?<!сл)[аоАО][ўЎ](?![а-яёіў])", re.I), "ов"),  # not Станіслаў
    (re.compile("(?<=[а-яё])[еЕ][ўЎ](?![а-яёіў])", re.I), "ев"),
    (re.compile("[аА]([ўЎ]на|віч|вича)(?![а-яёіў])", re.I), "о\\1"),
    (re.compile("(д)з(?=[еёіюяьм])", re.I), "\\1"),
    (re.compile("ў"), "в"),
    (re.compile("Ў"), "В"),
    (re.compile("і"), "и"),
    (re.compile("І"), "И"),
)


@lru_cache(maxsize=20_000)
def russian_of_belarusian(name: str) -> str | None:
    """A Belarusian name in Russian spelling ('Алег Анатольевіч Эйбатаў' -> 'Алег
    Анатольевич Эйбатов'), None for a name without Belarusian letters."""
    text = cyrillic_words(name)
    if _BELARUSIAN_LETTERS.isdisjoint(text):
        return None
    for pattern, reading in _BELARUSIAN_READINGS:
        text = pattern.sub(reading, text)
    return text


def _load_wade_giles() -> dict[str, frozenset[str]]:
    table = {}
    for line in data_lines("wade_giles.txt"):
        spelling, *readings = line.split()
        table[spelling] = frozenset(readings)
    return table


# Wade-Giles spellings that are no pinyin syllable ('hsu', 'tsai', 'chih') -> the pinyin
# syllables each writes ('xu'; 'cai', 'zai'; 'zhi', 'chi').
WADE_GILES = _load_wade_giles()


def _load_wade_giles_joining() -> dict[str, frozenset[str]]:
    table = dict(WADE_GILES)
    for line in data_lines("wade_giles_joined.txt"):
        spelling, *readings = line.split()
        table[spelling] = frozenset((spelling, *readings))  # pinyin itself too
    return table


# ... and the spellings that are pinyin (or names) too ('chi' Chi, Ji, Qi; 'kang' Kang,
# Gang): only to join the syllables of a given name that the other name writes as one
# pinyin word ('Lu-chi' Luqi), never to find two syllables alike ('Tan' is no 'Dan').
WADE_GILES_JOINING = _load_wade_giles_joining()


def wade_giles_alike(a: str, b: str) -> bool:
    """Whether two unequal Latin tokens are one Chinese syllable in Wade-Giles and in
    pinyin ('Hsu' Xu, 'Tsai' Cai, 'Chung' Zhong), or two Wade-Giles spellings of one
    ('Tzu', 'Tsu'). Only a spelling no pinyin syllable has is read as Wade-Giles: two
    pinyin syllables are two syllables ('Tan' is no 'Dan', though Wade-Giles writes
    both 'Tan'). Symmetric."""
    ra, rb = WADE_GILES.get(a), WADE_GILES.get(b)
    if ra is None and rb is None:
        return False  # most pairs
    return (ra is not None and (b in ra or (rb is not None and not ra.isdisjoint(rb)))) or (
        rb is not None and a in rb
    )
