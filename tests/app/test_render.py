import html

from newsfigures.app.invisible import show_invisible
from newsfigures.app.render import Mark, highlight, legend


def test_render_escapes_hostile_text_between_and_inside_marks():
    text = 'Boom <script>alert(1)</script> killed <img src=x onerror=alert(2)> 2,000 $5 "q"'
    start = text.index("2,000")
    out = highlight(text, [Mark(start, start + 5, "conflict", tooltip='"><script>x</script>', anchor="a-1", href="#b-1")])
    assert "<script>" not in out and "<img" not in out and 'onerror=alert(2)>' not in out
    assert "&lt;script&gt;" in out and "&#36;5" in out
    assert '<mark class="nf-mark nf-conflict"' in out and ">2,000<" in out
    assert 'title="&quot;&gt;&lt;script&gt;' in out


def test_render_no_raw_newlines_so_markdown_cannot_take_over():
    out = highlight("Para one.\n\n# Not a heading\n* not a list", [])
    assert "\n" not in out and "# Not a heading" in out


def test_render_skips_overlapping_and_out_of_range_marks():
    out = highlight("about 2,000 people", [Mark(0, 11, "same"), Mark(6, 11, "conflict"), Mark(5, 99, "same")])
    assert out.count("<mark") == 1


def test_render_legend_lists_each_status_once():
    out = legend(["same", "conflict", "same"])
    assert out.count("same in both") == 1 and "contradiction" in out


def test_render_tooltip_line_breaks_stay_line_breaks_not_literal_br():
    block = highlight("About 2,000 died.", [Mark(0, 11, "same", "About 2,000: value 2,000\nmetric: deaths <b>", "f-0-0")])
    assert 'title="About 2,000: value 2,000\nmetric: deaths &lt;b&gt;"' in block and "<br>" not in block


# --- property: whatever the text and marks, the HTML is only our elements and attributes, no hidden character ---

import html.parser  # noqa: E402
import unicodedata  # noqa: E402

from hypothesis import given, settings, strategies as st  # noqa: E402

ALLOWED = {"div": {"class", "style"}, "mark": {"class", "style", "data-status", "id", "title"}, "sup": set(),
           "a": {"href", "style"}, "br": set()}
HOSTILE_CHARS = st.sampled_from(list("<>&\"'$\n\t\r\x00") + ["\u202e", "\u2066", "\u200b", "\ufeff", "\u061c", "\ud800",
                                                              "\u2028", "\x85", "<script>", "-->", "<!--", "]]>"])
TEXTS = st.lists(st.one_of(st.text(max_size=8), HOSTILE_CHARS), max_size=30).map("".join)


class _Collect(html.parser.HTMLParser):
    """Every start tag with its attributes, end tag, text chunk and anything that is not an element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []
        self.other: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)

    def handle_comment(self, data):
        self.other.append(f"comment {data!r}")

    def handle_decl(self, decl):
        self.other.append(f"declaration {decl!r}")

    def handle_pi(self, data):
        self.other.append(f"processing instruction {data!r}")

    def unknown_decl(self, data):
        self.other.append(f"declaration {data!r}")


def _hidden(s: str) -> list[str]:
    return [c for c in s if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(
    ["same", "conflict", "figure", "x\"><script>", "\u202e"]), TEXTS, TEXTS, TEXTS), max_size=6))
def test_render_any_text_and_marks_give_only_allowed_html_and_no_hidden_character(text, spans):
    marks = [Mark(a, b, status, tip, anchor, href) for a, b, status, tip, anchor, href in spans]
    out = highlight(text, marks)
    parsed = _Collect()
    parsed.feed(out)
    parsed.close()
    assert parsed.other == []
    for tag, attrs in parsed.tags:
        assert tag in ALLOWED and set(attrs) <= ALLOWED[tag], (tag, attrs)
    assert set(_hidden("".join(parsed.data))) <= {"\t"}  # text: line breaks are <br>, tabs &#9;, the rest marks
    assert set(_hidden(out)) <= {"\n"}  # the raw HTML: only a tooltip's line break, inside its title attribute
    assert all(set(_hidden(v)) <= {"\n", "\t"} for _tag, attrs in parsed.tags for v in attrs.values() if v)
    kept = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end))
    if kept:  # the first mark wraps exactly the text at its offsets, hidden characters shown as marks
        first = kept[0]
        assert out.count("<mark ") >= 1
        assert html.escape(show_invisible(text[first.start:first.end]), quote=True).replace("$", "&#36;").replace(
            "\t", "&#9;").replace("\n", "<br>") in out
