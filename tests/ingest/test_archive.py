import io
import zipfile

from newsfigures.ingest import Corpus


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


def _zip(members: dict[str, bytes], level: int = 9) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_archive_zip_members_each_accounted_and_bomb_rejected():
    data = _zip({"a.txt": b"About 5 people died.", "a.json": b'{"outlet": "AP"}', "b.jsonl": b'{"text": "Some 30 hurt."}\n{bad\n',
                 "c.png": b"\x89PNG"})
    arts, ledger = _one("z.zip", data)
    assert [(e.item, e.status, e.reason) for e in ledger] == [
        ("z.zip/a.txt", "ingested", ""), ("z.zip/b.jsonl:1", "ingested", ""), ("z.zip/b.jsonl:2", "rejected", "bad_json"),
        ("z.zip/c.png", "rejected", "unsupported_type")]
    assert arts[0].outlet == "AP"
    arts, ledger = _one("bomb.zip", _zip({"x.txt": b"0" * (30 * 1024 * 1024)}))
    assert arts == [] and [e.reason for e in ledger] == ["zip_bomb"] and "fold" in ledger[0].message


def test_archive_nested_zip_not_opened_and_bad_sidecar_noted():
    data = _zip({"inner.zip": _zip({"x.txt": b"About 5 people died."}), "a.txt": b"Some 30 were hurt.", "a.json": b"[1, 2]"})
    arts, ledger = _one("outer.zip", data)
    assert [(e.item, e.reason) for e in ledger] == [("outer.zip/a.txt", ""), ("outer.zip/a.json", "bad_sidecar"),
                                                    ("outer.zip/inner.zip", "nested_archive")]
    assert arts[0].outlet == "" and "not a JSON object" in ledger[0].warnings[0]
