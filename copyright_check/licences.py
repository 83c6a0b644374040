"""Reading the free-text licence column into a licence Commons knows.

The column is free text in every export ("CC BY-SA 4.0", "cc-by-sa-4.0", a deed URL,
"Creative Commons Attribution-ShareAlike 4.0 International", "PDM"). Creative Commons
strings are read by the CC naming scheme; which elements Commons accepts, and the
template names, come from rules/licences.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any, Final

from copyright_check import datacache
from copyright_check.cellmemo import recall, remember
from copyright_check.datafile import DataFileError, load_yaml
from copyright_check.paths import rules_dir
from copyright_check.textcase import lower


class LicenceClass(str, Enum):
    FREE = "free"  # a release Commons accepts
    MARK = "mark"  # a PD claim: needs the PD finding
    NOT_FREE = "not_free"  # offered, but not acceptable (NC, ND, reserved)
    NONE = "none"  # no licence stated
    UNRECOGNISED = "unrecognised"


@dataclass(frozen=True, slots=True)
class Licence:
    id: str | None
    cls: LicenceClass
    template: str | None = None
    why: str | None = None
    source: str | None = None
    # A release by the rights holder (a licence, a dedication, the holder's own PD mark), not
    # a statement of the law ({{PD-USGov}}: no holder): a rights_holder cell that says the
    # holder is unknown then contradicts it (rules/verdict.yaml, holder_unknown).
    release: bool = True
    # The year the licence (this version of it) was first published (rules/licences.yaml,
    # `published`): a holder who died before it could not have granted it (rules/verdict.yaml,
    # needs-review-licence-after-holder-death). None where not recorded.
    published: int | None = None
    # Only the author can release the photo so (Template:PDMark-owner: the holder marked its
    # own work): a row naming a photographer the holder cell does not is no such release.
    author_only: bool = False
    # The licence requires the author to be credited (CC BY's attribution clause): a row that
    # names no photographer gives the file page no one to credit (rules/verdict.yaml).
    attribution: bool = False
    # Makers a statement of the law does not cover, as their names read in a cell (word()),
    # and why (rules/licences.yaml, `not_by`: the US Postal Service is no part of the federal
    # government 17 USC 105 speaks of): a row naming one as photographer or rights holder
    # makes the statement a claim (not_by_maker).
    not_by: tuple[str, ...] = ()
    not_by_why: str | None = None


_WORDS = {
    "attribution": "by", "sharealike": "sa", "noncommercial": "nc", "noderivatives": "nd", "noderivs": "nd",
    # Creative Commons' names of its unported licences ("3.0 Unported", "2.0 Generic").
    "unported": None, "generic": None,
}
# An element's name written as two words ("Share Alike", "No-Derivatives", "Non Commercial"),
# read as the one word it is. Never a word of it alone: "no" and "derivatives" once stood
# for nothing, so "CC BY 4.0 no derivatives" was read as CC BY 4.0 (free) and the ND lost
# (Commons:Licensing: a licence must allow derivative works); a lone "no" after the
# version is the port code it looks like ("CC BY 3.0 NO", Norway).
_PAIRS = {
    ("share", "alike"): "sharealike", ("non", "commercial"): "noncommercial",
    ("no", "derivatives"): "noderivatives", ("no", "derivs"): "noderivs", ("no", "derivative"): "noderivatives",
}
_ORDER = ("by", "nc", "nd", "sa")
_VERSION = datacache.pattern(r"^\d\.\d$")
_PORT = datacache.pattern(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class _Table:
    elements: dict[str, dict[str, Any]]
    versions: frozenset[str]
    template: str
    cc_source: str
    aliases: dict[str, dict[str, Any]]
    separators: tuple[str, ...] = ()  # offer a choice ("or")
    several_source: str = ""
    ports: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (version, "by-sa") -> codes
    ports_source: str = ""
    listed: tuple[str, ...] = ()  # name several without saying whether a choice ("/", "and")
    choice_words: tuple[str, ...] = ()  # open a cell that offers a choice ("either", "dual-licensed")
    alone_refused: frozenset[str] = frozenset()
    sentence_words: frozenset[str] = frozenset()  # words around a licence that say nothing of its terms
    published: dict[str, int] = field(default_factory=dict)  # CC version -> the year it was published
    ported_only: frozenset[str] = frozenset()  # versions published only as ports (2.1)
    # Port codes that are no country's two letters ("igo", "scotland"): a port only where listed.
    named_ports: frozenset[str] = frozenset()
    # Every statement's not_by makers, as _maker_words writes them (names_a_maker_not_covered).
    not_by: tuple[str, ...] = ()
    # Aliases that are everyday words too (alone_ambiguous).
    ambiguous: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _table() -> _Table:
    path = rules_dir() / "licences.yaml"
    data = load_yaml(path, "licences")
    cc = data["creative_commons"]
    aliases: dict[str, dict[str, Any]] = {}
    for entry in data["others"]:
        for alias in entry["aliases"]:
            key = _clean(str(alias))
            if key in aliases:
                raise DataFileError(path, f"others.{entry['id']}.aliases", f"{alias!r} listed twice")
            aliases[key] = entry
    several = data.get("several") or {"separators": [], "source": ""}
    ports = {(str(v), str(e)): frozenset(str(c) for c in codes)
             for v, by_elements in (cc.get("ports") or {}).items() for e, codes in by_elements.items()}
    return _Table(cc["elements"], frozenset(cc["versions"]), cc["template"], cc["source"], aliases,
                  tuple(lower(str(x)) for x in several["separators"]), str(several["source"]),
                  ports, str(cc.get("ports_source", "")),
                  tuple(lower(str(x)) for x in several.get("listed", [])),
                  # longest first: "dual-licensed under" before "dual-licensed"
                  tuple(sorted((lower(str(x)) for x in several.get("choice_words", [])), key=len, reverse=True)),
                  frozenset(str(x) for x in several.get("alone_refused", [])),
                  frozenset(lower(str(w)) for w in data.get("sentence_words", [])),
                  {str(v): int(y) for v, y in (cc.get("published") or {}).items()},
                  frozenset(str(v) for v in cc.get("ported_only") or ()),
                  frozenset(c for codes in ports.values() for c in codes if not _PORT.match(c)),
                  tuple(dict.fromkeys(_maker_words(str(n)) for e in data["others"] for n in e.get("not_by") or ())),
                  frozenset(_clean(str(a)) for a in data.get("ambiguous_alone") or ()))


def _clean(text: str) -> str:
    s = lower(text.strip())
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    # A statement's web page, with or without its language, names the statement itself:
    # rightsstatements.org/page/NoC-US/1.0/?language=en is .../vocab/NoC-US/1.0/.
    s = re.sub(r"^rightsstatements\.org/page/", "rightsstatements.org/vocab/", s)
    s = re.sub(r"^((?:rightsstatements|creativecommons)\.org/\S*?)/?\?\S*$", r"\1", s)
    s = re.sub(r"/(deed(\.[a-z-]+)?|legalcode(\.[a-z-]+)?)$", "", s)
    return " ".join(s.rstrip("/").split())


def _cc(text: str, table: _Table) -> Licence | None:
    s = text
    url = re.match(r"^creativecommons\.org/licenses/([a-z-]+)/(\d\.\d)(?:/([a-z]{2,}))?$", s)
    if url:
        tokens = [*url.group(1).split("-"), url.group(2)] + ([url.group(3)] if url.group(3) else [])
    else:
        s = s.replace("creative commons", "cc")
        if not s.startswith("cc"):
            return None
        tokens = [t for t in re.split(r"[\s\-_/,()]+", s[2:]) if t and t != "international"]
        if tokens and tokens[0] == "0":
            return None
    tokens = _joined(tokens)
    elements: list[str] = []
    version = None
    port = ""
    # One licence only: each element once, one version, a port (two letters) only as the
    # last word after the version. "CC BY-SA 3.0 or CC BY 3.0" is two licences, not a
    # BY-SA 3.0 ported to "or" (-> the non-existent {{Cc-by-sa-3.0-or}}).
    for i, token in enumerate(tokens):
        if token in _ORDER:
            if token in elements:
                return None
            elements.append(token)
        elif token in _WORDS:
            mapped = _WORDS[token]
            if mapped:
                if mapped in elements:
                    return None
                elements.append(mapped)
        elif _VERSION.match(token) and version is None and not port:
            version = token
        elif (_PORT.match(token) or token in table.named_ports) and version and not port and i == len(tokens) - 1:
            port = token
        else:
            return None
    if "by" not in elements:
        return None
    ordered = [e for e in _ORDER if e in elements]
    ident = "CC " + "-".join(e.upper() for e in ordered) + (f" {version}" if version else "")
    ident += f" {port.upper()}" if port else ""
    refused = [table.elements[e]["why"] for e in ordered if not table.elements[e]["accepted"]]
    if refused:
        return Licence(ident, LicenceClass.NOT_FREE, None, "; ".join(refused), table.cc_source)
    if version is None or version not in table.versions:
        why = "the licence version is missing or unknown: the exact version decides the template"
        return Licence(ident, LicenceClass.UNRECOGNISED, None, why, table.cc_source)
    if not port and version in table.ported_only:
        why = (f"Creative Commons published version {version} only as ports to single countries: "
               "the port (the country after the version) decides the template")
        return Licence(ident, LicenceClass.UNRECOGNISED, None, why, table.ports_source)
    if port and port not in table.ports.get((version, "-".join(ordered)), frozenset()):
        why = (f"no Commons template is known for the ported licence {ident} "
               f"(Cc-{'-'.join(ordered)}-{version}-{port}); check the licence and its port")
        return Licence(ident, LicenceClass.UNRECOGNISED, None, why, table.ports_source)
    template = table.template.format(
        elements="-".join(ordered), version=version, port=f"-{port}" if port else ""
    )
    return Licence(ident, LicenceClass.FREE, template, None, table.cc_source, published=table.published.get(version),
                   attribution=any(table.elements[e].get("attribution", False) for e in ordered))


def _joined(tokens: list[str]) -> list[str]:
    """The tokens with each two-word element name (_PAIRS) made one token."""
    out: list[str] = []
    for token in tokens:
        pair = _PAIRS.get((out[-1], token)) if out else None
        if pair is not None:
            out[-1] = pair
        else:
            out.append(token)
    return out


def _from_alias(entry: dict[str, Any]) -> Licence:
    return Licence(entry["id"], LicenceClass(entry["class"]), entry.get("template"),
                   entry.get("why"), entry["source"], entry.get("release", True), entry.get("published"),
                   entry.get("author_only", False), False,
                   tuple(_maker_words(str(n)) for n in entry.get("not_by") or ()), entry.get("not_by_why"))


def _maker_words(text: str) -> str:
    """A name as not_by compares it: its words in lower case, dots and other signs as spaces,
    each run of single letters joined into one word ("U.S.P.S." and "U. S. Postal Service." ->
    "usps", "us postal service"), with a space at each end (review 25e P5: a full stop after
    the name, "USPS." or "Postal Service.", hid it)."""
    from copyright_check.vocabulary import word  # (it imports modules that import this one)

    out: list[str] = []
    single = False
    for token in re.findall(r"[^\W_]+", word(text)):
        if len(token) == 1 and single:
            out[-1] += token
            continue
        out.append(token)
        single = len(token) == 1
    return " " + " ".join(out) + " "


def not_by_maker(licence: Licence, *cells: str | None) -> Licence:
    """The licence as read for a row whose photographer or rights holder cell (`cells`) names
    a maker its statement does not cover (`not_by`): the statement is then a claim the PD
    finding must stand without (a MARK), with the reason (review 25b: a 2003 stamp of the
    US Postal Service labelled "United States Government Work" was ok {{PD-USGov}}). A name
    is found as whole words of the cell (_maker_words)."""
    if not licence.not_by:
        return licence
    if any(cell and _names_one(cell, licence.not_by) for cell in cells):
        return Licence(licence.id, LicenceClass.MARK, None, licence.not_by_why, licence.source, release=False)
    return licence


def _names_one(cell: str, makers: tuple[str, ...]) -> bool:
    """Whether a cell names one of `makers` (each as _maker_words writes it) as whole words."""
    spaced = _maker_words(cell)
    return any(name in spaced for name in makers)


def could_name_licence(text: str) -> bool:
    """A quick test that a text cannot read as a licence or hold one (reader.compared_values,
    asked of every unread column's cell: free text, one of a kind, whose full reading cost ~38
    µs a cell): False where no part of it begins with a word a licence's or statement's name
    begins with (rules/licences.yaml's aliases) and no Creative Commons name stands in it."""
    low = lower(text)
    if ("cc" in low or "creative" in low) and _CC_WORD.search(low) is not None:
        return True
    first = _first_words()
    for part in _PARTS.split(low):
        word_ = _FIRST_WORD.match(part)
        if word_ is not None and word_.group(1) in first:
            return True
    return False


# "cc" as a word's start, or Creative Commons' name: where a Creative Commons licence may stand.
_CC_WORD: Final = datacache.pattern(r"\bcc|creative\s*commons")
# A text's parts: after a comma, semicolon, slash, bar, bracket or a sentence's end
# (reader.compared_values' parts). A cell naming several licences ("GFDL or CC BY-SA 4.0",
# _several) begins with the first one's word.
_PARTS: Final = datacache.pattern(r"[,;/|()]|\.\s")
_FIRST_WORD: Final = datacache.pattern(r"\W*?([^\W\d_]+|©)")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    # and a web address's first words: a licence's or statement's address may follow them
    # ("www.creativecommons.org/...", "http://rightsstatements.org/...": review 25f P1)
    words = {"cc", "creative", "creativecommons", "©", "http", "https", "www"}
    for alias in _table().aliases:
        found = _FIRST_WORD.match(alias)
        if found is not None:
            words.add(found.group(1))
    return frozenset(words)


def alone_ambiguous(text: str) -> bool:
    """Whether a text is, whole, one of the names of a licence or statement that is also an
    everyday word (rules/licences.yaml, `ambiguous_alone`: "Inc" of a firm, Swedish "fri",
    a keyword "copyright", "PD"): read as such only in a licence or rights column, never in
    any other column's cell (reader.compared_values; review 25f P2, P3)."""
    return _clean(text) in _table().ambiguous


def names_a_maker_not_covered(cell: str) -> bool:
    """Whether a cell names a maker some statement of the law does not cover (not_by): the
    whole-row cache keys a rights_holder cell on it (record.holder_cell_state; review 25e P1:
    a USPS row took the answer of an earlier row with another holder)."""
    makers = _table().not_by
    return bool(makers) and _names_one(cell, makers)


# Licence cells already read, text -> Licence (frozen): a plain dict, which compiled costs a
# fraction of an lru_cache call; a row reads its licence at least once. Bounded as the row
# path's other memories (cellmemo.py).
_READ: Final[dict[str, Licence]] = {}


# A row without a licence (a third of a realistic batch): one Licence for all of them, as a
# cell read before shares one (_READ), not a new one a row (its dataclass __init__, which
# stays interpreted in the compiled build: ~2.3k instructions a realistic row, callgrind).
_NO_LICENCE: Final = Licence(None, LicenceClass.NONE)


def names_a_licence(text: str) -> bool:
    """Whether a cell's whole text is a licence's or a rights statement's name ("CC BY 4.0",
    "PDM", "CC0"): asked of a person cell, where it is a shifted column, so only the two
    readings a licence cell's name takes (an alias as written, a Creative Commons name), not
    parse_licence's search for one inside a sentence, and nothing kept."""
    table = _table()
    key = " ".join(lower(text).split())
    if key in table.aliases:
        return True
    return key.startswith(("cc", "creative")) and _cc(_clean(key), table) is not None


# The words of the aliases (alias_words), made once for the table read.
_ALIAS_WORDS: list[tuple[_Table, frozenset[str]]] = []


def alias_words() -> frozenset[str]:
    """Every word of every alias, as names_a_licence compares a cell with them (lower case,
    split at spaces): a cell with a word that none holds is no alias (record._other_field)."""
    table = _table()
    if not _ALIAS_WORDS or _ALIAS_WORDS[0][0] is not table:
        _ALIAS_WORDS[:] = [(table, frozenset(w for alias in table.aliases for w in lower(alias).split()))]
    return _ALIAS_WORDS[0][1]


def names_a_statement_of_no_release(text: str) -> bool:
    """Whether a cell's whole text is a rights statement that releases nothing: an alias of
    rules/licences.yaml whose class is not_free or none ("InC", "UND", "CNE", "InC-EDU",
    "All rights reserved", "©"). Asked of a rights_holder cell, where such a statement stands
    in place of the holder's name (a shifted rights column): it names no holder who released
    the photo, so a free licence beside it is no release: the statements "are not intended to be
    used by individuals to license their own creations" (RightsStatements.org, as quoted at the
    stored https://library-nd.libguides.com/copyright/rights), "RightsStatements describes status;
    CC grants rights" (stored https://digitalrelics.uk/posts/copyright-rights/rightsstatements-org.html;
    record.holder_unknown)."""
    entry = _table().aliases.get(_clean(text))
    return entry is not None and entry.get("class") in ("not_free", "none")


def parse_licence(text: str | None) -> Licence:
    """Never raises: an unreadable string is UNRECOGNISED, which the rules send to review."""
    if text is None:
        return _NO_LICENCE
    found = _READ.get(text)
    if found is None:
        found = recall(_READ, text) or _read_licence(text)
        remember(_READ, text, found)
    return found


def _read_licence(text: str | None) -> Licence:
    if text is None or not text.strip():
        return _NO_LICENCE
    table = _table()
    key = _clean(text)
    entry = table.aliases.get(key)
    if entry is not None:
        return _from_alias(entry)
    found = _cc(key, table)
    if found is not None:
        return found
    # "Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)", or a deed URL inside a
    # sentence: read the part that names the licence.
    for m in re.finditer(r"\((cc[^()]*)\)|(creativecommons\.org/\S+)", key):
        candidate = _clean(m.group(1) or m.group(2))
        rest = key[:m.start()] + " " + key[m.end():]
        entry = table.aliases.get(candidate)
        if entry is not None:
            return _in_sentence(_from_alias(entry), rest, table)
        found = _cc(candidate, table)
        if found is not None:
            return _in_sentence(found, rest, table)
    several = _several(text, table)
    if several is not None:
        return several
    return Licence(None, LicenceClass.UNRECOGNISED, None, f"licence not recognised: {text.strip()!r}")


def _in_sentence(found: Licence, rest: str, table: _Table) -> Licence:
    """A free licence read from a part of a longer cell ("Attribution 4.0 International
    (CC BY 4.0)", "see https://creativecommons.org/licenses/by/4.0/ for the terms"): the
    rest of the cell may only name the same licence again or say nothing of its terms
    (rules/licences.yaml, `sentence_words`; the words of Creative Commons' licence names in
    the exports' languages, vocabularies/values.yaml, for the licence's own elements). A
    cell that says more ("… except for commercial use", "Image: all rights reserved.
    Metadata: https://creativecommons.org/licenses/by/4.0/") goes to a person: read as the
    licence alone, it was ok."""
    if found.cls is not LicenceClass.FREE:
        return found
    from copyright_check.vocabularies import cell_words  # (it imports modules that import this one)

    ident = lower(str(found.id)).split()
    elements = set(ident[1].split("-")) if len(ident) > 1 and ident[0] == "cc" else set()
    versions = {t for t in ident if _VERSION.match(t)}
    words = cell_words()
    allowed = set(table.sentence_words)
    allowed.update(w for p in words.cc_prefix for w in p.split())
    allowed.update(w for p in words.cc_filler for w in p.split())
    allowed.update(w for p, e in words.cc_elements.items() if e in elements for w in re.findall(r"[^\W\d_]+", p))
    allowed.update(w for w, e in _WORDS.items() if e in elements)
    allowed.update(w for pair, joined in _PAIRS.items() if _WORDS.get(joined) in elements for w in pair)
    allowed.update(elements)
    if len(ident) == 4 and ident[0] == "cc" and (_PORT.match(ident[3]) or ident[3] in table.named_ports):
        # A ported licence named with its port's own name too ("Attribution-ShareAlike 2.0
        # UK: England & Wales (CC BY-SA 2.0 UK)", its deed's title): the port, said twice.
        allowed.add(ident[3])
        allowed.update(w for name, code in words.cc_port_names.items()
                       if lower(code) == ident[3] for w in name.split())
    extra = [t for t in _TOKENS.findall(rest) if t not in allowed and t not in versions]
    if not extra:
        return found
    return Licence(None, LicenceClass.UNRECOGNISED, None,
                   f"the licence cell names {found.id} and says more ({', '.join(dict.fromkeys(extra[:6]))}): "
                   "whether the licence covers the image, for every use, is for a person to read",
                   found.source)


# The words and numbers of a licence cell's text around the licence it names.
_TOKENS = datacache.pattern(r"\d+(?:\.\d+)*|[^\W\d_]+")


def _split(text: str, separators: tuple[str, ...]) -> list[str]:
    parts = [lower(text)]
    for sep in separators:
        parts = [p for part in parts for p in part.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def _several(text: str, table: _Table) -> Licence | None:
    """A cell naming several licences. Offered as a choice ("A or B", "either A or B",
    "dual-licensed A / B"), Commons takes the file if one of them is free
    (Commons:Multi-licensing). Only when every part is a licence read on its own; a part
    that is not makes the whole cell unrecognised (a person reads it). Joined by a sign or
    "and" ("A / B", "A + B", "A; B"), the cell does not say whether it is a choice or both
    apply (the image under one, its metadata under the other; a free licence beside "all
    rights reserved for commercial use"): read only when every part stands alike (as a
    choice or together, the answer is then the same), else a person reads it."""
    low = lower(text).strip()
    opener = next((w for w in table.choice_words if low.startswith(w) and low[len(w):len(w) + 1] in (" ", ":")),
                  None)
    if opener is not None:
        parts, choice = _split(low[len(opener) + 1:], table.separators + table.listed), True
    else:
        parts, choice = _split(low, table.separators), True
        if len(parts) < 2:
            parts, choice = _split(low, table.listed), False
    if len(parts) < 2:
        return None
    read = [parse_licence(p) for p in parts]
    if any(r.cls in (LicenceClass.UNRECOGNISED, LicenceClass.NONE) for r in read):
        return None
    others = ", ".join(str(r.id) for r in read)
    free = [r for r in read if r.cls is LicenceClass.FREE]
    standing = {r.cls for r in read if not (free and r.id in table.alone_refused)}
    if not choice and len(standing) > 1:
        return Licence(None, LicenceClass.UNRECOGNISED, None,
                       f"the licence cell names several licences ({others}) without saying whether they are "
                       "offered as a choice ('or') or apply together (the image under one, its metadata or a use "
                       "under another): Commons needs one free licence that covers the image; a person reads it",
                       table.several_source)
    if free:
        # The earliest of the free licences offered: a holder who died after it could have granted it.
        years = [r.published for r in free if r.published is not None]
        return Licence(free[0].id, LicenceClass.FREE, free[0].template,
                       f"offered under several licences ({others}); Commons needs one it accepts",
                       table.several_source, free[0].release,
                       min(years) if len(years) == len(free) else None, free[0].author_only, free[0].attribution)
    marks = [r for r in read if r.cls is LicenceClass.MARK]
    if marks:
        return Licence(marks[0].id, LicenceClass.MARK, marks[0].template, marks[0].why, marks[0].source)
    return Licence(others, LicenceClass.NOT_FREE, None,
                   "; ".join(dict.fromkeys(w for r in read for w in str(r.why).split("; "))),
                   table.several_source)
