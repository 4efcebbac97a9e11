"""The demo data set: Hedong district agencies and one client each, a recommendation and a consultation."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings

from .agencies.models import Agency, AgencyKind
from .agencies.service import add_agency
from .audit.checkpoints import notary_from_settings
from .auth.models import Client
from .auth.protect import Caller
from .auth.scopes import KIND_SCOPES
from .auth.service import register_client
from .consultations.service import open_consultation
from .db import Database
from .files import open_private, private_directory
from .migrate import upgrade
from .recommendations.demo import add_demo_recommendation
from .recommendations.models import Recommendation


DEMO_AGENCIES = [
    ("HD-JCY", "天津市河东区人民检察院", "procuratorate"),
    ("HD-YJJ", "天津市河东区应急管理局", "administrative"),
    ("HD-GAJ", "天津市公安局河东分局", "public_security"),
    ("HD-XFJY", "天津市河东区消防救援支队", "administrative"),
    ("HD-WJW", "天津市河东区卫生健康委员会", "administrative"),
    ("HD-CGW", "天津市河东区城市管理委员会", "administrative"),
    ("HD-SCJG", "天津市河东区市场监督管理局", "administrative"),
    ("HD-ZFJD", "天津市河东区行政执法监督办公室", "oversight"),
]


def set_up_demo(settings: Settings) -> Path:
    """Migrate, add missing demo agencies and clients, and write the credentials file."""
    upgrade(settings.database_url)
    notary_from_settings(settings, create_key=True)  # the access log's checkpoint-signing key, if none yet
    path = Path(settings.instance_path) / "demo-credentials.json"
    db = Database(settings.database_url)
    with db.sessionmaker() as session, session.begin():
        existing = json.loads(path.read_text()) if path.exists() else {}
        known = set(session.scalars(select(Client.client_id)))
        credentials = {}
        for code, name, kind in DEMO_AGENCIES:
            agency = session.scalar(select(Agency).where(Agency.code == code)) or add_agency(
                session, code, name, kind)
            entry = existing.get(code)
            scopes = " ".join(sorted(KIND_SCOPES[AgencyKind(kind)]))
            # A client from an older demo, without scopes added since, is replaced.
            if entry and entry["client_id"] in known and set(entry["scope"].split()) == set(scopes.split()):
                credentials[code] = entry
                continue
            client, secret = register_client(session, code, scopes, f"{agency.name} 演示系统")
            credentials[code] = {"agency": name, "kind": kind, "client_id": client.client_id,
                                 "client_secret": secret, "scope": client.scope}
        recommendation = add_demo_recommendation(session, settings)
        if recommendation is not None:
            add_demo_consultation(session, recommendation)
    db.dispose()
    private_directory(path.parent)
    with open_private(path) as out:
        out.write(json.dumps(credentials, ensure_ascii=False, indent=2).encode())
    return path


def add_demo_consultation(session: Session, recommendation: Recommendation) -> None:
    """HD-JCY asks HD-XFJY a question about the recommendation it served on it."""
    jcy = session.scalar(select(Agency).where(Agency.code == "HD-JCY"))
    caller = Caller("demo", jcy.id, jcy.code, jcy.kind, KIND_SCOPES[jcy.kind])
    open_consultation(session, caller, {
        "kind": "question", "addressee_agency": "HD-XFJY", "subject": "电动自行车集中充电设施建设进展",
        "question": "请告知辖区老旧小区电动自行车集中充电设施的建设计划和进度。",
        "link": {"type": "recommendation", "id": recommendation.id},
        "due_on": recommendation.served_on + timedelta(days=30)})
