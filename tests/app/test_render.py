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
