"""Synthetic reports for the benchmarks: the examples with organs, figures and prose
varied, planted defects kept (sums that break, copied reports), and a report padded to
any size with varied paragraphs of the kind real reports carry."""
from __future__ import annotations

import random
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
COUNTIES = [a + b for a in "东西南北中上下新安平永宁长清" for b in ("山县", "川县", "河县", "阳区", "湖市")]
DEPARTMENTS = ["人民政府", "教育局", "财政局", "民政局", "统计局", "卫生健康委员会", "自然资源局", "镇人民政府"]
_CELL = regex.compile(r"(?<=\| )\d+(?= \|)")
_ORGAN = regex.compile(r"[\p{Han}]{2,8}(?:县|区|市)(?:[\p{Han}]{0,8}(?:局|委员会|镇人民政府|人民政府))")

# Sentences of the kind a report's prose is made of; {n} and {m} are varied numbers.
# About one in four carries a count, which gives the seeds' density (~2 per KB).
SENTENCES = [
    "围绕重点领域信息公开，全年通过政府网站发布政策文件{n}条。",
    "坚持以公开为常态、不公开为例外，持续深化决策、执行、管理、服务、结果公开。",
    "组织召开新闻发布会{m}场，邀请部门主要负责人解读重点政策。",
    "健全信息发布审查机制，对拟公开信息逐条进行保密审查，防止泄密和侵犯个人隐私。",
    "加强政策解读工作，坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。",
    "对照政务公开标准目录，梳理更新公开事项，动态调整公开内容，确保信息准确完整。",
    "加强政府信息公开专栏建设，整合优化栏目设置，方便公众查阅。",
    "依法依规办理依申请公开事项，规范答复文书，做到按时答复、答复规范。",
    "推进基层政务公开标准化规范化建设，完善村（社区）公开栏，打通政务公开“最后一公里”。",
    "通过政府开放日等活动，邀请人大代表、政协委员和群众代表参与，增进社会理解和支持。",
    "强化政务新媒体管理，严格落实信息发布审核制度，提升政务新媒体的传播力和影响力。",
    "将政务公开工作纳入年度绩效考核，压实工作责任，形成一级抓一级、层层抓落实的工作格局。",
]


def organ(rng: random.Random, i: int) -> str:
    return rng.choice(COUNTIES) + rng.choice(DEPARTMENTS) + f"{i % 97}"


def templates() -> list[str]:
    from gxlint.read import read_source  # decodes the Big5 example too

    return [read_source(str(p)).text for p in sorted((ROOT / "examples").glob("*.txt"))]


def variant(template: str, rng: random.Random, name: str) -> str:
    text = template
    for old in sorted(set(_ORGAN.findall(template.split("\n")[0])), key=len, reverse=True):
        text = text.replace(old, name)
    # Change some figures so reports differ; sums may break, as in real submissions.
    return _CELL.sub(lambda m: str(int(m.group()) + rng.choice((0, 0, 0, 1, 2))), text)


def paragraph(rng: random.Random) -> str:
    picks = rng.sample(SENTENCES, 4)
    return "".join(s.format(n=rng.randint(10, 5000), m=rng.randint(1, 60)) for s in picks)


def sized(target_bytes: int, seed: int = 1) -> str:
    """A format-2021 report of about `target_bytes` UTF-8 bytes: the clean example
    with its first part grown by varied paragraphs."""
    rng = random.Random(seed)
    base = (ROOT / "examples" / "2021-county-clean.txt").read_text(encoding="utf-8")
    head, sep, tail = base.partition("\n二、主动公开政府信息情况")
    extra: list[str] = []
    size = len(base.encode())
    while size < target_bytes:
        p = paragraph(rng)
        extra.append(p)
        size += len(p.encode()) + 1
    return head + "\n" + "\n".join(extra) + "\n" + sep + tail


def corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """n varied reports in `folder`. Each is one of the examples (with their planted
    defects) under another organ's name and with figures changed, so sums break and
    every report is a near copy of others (GX702)."""
    rng = random.Random(seed)
    bases = templates()
    out = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(variant(rng.choice(bases), rng, organ(rng, i)), encoding="utf-8")
        out.append(path)
    return out
