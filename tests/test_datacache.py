"""The validated-data cache (copyright_check/datacache.py): a start-up speed-up that must
never give an answer the files themselves would not. Each test uses a store of its own."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from copyright_check import datacache
from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.jurisdictions import load_all
from copyright_check.paths import jurisdictions_dir


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(datacache.ENV, str(where))
    monkeypatch.setattr(datacache, "_store", None)
    return where


def _new_process() -> None:
    """What the next run sees: the store written at exit, read afresh."""
    datacache.store().flush()
    datacache._store = None


@pytest.fixture
def laws(tmp_path: Path) -> Path:
    folder = tmp_path / "jurisdictions"
    shutil.copytree(jurisdictions_dir(), folder)
    return folder


def test_an_edited_law_file_is_read_again_not_taken_from_the_cache(cache: Path, laws: Path) -> None:
    # The store is keyed by each file's content: a volunteer's edit is a miss, validated in full.
    assert load_all(laws)["SE"].terms["general"].years == 70
    _new_process()
    assert list(cache.glob("data-*.pickle")), "the validated files were stored"
    se = laws / "SE.yaml"
    se.write_text(se.read_text("utf-8").replace("years: 70", "years: 80", 1), "utf-8")
    assert load_all(laws)["SE"].terms["general"].years == 80


def test_an_edit_that_breaks_the_schema_is_reported_though_the_old_file_was_cached(cache: Path, laws: Path) -> None:
    load_all(laws)
    _new_process()
    se = laws / "SE.yaml"
    se.write_text(se.read_text("utf-8").replace("years: 70", "years: seventy", 1), "utf-8")
    with pytest.raises(DataFileError, match=r"SE\.yaml: terms\.general\.years"):
        load_all(laws)


def test_a_cached_file_gives_the_same_data_as_a_fresh_read(cache: Path, laws: Path) -> None:
    fresh = load_all(laws)
    _new_process()
    assert load_all(laws) == fresh


def test_what_a_caller_changes_in_cached_data_does_not_reach_the_next_caller(cache: Path, laws: Path) -> None:
    first = load_yaml(laws / "SE.yaml", "jurisdiction")
    first["terms"].clear()
    assert load_yaml(laws / "SE.yaml", "jurisdiction")["terms"]


def test_check_data_never_answers_from_the_cache(cache: Path, laws: Path) -> None:
    # A store entry that disagrees with the file (written by hand here) is used by a normal
    # load, which shows the store is read; under bypass (check-data) the file itself decides.
    path = laws / "SE.yaml"
    store = datacache.store()
    store.put(store.key("jurisdiction", path.read_bytes()), {"code": "XX"})
    assert load_yaml(path, "jurisdiction") == {"code": "XX"}
    with datacache.bypass():
        assert load_yaml(path, "jurisdiction")["code"] == "SE"


def test_a_corrupt_store_is_ignored(cache: Path, laws: Path) -> None:
    fresh = load_all(laws)
    _new_process()
    for stored in cache.glob("data-*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert load_all(laws) == fresh


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root may write anywhere")
def test_an_unwritable_cache_folder_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     laws: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv(datacache.ENV, str(locked / "cache"))
    monkeypatch.setattr(datacache, "_store", None)
    assert load_all(laws)["SE"].code == "SE"
    _new_process()
    assert not list(locked.rglob("*.pickle"))


def test_a_cache_folder_that_is_a_file_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        laws: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(datacache.ENV, str(blocker / "cache"))
    monkeypatch.setattr(datacache, "_store", None)
    assert load_all(laws)["SE"].code == "SE"
    _new_process()
    assert load_all(laws)["SE"].code == "SE"


def test_a_store_others_may_write_is_not_read(cache: Path, laws: Path) -> None:
    # A pickle is code: one that another user could have written is not loaded.
    path = laws / "SE.yaml"
    store = datacache.store()
    store.put(store.key("jurisdiction", path.read_bytes()), {"code": "XX"})
    _new_process()
    for stored in cache.glob("data-*.pickle"):
        stored.chmod(0o666)
    assert load_yaml(path, "jurisdiction")["code"] == "SE"


def test_caching_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(datacache.ENV, "off")
    assert datacache.folder() is None


def test_the_default_folder_is_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(datacache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert datacache.folder() == tmp_path / "copyright-check"


def test_two_processes_writing_at_once_keep_each_others_files(cache: Path, laws: Path) -> None:
    # Each writes atomically and keeps what the other stored since it read the store.
    first, second = datacache.Store(cache), datacache.Store(cache)
    se, dk = laws / "SE.yaml", laws / "DK.yaml"
    first.put(first.key("jurisdiction", se.read_bytes()), load_yaml(se, "jurisdiction"))
    second.put(second.key("jurisdiction", dk.read_bytes()), load_yaml(dk, "jurisdiction"))
    first.flush()
    second.flush()
    datacache._store = None
    store = datacache.store()
    assert store.get(store.key("jurisdiction", se.read_bytes()))["code"] == "SE"
    assert store.get(store.key("jurisdiction", dk.read_bytes()))["code"] == "DK"


def test_check_data_runs_with_the_cache_bypassed(monkeypatch: pytest.MonkeyPatch) -> None:
    # `copyright-check check-data` validates every file in full: its checks run under bypass.
    from copyright_check import selfcheck

    seen: list[bool] = []
    monkeypatch.setattr(selfcheck, "_check_all", lambda: seen.append(datacache.reading()) or [])
    assert selfcheck.check_all() == []
    assert seen == [False]
    assert datacache.reading()


def test_without_a_home_folder_there_is_no_cache_and_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(datacache.ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", nowhere)
    assert datacache.folder() is None


@pytest.fixture
def renders() -> Iterator[None]:
    """Tag renders as a new process finds them: none in memory, none of Jinja2's state."""
    from copyright_check import wikitext

    def forget() -> None:
        wikitext._render_tag.cache_clear()
        wikitext._render_salt.cache_clear()
        wikitext.environment.cache_clear()

    forget()
    yield
    forget()


def test_a_tag_render_kept_between_runs_is_what_the_template_renders(cache: Path, renders: None) -> None:
    # The next run takes the tag's text from the store instead of importing Jinja2 for it.
    from copyright_check import wikitext

    params = (("deathyear", 1948),)
    first = wikitext.render_tag("PD-old-auto", params)
    _new_process()
    wikitext._render_tag.cache_clear()
    key = wikitext.stored_key("PD-old-auto", params)
    assert key is not None and datacache.store().get(key) == first
    assert wikitext.render_tag("PD-old-auto", params) == first == wikitext._render("PD-old-auto", params)


def test_an_edited_tag_template_is_rendered_afresh_not_taken_from_the_cache(
        cache: Path, renders: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The key holds tag.j2's bytes: a volunteer's edit of the template is a miss.
    from copyright_check import paths, wikitext

    templates = tmp_path / "templates"
    shutil.copytree(paths.templates_dir(), templates)
    real = paths.data_dir
    monkeypatch.setattr(paths, "data_dir", lambda name: templates if name == "templates" else real(name))
    params = (("deathyear", 1948),)
    assert wikitext.render_tag("PD-old-auto", params) == "{{PD-old-auto|deathyear=1948}}"
    _new_process()
    tag = templates / "tag.j2"
    tag.write_text(tag.read_text("utf-8").replace('{{ "{{" }}', '{{ "{{" }}subst:', 1), "utf-8")
    wikitext._render_tag.cache_clear()
    wikitext._render_salt.cache_clear()
    wikitext.environment.cache_clear()
    assert wikitext.render_tag("PD-old-auto", params) == "{{subst:PD-old-auto|deathyear=1948}}"


def test_check_data_never_takes_a_tag_render_from_the_cache(cache: Path, renders: None) -> None:
    # A stored text that disagrees with the template (written by hand here) is used by a
    # normal run, which shows the store is read; under bypass (check-data) Jinja2 renders.
    from copyright_check import wikitext

    params = (("deathyear", 1948),)
    key = wikitext.stored_key("PD-old-auto", params)
    assert key is not None
    datacache.store().put(key, "{{Not-the-template}}")
    assert wikitext.render_tag("PD-old-auto", params) == "{{Not-the-template}}"
    wikitext._render_tag.cache_clear()
    with datacache.bypass():
        assert wikitext.render_tag("PD-old-auto", params) == "{{PD-old-auto|deathyear=1948}}"


def test_jurisdictions_built_from_the_cache_equal_a_fresh_build(cache: Path, laws: Path) -> None:
    # The built jurisdictions are kept whole (jurisdictions.load_all): the next run's are equal.
    from copyright_check.jurisdictions import _built_key

    fresh = load_all(laws)
    _new_process()
    key = _built_key(sorted(laws.glob("*.yaml")))
    assert key is not None and datacache.store().get(key) == fresh
    assert load_all(laws) == fresh


def test_an_added_law_file_is_a_miss_for_the_built_jurisdictions(cache: Path, laws: Path) -> None:
    # The key holds every file's path: a new territory is built, not left out.
    load_all(laws)
    _new_process()
    (laws / "SE.yaml").rename(laws / "XS.yaml")
    xs = laws / "XS.yaml"
    xs.write_text(xs.read_text("utf-8").replace("code: SE", "code: XS", 1), "utf-8")
    found = load_all(laws)
    assert "XS" in found and "SE" not in found


def test_check_data_never_takes_the_built_jurisdictions_from_the_cache(cache: Path, laws: Path) -> None:
    # A stored build that disagrees with the files (written by hand here) is used by a normal
    # load, which shows the store is read; under bypass (check-data) the files decide.
    from copyright_check.jurisdictions import _built_key

    key = _built_key(sorted(laws.glob("*.yaml")))
    assert key is not None
    datacache.store().put(key, {"XX": "not a jurisdiction"})
    assert load_all(laws) == {"XX": "not a jurisdiction"}
    with datacache.bypass():
        assert load_all(laws)["SE"].code == "SE"


def _names_args() -> tuple[Path, list[str], dict[str, str]]:
    from copyright_check.paths import vocabularies_dir

    return vocabularies_dir() / "values.yaml", ["sv", "de", "fr"], {"Tjeckoslovakien-test": "CZ"}


def test_country_names_kept_between_runs_are_what_pycountrys_catalogues_give(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # vocabularies._country_names: the next run takes the names from the store, without
    # importing pycountry or reading its catalogues, and gets the same dict, in the same order.
    from copyright_check import vocabularies

    fresh = vocabularies._country_names(*_names_args())
    assert fresh["sverige"] == "SE" and fresh["schweden"] == "SE" and fresh["suède"] == "SE"
    _new_process()

    def read_again(*args: object) -> dict[str, str]:
        raise AssertionError("read from pycountry again")

    monkeypatch.setattr(vocabularies, "_read_country_names", read_again)
    kept = vocabularies._country_names(*_names_args())
    assert kept == fresh and list(kept) == list(fresh)


def test_other_languages_or_aliases_are_a_miss_for_the_country_names(cache: Path) -> None:
    # The key holds the languages and the aliases values.yaml gives: an edit is read afresh.
    from copyright_check import vocabularies

    path, languages, aliases = _names_args()
    vocabularies._country_names(path, languages, aliases)
    _new_process()
    assert "ruotsi" in vocabularies._country_names(path, [*languages, "fi"], aliases)  # Finnish for Sweden
    assert vocabularies._country_names(path, languages, {**aliases, "Sydslesvig-test": "DE"})["sydslesvig-test"] == "DE"
    with pytest.raises(DataFileError, match="'QQ' is not an ISO 3166-1 code"):
        vocabularies._country_names(path, languages, {"Nowhere": "QQ"})


def test_check_data_never_takes_the_country_names_from_the_cache(cache: Path) -> None:
    # A stored dict that disagrees with the catalogues (written by hand here) is used by a
    # normal load, which shows the store is read; under bypass (check-data) pycountry decides.
    import hashlib

    from copyright_check import vocabularies
    from copyright_check.vocabulary import vocabulary, word

    path, languages, aliases = _names_args()
    shared = sorted({word(n) for n in vocabulary().ambiguous_countries})
    salt = vocabularies._names_salt()
    assert salt is not None
    made_of = repr((salt, languages, sorted(aliases.items()), shared)).encode()
    datacache.store().put("country names:" + hashlib.sha256(made_of).hexdigest(), {"sverige": "NO"})
    assert vocabularies._country_names(path, languages, aliases) == {"sverige": "NO"}
    with datacache.bypass():
        assert vocabularies._country_names(path, languages, aliases)["sverige"] == "SE"


def test_a_country_name_answered_in_an_earlier_run_is_taken_without_pycountry(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # countries._pycountry_alpha2: "Sweden" and "SWE" are SE, "Narnia" names no country,
    # whether pycountry is asked or the store answers as it answered the run before.
    from copyright_check import countries

    def answers() -> list[tuple[str, str]]:
        found = []
        for cell in ("Sweden", "SWE", "Narnia", "QQQ"):
            try:
                found.append((countries._pycountry_alpha2(cell), ""))
            except countries.CountryError as exc:
                found.append(("", str(exc)))
        return found

    fresh = answers()
    assert fresh == [("SE", ""), ("SE", ""), ("", "not a country this reader knows: 'Narnia'"),
                     ("", "not an ISO 3166-1 country code: 'QQQ'")]
    _new_process()

    def ask_again(value: str) -> str:
        raise AssertionError("pycountry asked again")

    monkeypatch.setattr(countries, "_ask_pycountry", ask_again)
    assert answers() == fresh


def test_check_data_never_takes_a_country_answer_from_the_cache(cache: Path) -> None:
    # A stored answer that disagrees with pycountry (written by hand here) is used by a
    # normal run, which shows the store is read; under bypass (check-data) pycountry decides.
    from copyright_check import countries

    key = countries._answer_key("Sweden")
    assert key is not None
    datacache.store().put(key, ("NO", ""))
    assert countries._pycountry_alpha2("Sweden") == "NO"
    with datacache.bypass():
        assert countries._pycountry_alpha2("Sweden") == "SE"


def _point_class() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0
        tags: list[str] = dataclasses.field(default_factory=list, compare=False)

    return Point


def test_the_methods_dataclasses_generates_come_from_the_store_and_behave_as_compiled_afresh(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A start-up speed-up only (datacache.generated_code): a class made in the block is the
    # class dataclasses makes without it, and the second start compiles nothing.
    plain = _point_class()
    with datacache.generated_code():
        first = _point_class()
    _new_process()
    compiled: list[str] = []
    real_compile = compile
    monkeypatch.setattr(datacache, "compile", lambda source, *a, **k: compiled.append(source) or real_compile(
        source, *a, **k), raising=False)
    with datacache.generated_code():
        again = _point_class()
    assert compiled == []
    for made in (first, again):
        p = made(1, 2, ["a"])
        q = plain(1, 2, ["a"])
        assert repr(p).split(".")[-1] == repr(q).split(".")[-1] == "Point(x=1, y=2, tags=['a'])"
        assert p == made(1, 2, ["b"]) and hash(p) == hash(made(1, 2)) and made(0, 5) < p
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 3  # type: ignore[misc]
        with pytest.raises(TypeError):
            made()


def test_dataclasses_is_left_as_it_was_after_the_packages_imports() -> None:
    # A program that imports the package and makes its own dataclasses after is not touched.
    assert "exec" not in vars(dataclasses)
    with datacache.generated_code(), datacache.generated_code():
        assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)


def test_without_a_store_the_generated_methods_are_compiled_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(datacache.ENV, "off")
    monkeypatch.setattr(datacache, "_store", None)
    with datacache.generated_code():
        made = _point_class()
    assert made(3) == made(3, 0) and made(3).y == 0


# -- regular expressions compiled once (datacache.pattern) ---------------------------------
_WORDS = r"(?<![^\W_])(?:okänd|unknown|n\.n\.)(?![^\W_])|\?|^(?P<n>\d{1,2})\.\s*jh\.$"


def test_a_pattern_taken_from_the_store_is_the_pattern_re_compile_makes(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pattern equality compares the text, the flags and the compiled code: the one from the
    # store finds what re.compile's finds, its groups named alike.
    first = datacache.pattern(_WORDS, re.IGNORECASE)
    assert first == re.compile(_WORDS, re.IGNORECASE)
    _new_process()

    def no_compile(*args: object) -> re.Pattern[str]:
        raise AssertionError("compiled again: not taken from the store")

    with monkeypatch.context() as m:
        m.setattr(datacache.re, "compile", no_compile)
        again = datacache.pattern(_WORDS, re.IGNORECASE)
    assert again == first and again.groupindex == first.groupindex
    assert [again.search(t) is not None for t in ("Okänd fotograf", "Unknownish", "N.N.", "19. Jh.")] == [
        True, False, True, True]


def test_a_damaged_pattern_entry_is_compiled_again(cache: Path) -> None:
    datacache.pattern(_WORDS)
    store = datacache.store()
    key = store.key(datacache._RE_KEY, f"0\0{_WORDS}".encode())
    flags, code, *rest = store.get(key)
    store.put(key, (flags, [*code[:-3], 999, 999, 999], *rest))
    _new_process()
    assert datacache.pattern(_WORDS) == re.compile(_WORDS)


def test_a_pattern_entry_with_one_byte_changed_on_disk_is_compiled_again(cache: Path) -> None:
    # A byte changed in the store file that still unpickles to valid sre code is another
    # pattern (review 21: "{" (123) made "[" (91) in a reason's placeholder pattern, so rule
    # texts went out unfilled): the entry's CRC-32 fails, and the pattern is compiled again.
    source = r"\{([a-z_]+)\}"
    datacache.pattern(source)
    _new_process()
    stored = next(cache.glob("data-*.pickle"))
    data = bytearray(stored.read_bytes())
    at = data.rfind(bytes([123]))  # the literal "{" in the pickled code (a small int)
    assert at > 0
    data[at] = 91
    stored.write_bytes(bytes(data))
    again = datacache.pattern(source)
    assert again == re.compile(source)
    assert again.findall("in {year}.") == ["year"]


def test_the_rights_holder_pattern_is_the_same_text_in_every_process() -> None:
    # The store keys a pattern by its text: words of one length in a set's order (which
    # differs from process to process with the strings' hash seed) would be a miss each run.
    script = "from copyright_check.record import _holder_pattern; print(_holder_pattern().pattern)"
    texts = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": seed, datacache.ENV: "off"}, check=True).stdout
             for seed in ("1", "2", "3")}
    assert len(texts) == 1


def test_a_process_reads_the_stores_index_and_only_the_entries_it_asks_for(
        cache: Path, laws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 1M rows in at most 300 MB of all processes (issue #14): the whole store read at once was
    # ~2.8 MB in every process of a parallel batch (the main process reads it before it forks
    # its workers); read entry by entry (datacache._Disk), an entry not asked for is never read.
    load_all(laws)
    _new_process()
    stored = next(cache.glob("data-*.pickle"))
    read: list[int] = []
    real = datacache._read_at

    def counted(fd: int, length: int, offset: int) -> bytes:
        read.append(length)
        return real(fd, length, offset)

    monkeypatch.setattr(datacache, "_read_at", counted)
    se = laws / "SE.yaml"
    assert load_yaml(se, "jurisdiction")["code"] == "SE"
    assert sum(read) < stored.stat().st_size // 20
    assert datacache.store()._entries == {}  # type: ignore[attr-defined]  # nothing put, nothing kept


def test_a_store_another_process_rewrote_meanwhile_still_answers_from_the_file_it_opened(
        cache: Path, laws: Path) -> None:
    # A process keeps the store file it opened (its index says where each entry is in that
    # file); another process's store replaces it by name, and both are answered rightly.
    se, dk = laws / "SE.yaml", laws / "DK.yaml"
    first = datacache.Store(cache)
    first.put(first.key("jurisdiction", se.read_bytes()), load_yaml(se, "jurisdiction"))
    first.flush()
    reader = datacache.Store(cache)
    key = reader.key("jurisdiction", se.read_bytes())
    assert reader.get(key)["code"] == "SE"  # opened: its index read
    writer = datacache.Store(cache)
    writer.put(writer.key("jurisdiction", dk.read_bytes()), load_yaml(dk, "jurisdiction"))
    writer.flush()  # the file replaced, SE's entry now elsewhere in it
    assert reader.get(key)["code"] == "SE"
    fresh = datacache.Store(cache)
    assert fresh.get(key)["code"] == "SE"
    assert fresh.get(fresh.key("jurisdiction", dk.read_bytes()))["code"] == "DK"
    for store in (first, reader, writer, fresh):
        store.close()


# -- a title's word lists as one pattern, kept between runs (wordtrie.py) -------------------
_TITLE_WORDS = ("altar", "altaret", "altarraum", "fresk", "interior")
_TITLE_STEMS = ("kirchen", "glasmalerei")


def test_a_title_words_pattern_taken_from_the_store_is_the_one_built_afresh(cache: Path) -> None:
    from copyright_check import wordtrie

    first = wordtrie.title_words_pattern(_TITLE_WORDS, _TITLE_STEMS)
    assert first.pattern == re.compile(wordtrie.title_words_source(_TITLE_WORDS, _TITLE_STEMS))
    _new_process()
    # The entry is what the next run makes its pattern from (the words in another order: the
    # same key), without building the trie again.
    key = wordtrie._stored_key(_TITLE_WORDS, _TITLE_STEMS)
    assert key is not None and datacache.store().get(key) == first.pattern.pattern
    again = wordtrie.title_words_pattern(reversed(_TITLE_WORDS), _TITLE_STEMS)
    assert again.pattern == first.pattern
    # Whole words where no letter stands beside them, stems inside a word too (titles are
    # searched in lower case).
    assert [again.search(t) is not None for t in ("altaret i skara", "altare", "kirchenfenster", "hauptkirche",
                                                   "glasmalereien", "interiören")] == [
        True, False, True, False, True, False]


def test_an_edited_title_word_list_is_built_afresh_not_taken_from_the_store(cache: Path) -> None:
    from copyright_check import wordtrie

    wordtrie.title_words_pattern(_TITLE_WORDS, _TITLE_STEMS)
    _new_process()
    edited = wordtrie.title_words_pattern((*_TITLE_WORDS, "altare"), _TITLE_STEMS)
    assert edited.search("altare maggiore") is not None
    assert edited.pattern == re.compile(wordtrie.title_words_source((*_TITLE_WORDS, "altare"), _TITLE_STEMS))


def test_check_data_never_takes_a_title_words_pattern_from_the_store(cache: Path) -> None:
    from copyright_check import wordtrie

    # A stored text that is not the words' (as an entry damaged or left by other code would be):
    # a run reads it, check-data builds the pattern afresh. (Observed through the store, not by
    # patching the builder: the compiled module calls its own functions directly.)
    key = wordtrie._stored_key(_TITLE_WORDS, _TITLE_STEMS)
    assert key is not None
    datacache.store().put(key, "(?!)")
    _new_process()
    with datacache.bypass():
        fresh = wordtrie.title_words_pattern(_TITLE_WORDS, _TITLE_STEMS)
    assert fresh.pattern == re.compile(wordtrie.title_words_source(_TITLE_WORDS, _TITLE_STEMS))
    assert wordtrie.title_words_pattern(_TITLE_WORDS, _TITLE_STEMS).pattern.pattern == "(?!)"
