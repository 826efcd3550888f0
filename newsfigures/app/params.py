"""URL state: each page reads its selection from the query string and writes it back, so a copied link reopens it."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def param(name: str, default: str = "") -> str:
    """A value of this page's URL state."""
    return st.query_params.get(name, default)


def param_list(name: str) -> list[str]:
    """A list value of this page's URL state."""
    return [v for v in st.query_params.get_all(name) if v]


def set_params(**values: str | Sequence[str]) -> None:
    """Write the page's selection into the URL so a copied link reopens the same view."""
    for k, v in values.items():
        if v in ("", None, [], ()):
            if k in st.query_params:
                del st.query_params[k]
        elif st.query_params.get_all(k) != (list(v) if isinstance(v, (list, tuple)) else [v]):
            st.query_params[k] = v


def pin_params(**values: str | Sequence[str]) -> None:
    """Write these values into the URL even when the query string already holds them: a page link to the page
    already shown passes its parameters to the script without updating the address bar."""
    for k, v in values.items():
        st.query_params[k] = v
