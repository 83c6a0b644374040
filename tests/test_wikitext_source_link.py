"""A file page's source is a link where the export gives the record's web address (review 14 M7).

Commons:Essential information asks for "at least a link to the page the image is displayed on".
MediaWiki makes an external link of an address only where its wikitext holds the literal
"https://" (stored https://en.uncyclopedia.co/wiki/Template:MediaWiki_URL_rules: "URLs must begin
with a supported URI scheme. http:// and https://"); every value escaped into character
references, ":" as "&#58;", showed the address as text. A well-formed http(s) address is written
as a bracketed external link, only what would end the link (MediaWiki's EXT_LINK_URL_CLASS: not
[ ] < > " or a space) or act on the page (| { } in a template argument, ~~~ a signature, '' a
bold or italic mark, __ a behaviour switch) percent-encoded; any other source is escaped as
before. Checked on the page as parsed (mwparserfromhell).
"""

from __future__ import annotations

from datetime import date

import pytest

from copyright_check import Assessor
from copyright_check.wikitext import row_text

mwparserfromhell = pytest.importorskip("mwparserfromhell", reason="pip install -e '.[test]' (mwparserfromhell)")

# A Swedish photographic work of 1925 by a photographer who died in 1930: ok, PD.
ROW = {"id": "SL1", "title": "Uppsala domkyrka", "photographer": "Anna Svensson", "photographer_death_year": "1930",
       "image_date": "1925", "published_date": "1925", "origin_country": "SE", "photo_kind": "photographic_work",
       "depicted_type": "none"}


def _source(cells: dict[str, str]) -> mwparserfromhell.wikicode.Wikicode:
    a = Assessor().assess(cells, date(2026, 12, 1))
    assert a.verdict.value == "ok"
    code = mwparserfromhell.parse(row_text(cells, a))
    [info] = [t for t in code.filter_templates(recursive=False) if t.name.strip() == "Information"]
    return info.get("source").value


@pytest.mark.parametrize(("column", "url"), [
    ("source_url", "https://samlingar.example/objekt/NM-10"),
    ("url", "http://digitaltmuseum.se/021016366813/uppsala-domkyrka?q=a&b=c"),
    ("link", "https://www.flickr.com/photos/swedish_heritage_board/5/"),
])
def test_a_source_that_is_a_web_address_is_a_link_on_the_file_page(column: str, url: str) -> None:
    value = _source({**ROW, column: url})
    [link] = value.filter_external_links()
    assert str(link.url) == url and link.brackets
    assert str(value).strip() == f"[{url}]"


def test_an_address_with_characters_that_would_break_the_link_or_the_page_is_percent_encoded() -> None:
    value = _source({**ROW, "source_url": "https://x.example/a|b{c}d[e]f<g>h\"i~~~~j''k__NOTOC__"})
    [link] = value.filter_external_links()
    assert str(link.url) == "https://x.example/a%7Cb%7Bc%7Dd%5Be%5Df%3Cg%3Eh%22i%7E%7E%7E~j%27%27k_%5FNOTOC_%5F"
    assert not value.filter_templates() and "~~~" not in str(value) and "''" not in str(value)


@pytest.mark.parametrize("holder", ["Riksantikvarieämbetet", "see https://x.example", "javascript:alert(1)",
                                    "ftp://x.example/a", "https://"])
def test_a_source_that_is_not_one_web_address_is_escaped_text(holder: str) -> None:
    value = _source({**ROW, "rights_holder": holder})
    assert not value.filter_external_links()
