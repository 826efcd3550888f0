import pytest

from newsfigures.ingest import Corpus
from newsfigures.ingest.decoding import decode_text, repair_string
from newsfigures.ingest.items import ItemError


def _one(name: str, data: bytes):
    c = Corpus()
    c.add_bytes(name, data)
    return c.articles, c.ledger


def test_decoding_binary_renamed_txt_and_nul_text():
    assert _one("p.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))[1][0].reason == "binary"
    assert _one("g.txt", b"\x1f\x8b\x08" + bytes(20))[1][0].reason == "binary"
    assert _one("n.txt", b"text\x00with\x00nuls")[1][0].reason == "binary"


def test_decoding_utf16_bom_and_encoding_warning():
    arts, ledger = _one("u.txt", "\ufeffAbout 5 people died in Zürich.".encode("utf-16-le"))
    assert arts[0].text == "About 5 people died in Zürich." and ledger[0].warnings
    arts, ledger = _one("c.txt", "Über 500 Menschen starben in München, sagte die Polizei am Montag.".encode("cp1252"))
    assert "München" in arts[0].text and "charset-normalizer" in ledger[0].warnings[0]


@pytest.mark.parametrize("data,text,warned", [
    (b"plain UTF-8 text", "plain UTF-8 text", False),
    (b"\xef\xbb\xbfwith a UTF-8 BOM", "with a UTF-8 BOM", False),
    ("\ufeffUTF-16".encode("utf-16-be"), "UTF-16", True),
])
def test_decoding_boms_and_utf8(data, text, warned):
    assert decode_text(data, "x") == (text, ["decoded as UTF-16-BE (byte-order mark)"] if warned else [])


def test_decoding_broken_bom_is_an_encoding_error():
    with pytest.raises(ItemError) as e:
        decode_text(b"\xef\xbb\xbf\xff\xfe", "x")
    assert e.value.reason == "encoding" and "UTF-8 byte-order mark" in e.value.message


def test_decoding_repair_string_replaces_surrogates_and_drops_controls():
    assert repair_string("a\ud800b\x07c") == ("a\ufffdbc", ["1 lone surrogate escape(s) (invalid Unicode) replaced by U+FFFD",
                                                          "1 control character(s) removed"])
