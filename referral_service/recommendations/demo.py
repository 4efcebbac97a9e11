"""Demo data: a served recommendation with hazards."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..agencies.models import Agency
from ..auth.protect import Caller
from ..auth.scopes import KIND_SCOPES
from ..db import utcnow
from . import deadlines, service
from .models import Recommendation

DOCUMENT_NUMBER = "津河检建〔2026〕1号"


def add_demo_recommendation(session: Session, settings) -> Recommendation | None:
    """Once: HD-JCY serves a recommendation on HD-XFJY; None if it did so already."""
    jcy = session.scalar(select(Agency).where(Agency.code == "HD-JCY"))
    if session.scalar(select(Recommendation.id).where(Recommendation.document_number == DOCUMENT_NUMBER)):
        return None
    caller = Caller("demo", jcy.id, jcy.code, jcy.kind, KIND_SCOPES[jcy.kind])
    recommendation = service.create_recommendation(session, caller, {
        "document_number": DOCUMENT_NUMBER, "recipient_agency": "HD-XFJY", "kind": "social_governance",
        "title": "关于督促整治居民小区消防通道堵塞和“飞线充电”问题的检察建议",
        "facts": "本院在履职中发现辖区多个居民小区消防通道被占用堵塞，部分居民私拉电线为电动自行车充电，存在重大火灾隐患。",
        "legal_basis": "《中华人民共和国消防法》第二十八条；《人民检察院检察建议工作规定》第十一条",
        "requested_measures": "一、开展专项检查，清理占用、堵塞消防通道的车辆和杂物；二、督促物业服务企业落实消防安全责任；三、推动建设电动自行车集中充电设施。",
        "harm_spreading": False,
        "hazards": [
            {"category": "fire_safety", "description": "消防通道被私家车长期占用", "location": "天津市河东区某小区3号楼北侧",
             "division_code": "120102"},
            {"category": "electrical", "description": "居民从楼上私拉电线为电动自行车充电（飞线充电）",
             "location": "天津市河东区某小区5号楼", "division_code": "120102"},
        ],
        "copies_to": [{"body": "government", "name": "天津市河东区人民政府"}],
    })
    served_on = deadlines.china_today(utcnow()) - timedelta(days=3)
    service.act(session, caller, recommendation.id, {"action": "serve", "served_on": served_on,
                                                     "service_method": "in_writing"},
                service.Periods.of(settings), None)
    return recommendation
