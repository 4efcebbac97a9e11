"""Evidence files: allowed types by extension and contents, size limit, SHA-256, access, download."""
from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import replace

import pytest

from referral_service import create_app
from ..support import EMERGENCY, FIRE, POLICE, PROCURATORATE, AgencyClient, ContractClient, basic
from .referral_support import create, walk_to

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<xml/>")
    return buffer.getvalue()


DOCX = _zip("[Content_Types].xml", "word/document.xml")
OFD = _zip("OFD.xml", "Doc_0/Document.xml")


@pytest.fixture
def actors(as_agency):
    return {"source": as_agency(EMERGENCY), "recipient": as_agency(POLICE),
            "procuratorate": as_agency(PROCURATORATE)}


def download(caller, url):
    response = caller.get(url)
    return response, response.get_data()


def upload(caller, referral_id, content: bytes, filename: str, headers=None, **fields):
    data = {"file": (io.BytesIO(content), filename), **fields}
    return caller.post(f"/api/v1/referrals/{referral_id}/attachments", data=data,
                       content_type="multipart/form-data", headers=headers)


@pytest.mark.parametrize("content,filename,content_type", [
    (PDF, "涉嫌犯罪案件移送书.pdf", "application/pdf"),
    (PNG, "现场照片.PNG", "image/png"),
    (JPEG, "现场.jpeg", "image/jpeg"),
    (DOC, "调查报告.doc", "application/msword"),
    (DOCX, "调查报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (OFD, "鉴定结论.ofd", "application/ofd"),
])
def test_upload_list_and_download_each_allowed_type(actors, content, filename, content_type, settings):
    referral = create(actors["source"])
    response = upload(actors["source"], referral["id"], content, filename, document_type="transfer_letter")
    assert response.status_code == 201, response.json
    attachment = response.json
    assert attachment["sha256"] == hashlib.sha256(content).hexdigest()
    assert (attachment["filename"], attachment["content_type"]) == (filename, content_type)
    assert (attachment["size_bytes"], attachment["document_type"]) == (len(content), "transfer_letter")
    assert response.headers["Location"] == attachment["download_url"]
    stored = list(settings.attachment_storage_path.rglob("*"))
    assert [p.read_bytes() for p in stored if p.is_file()] == [content]
    for who in ("source", "recipient", "procuratorate"):
        listed = actors[who].get(f"/api/v1/referrals/{referral['id']}/attachments")
        assert [a["id"] for a in listed.json["items"]] == [attachment["id"]]
        got, data = download(actors[who], attachment["download_url"])
        assert got.status_code == 200
        assert data == content
        assert got.mimetype == content_type
        assert got.headers["X-Content-SHA256"] == attachment["sha256"]
        assert "attachment" in got.headers["Content-Disposition"]


@pytest.mark.parametrize("content,filename,message", [
    (PDF, "report.exe", "Allowed"),
    (PDF, "noextension", "Allowed"),
    (b"MZ\x90\x00 not a pdf", "移送书.pdf", "not a PDF"),
    (PNG, "photo.jpg", "not a JPG"),
    (_zip("word/document.xml"), "scan.ofd", "not a OFD"),
    (_zip("something.txt"), "report.docx", "not a DOCX"),
])
def test_wrong_types_are_422_and_store_nothing(actors, settings, content, filename, message):
    referral = create(actors["source"])
    response = upload(actors["source"], referral["id"], content, filename)
    assert response.status_code == 422
    assert message in response.json["errors"]["file"][0]
    assert actors["source"].get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"] == []
    assert not [p for p in settings.attachment_storage_path.rglob("*") if p.is_file()]


def test_missing_file_bad_document_type_and_json_body(actors):
    referral = create(actors["source"])
    url = f"/api/v1/referrals/{referral['id']}/attachments"
    response = actors["source"].post(url, data={"document_type": "other"}, content_type="multipart/form-data")
    assert response.status_code == 422 and "file" in response.json["errors"]
    response = upload(actors["source"], referral["id"], PDF, "a.pdf", document_type="diary")
    assert response.status_code == 422 and "document_type" in response.json["errors"]
    assert actors["source"].post(url, json={"file": "x"}).status_code == 415


def test_size_limit_is_configurable_and_larger_files_are_413(settings, agencies, register, tmp_path):
    small = replace(settings, attachment_max_bytes=1000)
    app = create_app(small)
    app.test_client_class = ContractClient
    client = app.test_client()
    client_id, secret = register(EMERGENCY)
    token = client.post("/oauth/token", data={"grant_type": "client_credentials"},
                        headers=basic(client_id, secret)).json["access_token"]
    source = AgencyClient(client, token, EMERGENCY, client_id)
    referral = create(source)
    assert upload(source, referral["id"], PDF + b"0" * (1000 - len(PDF)), "a.pdf").status_code == 201
    too_big = upload(source, referral["id"], PDF + b"0" * 1001, "b.pdf")
    assert too_big.status_code == 413
    huge = upload(source, referral["id"], PDF + b"0" * 200_000, "c.pdf")
    assert huge.status_code == 413
    listed = source.get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"]
    assert [a["filename"] for a in listed] == ["a.pdf"]
    assert len([p for p in small.attachment_storage_path.rglob("*") if p.is_file()]) == 1


def test_default_limit_allows_more_than_the_json_body_limit(actors, settings):
    referral = create(actors["source"])
    content = PDF + b"0" * (settings.max_body_bytes + 10)
    assert upload(actors["source"], referral["id"], content, "big.pdf").status_code == 201


def test_outsiders_get_404_and_closed_referrals_take_no_evidence(actors, as_agency):
    referral = create(actors["source"])
    attachment = upload(actors["source"], referral["id"], PDF, "a.pdf").json
    fire = as_agency(FIRE)
    assert upload(fire, referral["id"], PDF, "b.pdf").status_code == 404
    assert fire.get(f"/api/v1/referrals/{referral['id']}/attachments").status_code == 404
    assert download(fire, attachment["download_url"])[0].status_code == 404
    assert actors["source"].get(
        f"/api/v1/referrals/{referral['id']}/attachments/00000000-0000-4000-8000-000000000000").status_code == 404
    withdrawn = walk_to(actors, "withdrawn")
    response = upload(actors["source"], withdrawn["id"], PDF, "late.pdf")
    assert response.status_code == 409


def test_recipient_and_procuratorate_may_add_evidence_readers_may_not(actors, as_agency):
    referral = create(actors["source"])
    assert upload(actors["recipient"], referral["id"], PNG, "回执.png").status_code == 201
    assert upload(actors["procuratorate"], referral["id"], PNG, "意见.png").status_code == 201
    reader = as_agency(POLICE, "referrals:read")
    assert upload(reader, referral["id"], PNG, "x.png").status_code == 403
    names = [a["uploaded_by_agency"] for a in
             actors["source"].get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"]]
    assert names == [POLICE, PROCURATORATE]


def test_upload_is_idempotent_by_key(actors, settings):
    referral = create(actors["source"])
    headers = {"Idempotency-Key": "upload-1"}
    first = upload(actors["source"], referral["id"], PDF, "a.pdf", headers=headers)
    again = upload(actors["source"], referral["id"], PDF, "a.pdf", headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json == first.json and again.headers["Idempotent-Replayed"] == "true"
    other = upload(actors["source"], referral["id"], PNG, "a.png", headers=headers)
    assert other.status_code == 422 and "Idempotency-Key" in other.json["errors"]
    assert len(actors["source"].get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"]) == 1
    assert len([p for p in settings.attachment_storage_path.rglob("*") if p.is_file()]) == 1


def test_a_failed_request_removes_its_stored_file(actors, settings, app, monkeypatch):
    """If the transaction does not commit, the bytes already written are removed."""
    from referral_service.referrals import service

    referral = create(actors["source"])
    original = service.add_attachment

    def add_then_fail(*args, **kwargs):
        original(*args, **kwargs)
        raise service.Conflict("simulated failure after the file was written")

    monkeypatch.setattr(service, "add_attachment", add_then_fail)
    assert upload(actors["source"], referral["id"], PDF, "a.pdf").status_code == 409
    assert not [p for p in settings.attachment_storage_path.rglob("*") if p.is_file()]
    assert actors["source"].get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"] == []


@pytest.mark.parametrize("content,filename", [
    (b"%PDF-<html><script>alert(1)</script></html>", "移送书.pdf"),
    (b"%PDF-1.7\n<script>alert(document.cookie)</script>\n%%EOF", "报告.pdf"),
    (b"%PDF-1.4\n<!DOCTYPE html><html><body>x</body></html>", "a.pdf"),
    (PNG + b"<svg onload=alert(1)>", "照片.png"),
    (b"\xff\xd8\xff\xe0<html><body>x</body></html>", "现场.jpg"),
])
def test_markup_behind_a_magic_number_is_refused(actors, settings, content, filename):
    referral = create(actors["source"])
    response = upload(actors["source"], referral["id"], content, filename)
    assert response.status_code == 422 and "file" in response.json["errors"]
    assert not [p for p in settings.attachment_storage_path.rglob("*") if p.is_file()]


def test_downloads_are_attachments_never_sniffed(actors):
    referral = create(actors["source"])
    attachment = upload(actors["source"], referral["id"], PDF, "a.pdf").json
    got, _data = download(actors["recipient"], attachment["download_url"])
    assert got.headers["Content-Disposition"].startswith("attachment")
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in got.headers["Cache-Control"]


def test_attachments_per_referral_are_limited_in_number_and_bytes(actors, app, settings):
    app.config["SETTINGS"] = replace(settings, attachment_max_count_per_referral=2,
                                     attachment_max_total_bytes_per_referral=len(PDF) * 2 + 10)
    referral = create(actors["source"])
    assert upload(actors["source"], referral["id"], PDF, "1.pdf").status_code == 201
    too_much = upload(actors["source"], referral["id"], PDF + b"0" * 20, "2.pdf")
    assert too_much.status_code == 413 and "together" in too_much.json["detail"]
    assert upload(actors["source"], referral["id"], PDF, "2.pdf").status_code == 201
    third = upload(actors["source"], referral["id"], PDF, "3.pdf")
    assert third.status_code == 422 and "at most 2 attachments" in third.json["errors"]["file"][0]
    listed = actors["source"].get(f"/api/v1/referrals/{referral['id']}/attachments").json["items"]
    assert len(listed) == 2


def test_attachment_files_are_private(actors, settings):
    referral = create(actors["source"])
    assert upload(actors["source"], referral["id"], PDF, "a.pdf").status_code == 201
    root = settings.attachment_storage_path
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode)}"
