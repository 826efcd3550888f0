"""newsfigures — the router: page configuration and the sidebar (Overview first), each page kept at its URL path."""
import streamlit as st

from newsfigures import app

st.set_page_config(page_title="newsfigures", page_icon="🔢", layout="wide")
st.navigation([st.Page(page.path, title=page.title, url_path=page.url_path or None,
                       default=page.default)
               for page in app.PAGES]).run()
