"""Record values can never inject wikitext (DESIGN.md: templates escape every value)."""

import pytest

from copyright_check.wikitext import escape_wikitext, render_file_page, render_tag

NASTY = ["A|B", "x}}{{delete|spam", "{{PD-old}}", "[[Category:Spam]]", "<nowiki>", "<script>alert(1)</script>",
         "a=b", "line\nbreak", "~~~~", "''bold''"]


@pytest.mark.parametrize("value", NASTY)
def test_values_render_inert_in_a_template_argument(value: str) -> None:
    out = render_tag("PD-old-auto", [("deathyear", value)])
    inner = out[len("{{PD-old-auto|deathyear="):-2]
    for bad in ("|", "{", "}", "[", "]", "<", ">", "=", "\n", "~~", "''"):
        assert bad not in inner


@pytest.mark.parametrize("value", NASTY)
def test_file_page_escapes_titles_and_authors(value: str) -> None:
    page = render_file_page({"title": value, "date": value, "source": value, "author": value,
                             "templates": ["{{Cc-zero}}"]})
    assert page.count("{{") == page.count("}}")
    assert "[[Category" not in page and "<script" not in page and "{{delete" not in page


def test_escape_keeps_plain_text() -> None:
    assert escape_wikitext("Uppsala domkyrka 1925") == "Uppsala domkyrka 1925"


def test_file_page_for_an_uploadable_row() -> None:
    from copyright_check import Assessor, file_page

    row = {"id": "1", "title": "Uppsala domkyrka|{{delete}}", "photographer": "Oscar Halldin",
           "photographer_death_year": "1948", "image_date": "1925", "published_date": "1925",
           "origin_country": "SE", "photo_kind": "photographic_work", "depicted_type": "none",
           "rights_holder": "Upplandsmuseet"}
    a = Assessor().assess(row)
    page = file_page(row, a.templates)
    assert "{{PD-old-auto-expired|deathyear=1948}}" in page
    assert "|author=Oscar Halldin" in page and "{{delete}}" not in page


def test_file_page_shows_the_assumptions_a_verdict_rests_on() -> None:
    # The batch-wide facts an institution asserted must be visible to a Commons reviewer.
    from copyright_check import Assessor, file_page
    from copyright_check.assumptions import cite
    from copyright_check.mapping import Assumption

    row = {"id": "1", "photographer": "Oscar Halldin", "photographer_death_year": "1948",
           "image_date": "1925", "published_date": "1925", "photo_kind": "photographic_work",
           "depicted_type": "none", "origin_country": "SE"}
    assessor = Assessor()
    filled = {"origin_country": Assumption("origin_country", "SE", "profile p.yaml")}
    a = cite(assessor.assess(row), row, filled, assessor.assess)
    notes = [r.text for r in a.reasons if r.rule.startswith("assumed:")]
    assert a.verdict.value == "ok" and len(notes) == 1
    page = file_page(row, a.templates, assumed=notes)
    assert "|permission=The institution states for the whole batch that origin&#95;country is &#39;SE&#39;" in page


def test_templates_render_in_a_sandbox() -> None:
    """templates/*.j2 are volunteer-editable data: a template must not reach Python."""
    import jinja2.sandbox

    from copyright_check.wikitext import environment

    env = environment()
    assert isinstance(env, jinja2.sandbox.ImmutableSandboxedEnvironment)
    with pytest.raises(jinja2.sandbox.SecurityError):
        env.from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}").render()
    with pytest.raises(jinja2.sandbox.SecurityError):
        env.from_string("{% set _ = params.append(1) %}").render(params=[])


def test_file_page_reads_missing_values_as_empty_not_nan() -> None:
    from copyright_check.wikitext import file_page

    page = file_page({"title": float("nan"), "photographer": None, "image_date": 1925.0, "rights_holder": b"KMB"},
                     ["{{PD-old}}"])
    assert "nan" not in page.lower() and "None" not in page and "1925.0" not in page
    assert "1925" in page and "KMB" in page and "b&#39;" not in page


# Tags are rendered from tag.j2's plan, not through Jinja2, where the template is a plain
# pattern (wikitext.tag_plan): the text must be Jinja2's own, byte for byte.
TAG_PARAMS = [(), (("deathyear", 1948),), (("deathyear", None),), (("1", "Émile\u2028"), ("2", 0)),
              *((("deathyear", value), ("country", value)) for value in NASTY)]


@pytest.mark.parametrize("params", TAG_PARAMS)
def test_a_tag_rendered_from_its_plan_is_what_jinja2_renders(params: tuple[tuple[str, object], ...]) -> None:
    from copyright_check import wikitext

    for name in ("PD-old-auto", "FoP-Sweden", "PD-Art|PD-old-100"):
        assert wikitext.render_tag(name, params) == wikitext._jinja_render(name, params)
        assert wikitext._render(name, params) == wikitext._jinja_render(name, params)


def test_the_shipped_tag_template_is_a_plain_pattern() -> None:
    # Otherwise every new tag goes through Jinja2 again (~65 µs a render): still right, slow.
    from copyright_check import wikitext
    from copyright_check.paths import templates_dir

    assert wikitext.tag_plan((templates_dir() / "tag.j2").read_text("utf-8")) is not None


@pytest.mark.parametrize("source", [
    "{{ name }}{% if name == 'x' %}|x{% endif %}",  # a condition: the output is not the pieces
    "{{ name | upper }}",  # another filter
    "{{ name }}{% for key, value in params %}|{{ key }}={{ value }}{% endfor %}",  # a value not escaped
    "{{ name }}{% for key, value in params if value %}|{{ key }}={{ value | wikitext }}{% endfor %}",
    "{{ name }}{% for key, value in params %}|{{ name }}{% endfor %}",
    "{{ name.upper() }}",
    "{% set x = 1 %}{{ name }}",
    "{{ name }}{% for k, v in params %}{% endfor %}{% for k, v in params %}{% endfor %}",
])
def test_a_tag_template_that_is_not_a_plain_pattern_is_left_to_jinja2(source: str) -> None:
    from copyright_check.wikitext import tag_plan

    assert tag_plan(source) is None


def test_a_plain_tag_template_of_another_shape_is_read_as_written() -> None:
    # Other literal text, a loop with other names, the name after the loop: still pieces.
    from copyright_check import wikitext

    source = ("{#- c -#}\n{{ '{{' }}subst:{{ name }}{% for k, v in params %} |{{ k }} = {{ v | wikitext }}"
              "{% endfor %}}} <!-- {{ name }} -->\n")
    plan = wikitext.tag_plan(source)
    assert plan is not None
    template = wikitext.environment().from_string(source)
    for params in TAG_PARAMS:
        assert wikitext._planned(plan, "X", params) == template.render(name="X", params=list(params)).strip()


# The page names the person a photographer cell names: a Wikidata item's id a linked-data export
# writes beside the name ("Q5 Oscar Halldin": Q5 is Wikidata's class "human") is no part of it.
# {{Information}}'s author field holds the name of the file's author (stored
# https://commons.m.wikimedia.org/wiki/Template:Author); the id is not linked, since the cell does
# not say the item is the person's own. The page said "|author=Q5 Oscar Halldin" (fix16 item 1).
@pytest.mark.parametrize(("cell", "author"), [
    ("Q5 Oscar Halldin", "Oscar Halldin"), ("Oscar Halldin (Q5933220)", "Oscar Halldin"),
    ("Oscar Halldin, Q5933220", "Oscar Halldin"), ("Oscar Halldin [Q5933220]", "Oscar Halldin"),
    ("http://www.wikidata.org/entity/Q5933220 Oscar Halldin", "Oscar Halldin"),
    # an id alone is all the row gives: kept as written; a name holding a Q stays whole
    ("Q5933220", "Q5933220"), ("Qin Shi", "Qin Shi"), ("Q-Foto AB", "Q-Foto AB"), ("Oscar Halldin", "Oscar Halldin")])
def test_a_page_names_the_person_without_the_wikidata_id_beside_the_name(cell: str, author: str) -> None:
    from copyright_check.wikitext import file_page

    page = file_page({"title": "Uppsala domkyrka", "photographer": cell}, ["{{PD-old-auto-expired|deathyear=1948}}"])
    assert f"|author={author}\n" in page


def test_bidirectional_override_controls_are_dropped_from_the_page() -> None:
    # Review 24b: a right-to-left override (U+202E) in a title reversed what followed it on the
    # rendered page, so the page showed other text than it held. The marks right-to-left text
    # needs (U+200F) stay; the overrides, embeddings and isolates go, in values, comments and links.
    from copyright_check.wikitext import escape_comment, escape_link, escape_wikitext

    assert escape_wikitext("Foto\u202egpj.exe") == "Fotogpj.exe"
    assert escape_wikitext("\u2067قصر\u2069 \u200f") == "قصر \u200f"
    assert "\u202d" not in escape_comment("a\u202db") and "\u202a" not in escape_link("https://example.org/\u202ax")
