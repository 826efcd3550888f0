import io
import json
import zipfile

import pytest

from newsfigures.ingest import corrections
from newsfigures.ingest import Corpus, load_path
from newsfigures.model import Article

from conftest import DATA


def arts():
    return load_path(DATA)[0]


def test_corrections_apply_marks_user_provenance_and_keeps_others():
    a, b = arts()
    out = corrections.apply([a, b], {b.id: {"outlet": "Yonhap", "published": "2025-09-03"}})
    assert out[0] is a
    assert (out[1].outlet, out[1].published, out[1].origin("outlet"), out[1].origin("published")) == ("Yonhap", "2025-09-03", "user", "user")
    assert out[1].text == b.text and out[1].title == b.title
    assert corrections.date_changed([a, b], out) == {b.id}


def test_corrections_normalise_dates_and_refuse_nonsense():
    a = arts()[0]
    assert corrections.diff(a, {"published": "3 September 2025", "outlet": "PAP"}) == {"published": "2025-09-03"}
    assert corrections.diff(a, {"published": "03.09.2025 08:15"}) == {"published": "2025-09-03T08:15"}
    with pytest.raises(corrections.CorrectionError):
        corrections.diff(a, {"published": "next Tuesday-ish"})
    with pytest.raises(corrections.CorrectionError):
        corrections.normalise("text", "x")


def test_corrections_sidecars_zip_round_trips_through_loading(tmp_path):
    a, b = arts()
    fixed = corrections.apply([a, b], {b.id: {"outlet": "Yonhap", "title": "Corrected"}})
    data = corrections.sidecars_zip([fixed[1]])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == [f"{b.id}.json"]
        side = json.loads(zf.read(f"{b.id}.json"))
    assert (side["outlet"], side["title"], side["corrected"]) == ("Yonhap", "Corrected", ["outlet", "title"])
    (tmp_path / f"{b.id}.txt").write_bytes((DATA / f"{b.id}.txt").read_bytes())
    (tmp_path / f"{b.id}.json").write_text(json.dumps(side))
    (back,), _ = load_path(tmp_path)
    assert (back.outlet, back.title, back.origin("outlet")) == ("Yonhap", "Corrected", "sidecar")


def test_corrections_sidecar_name_for_records():
    c = Corpus()
    c.add_bytes("feed.jsonl", b'{"id": "n/1", "text": "About 5 people died."}\n')
    assert corrections.sidecar_name(c.articles[0]) == "n_1.json"
    assert corrections.sidecar_name(Article(id="x", text="", raw_text="", source_file="sub/x.txt")) == "sub/x.json"


@pytest.mark.parametrize("source_file,article_id", [
    ("up.zip/../../../home/user/.bashrc.txt", "x"),
    ("/etc/passwd.txt", "y"),
    ("notes.jsonl:3", "../../evil"),
])
def test_corrections_sidecar_names_never_leave_the_zip(source_file, article_id):
    import io
    import zipfile

    from newsfigures.ingest.corrections import sidecar_name, sidecars_zip
    from newsfigures.model import Article
    arts = [Article(id=article_id, text="t", raw_text="t", source_file=source_file),
            Article(id=article_id + "2", text="u", raw_text="u", source_file=source_file)]
    name = sidecar_name(arts[0])
    assert not name.startswith("/") and ".." not in name.split("/")
    for member in zipfile.ZipFile(io.BytesIO(sidecars_zip(arts))).namelist():
        assert not member.startswith("/") and ".." not in member.split("/"), member
