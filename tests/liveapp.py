"""The app served exactly as `streamlit run app.py` serves it, in a process that a test can also ask what it still
holds of a visitor: `python tests/liveapp.py PROBE_PORT [streamlit run options…]`.

GET http://127.0.0.1:PROBE_PORT/held?marker=TEXT collects garbage and answers, as JSON, what the server process
still holds that contains TEXT: live Article objects, uploaded files, media files (downloads) and sessions (the
runtime's active and disconnected ones)."""
from __future__ import annotations

import gc
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parents[1]


def held(marker: str) -> dict[str, int]:
    """What this process holds that contains `marker`, after a full garbage collection."""
    from streamlit.runtime import Runtime  # noqa: PLC0415 - only once the server runs
    from streamlit.runtime.app_session import AppSession  # noqa: PLC0415

    from newsfigures.model import Article  # noqa: PLC0415

    gc.collect()
    rt = Runtime.instance()
    needle = marker.encode("utf-8")
    objects = gc.get_objects()
    uploaded = [rec for files in rt.uploaded_file_mgr.file_storage.values() for rec in files.values()]
    media = list(rt.media_file_mgr._storage._files_by_id.values())  # noqa: SLF001 - the test looks inside
    return {
        "articles": sum(1 for o in objects if isinstance(o, Article) and marker in o.text),
        "uploaded_files": sum(1 for rec in uploaded if needle in rec.data),
        "media_files": sum(1 for f in media if needle in bytes(f.content)),
        "sessions": len(rt._session_mgr.list_sessions()),  # noqa: SLF001
        "active_sessions": len(rt._session_mgr.list_active_sessions()),  # noqa: SLF001
        "app_sessions_alive": sum(1 for o in objects if isinstance(o, AppSession)),
    }


class _Probe(BaseHTTPRequestHandler):
    def log_message(self, *_args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        query = parse_qs(urlparse(self.path).query)
        body = json.dumps(held(query.get("marker", [""])[0])).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main(argv: list[str]) -> None:
    """Serve the probe on argv[0] and run `streamlit run app.py argv[1:]` in this process."""
    probe = ThreadingHTTPServer(("127.0.0.1", int(argv[0])), _Probe)
    threading.Thread(target=probe.serve_forever, daemon=True).start()
    from streamlit.web import cli  # noqa: PLC0415

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *argv[1:]]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
