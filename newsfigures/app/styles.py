"""CSS the pages add to Streamlit's layout: static rules, never built from article text."""
from __future__ import annotations

PHONE_WIDTH = 640  # pixels: at this width or less a page is laid out for a phone
HEADER = "3.75rem"  # Streamlit's fixed header, which a sticky element must stay below


def _item(key: str) -> str:
    """The flex item of the container with this key (Streamlit wraps each container in a layout wrapper)."""
    return f'[data-testid="stLayoutWrapper"]:has(> .st-key-{key})'


# Compare: the legend stays in view (below the header, on an opaque band) while the articles scroll; a figure jumped
# to from its counterpart lands below the legend, never under it. On a phone the table of aligned pairs comes first,
# then the legend and the stacked articles.
COMPARE_STYLE = f"""<style>
{_item("compare_legend")} {{ position: sticky; top: {HEADER}; z-index: 4; background: var(--background-color, #fff);
  padding: 0.25rem 0; box-shadow: 0 2px 3px rgba(0, 0, 0, 0.08); }}
.st-key-compare_articles mark.nf-mark {{ scroll-margin-top: calc({HEADER} + 4.5rem); }}
@media (max-width: {PHONE_WIDTH}px) {{
  {_item("compare_pairs_box")} {{ order: 1; }}
  {_item("compare_legend")} {{ order: 2; }}
  {_item("compare_articles")} {{ order: 3; }}
}}
</style>"""
