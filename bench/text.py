"""Realistic Chinese demo text: Hedong district companies, addresses and work-safety incidents."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from referral_service.identifiers import resident_id_check_char, uscc_check_char

# (code, name, kind, abbreviation used in case numbers)
AGENCIES = [
    ("HD-JCY", "天津市河东区人民检察院", "procuratorate", "检"),
    ("HD-YJJ", "天津市河东区应急管理局", "administrative", "应急"),
    ("HD-GAJ", "天津市公安局河东分局", "public_security", "公"),
    ("HD-XFJY", "天津市河东区消防救援支队", "administrative", "消"),
    ("HD-WJW", "天津市河东区卫生健康委员会", "administrative", "卫"),
    ("HD-CGW", "天津市河东区城市管理委员会", "administrative", "城管"),
    ("HD-SCJG", "天津市河东区市场监督管理局", "administrative", "市监"),
    ("HD-ZFJD", "天津市河东区行政执法监督办公室", "oversight", "监"),
    ("HD-ZJW", "天津市河东区住房和城乡建设委员会", "administrative", "建"),
    ("HD-JTJ", "天津市河东区交通运输局", "administrative", "交"),
    ("HD-SWJ", "天津市河东区水务局", "administrative", "水"),
    ("HD-STHJ", "天津市生态环境局河东分局", "administrative", "环"),
    ("HD-RSJ", "天津市河东区人力资源和社会保障局", "administrative", "人社"),
    ("HD-SWU", "天津市河东区商务局", "administrative", "商"),
    ("HD-WLJ", "天津市河东区文化和旅游局", "administrative", "文旅"),
    ("HD-JYJ", "天津市河东区教育局", "administrative", "教"),
    ("HD-MZJ", "天津市河东区民政局", "administrative", "民"),
    ("HD-GXJ", "天津市河东区工业和信息化局", "administrative", "工信"),
    ("HD-GHZY", "天津市规划和自然资源局河东分局", "administrative", "规资"),
    ("HD-TJJ", "天津市河东区统计局", "administrative", "统"),
]

STREETS = ["大王庄街道", "大直沽街道", "中山门街道", "富民路街道", "二号桥街道", "春华街道", "唐家口街道",
           "向阳楼街道", "常州道街道", "上杭路街道", "东新街道", "鲁山道街道", "天铁街道"]
ROADS = ["津塘路", "十一经路", "六纬路", "八纬路", "卫国道", "新开路", "中山门大街", "成林道", "程林路",
         "华昌道", "津滨大道", "先锋东路", "红星路", "万东路", "月牙河北路", "东兴路", "嘉华道"]
SITES = ["在建工地", "仓库", "生产车间", "地下车库", "污水井", "商场", "餐饮店后厨", "配电室", "锅炉房",
         "物流园", "加油站", "小区楼顶", "冷库", "化工库房", "出租公寓"]
TRADE = ["建筑安装工程", "物流", "化工贸易", "餐饮管理", "物业服务", "机械制造", "商贸", "装饰工程",
         "燃气", "环境工程", "市政工程", "电力安装", "仓储服务", "钢结构", "冷链"]
BRAND = ["恒泰", "宏达", "鑫源", "津东", "海河", "华昌", "顺通", "永安", "金桥", "盛世", "泰和", "利民",
         "东方", "祥瑞", "中联", "远航", "天成", "德胜", "嘉禾", "润丰", "卫津", "兴业", "瑞丰", "新开"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "海燕", "立新", "春生", "红梅", "国庆"]

# (incident phrase, suspected offence of the Criminal Law, violation found, referral keyword)
INCIDENTS = [
    ("高坠事故", "134(1)", "作业人员未系安全带、临边洞口未设防护栏杆", "高坠"),
    ("消防通道堵塞引发火灾", "139", "消防通道堵塞、疏散指示标志损坏，消防设施未保持完好有效", "消防通道堵塞"),
    ("危化品泄漏", "136", "危化品储存场所未设置泄漏报警装置，违规超量储存", "危化品泄漏"),
    ("有限空间作业中毒窒息事故", "134(1)", "有限空间作业未执行先通风、再检测、后作业的规定，未配备监护人员",
     "有限空间作业"),
    ("燃气爆炸", "136", "燃气管道私自改装、未安装可燃气体报警装置", "燃气爆炸"),
    ("触电事故", "134(1)", "临时用电未执行三级配电两级保护，电工无证上岗", "触电"),
    ("脚手架坍塌", "137", "脚手架搭设未经验收即投入使用，连墙件缺失", "坍塌"),
    ("起重伤害事故", "134(1)", "塔吊司机无特种作业操作证，吊装作业无专人指挥", "起重伤害"),
    ("违规动火作业引发火灾", "139", "动火作业未办理审批手续、现场未配备灭火器材", "动火作业"),
    ("机械伤害事故", "135", "设备防护罩缺失，安全操作规程未落实", "机械伤害"),
    ("冷库氨泄漏", "136", "液氨制冷系统未定期检测，应急处置预案未演练", "氨泄漏"),
    ("电动自行车违规充电引发火灾", "139", "在楼道内违规停放充电电动自行车，堵塞安全出口", "违规充电"),
]
OFFENCE_NAMES = {"134(1)": "重大责任事故罪", "134(2)": "强令、组织他人违章冒险作业罪", "135": "重大劳动安全事故罪",
                 "136": "危险物品肇事罪", "137": "工程重大安全事故罪", "139": "消防责任事故罪"}
LAWS = ["《中华人民共和国安全生产法》第{n}条", "《中华人民共和国消防法》第{n}条", "《危险化学品安全管理条例》第{n}条",
        "《建设工程安全生产管理条例》第{n}条", "《工贸企业有限空间作业安全规定》第{n}条"]
PENALTIES = ["罚款", "责令停产停业整顿", "暂扣许可证", "警告并罚款", "没收违法所得并罚款"]

CST = timezone(timedelta(hours=8))


def uscc(rng: random.Random) -> str:
    body = "91120102" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + uscc_check_char(body)


def resident_id(rng: random.Random) -> str:
    born = datetime(1960, 1, 1) + timedelta(days=rng.randrange(0, 14000))
    body = f"120102{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + resident_id_check_char(body)


class Pools:
    """Pre-built companies, people and addresses, so that generating a row is cheap."""

    def __init__(self, seed: int, companies: int = 3000, people: int = 3000):
        rng = random.Random(seed)
        self.companies = []
        seen = set()
        while len(self.companies) < companies:
            first, second = rng.sample(BRAND, 2)
            name = f"天津{first}{second}{rng.choice(TRADE)}有限公司"
            if name not in seen:
                seen.add(name)
                self.companies.append((name, uscc(rng)))
        self.people = [(rng.choice(SURNAMES) + rng.choice(GIVEN), resident_id(rng)) for _ in range(people)]
        self.addresses = [f"天津市河东区{rng.choice(STREETS)}{rng.choice(ROADS)}{rng.randrange(1, 400)}号"
                          for _ in range(2000)]
        self.phones = [f"022-{rng.randrange(2400_0000, 2499_9999)}" for _ in range(200)]
