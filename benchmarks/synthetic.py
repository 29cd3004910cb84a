"""Synthetic reports for the benchmarks: the examples with organs, figures and prose
varied, planted defects kept (sums that break, copied reports), and a report padded to
any size with varied paragraphs of the kind real reports carry."""
from __future__ import annotations

import random
from dataclasses import dataclass
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


# Sentences put together from parts, for prose that differs between organs and years
# (thousands of combinations), unlike SENTENCES, whose dozen every report shares.
_WHO = ["全县各部门", "各乡镇", "办公室", "政务公开领导小组", "信息中心", "各业务科室", "机关各支部", "局属各单位"]
_DID = ["认真落实", "扎实推进", "持续完善", "深入开展", "统筹推进", "全面梳理", "着力加强", "稳步推进"]
_WHAT = ["重点领域信息公开", "政策解读和回应关切", "依申请公开办理", "政务新媒体管理", "公开平台建设",
         "基层政务公开标准化", "保密审查机制", "政府信息管理"]
_WHY = ["切实保障群众知情权", "提升政务公开质量", "增强政府公信力", "方便公众查阅办事", "推动工作落地见效",
        "回应社会关切"]
_HOW = ["建立工作台账", "明确责任分工", "加强督促检查", "定期通报情况", "组织专题培训", "开展自查整改",
        "完善工作流程", "强化考核评价"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(_WHO)}{rng.choice(_DID)}{rng.choice(_WHAT)}工作，{rng.choice(_HOW)}，"
            f"{rng.choice(_HOW)}，{rng.choice(_WHY)}，全年完成相关事项{rng.randint(3, 900)}项。")


def prose(rng: random.Random, sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(sentences))


@dataclass(frozen=True)
class Year:
    """One organ's report for one year: what the next year's report must carry on."""
    text: str
    part1: str
    part5: str
    carried: tuple[int, ...]        # table 三 结转下年度, by column
    in_force: int                   # table 二 行政规范性文件 现行有效件数


_PLANTS = ("", "copy", "copy-part5", "in-force", "carry-over")


def two_years(folder: Path, organs: int, first: int = 2022, seed: int = 11) -> dict[str, str]:
    """Each organ's reports for `first` and the year after, in `folder`/<organ>/<year>.txt.
    Organ i plants _PLANTS[i % 5] in its second year: its whole prose copied from the
    year before (GX704), only part 五 copied (GX704), 现行有效 that does not follow
    (GX705), 上年结转 that is not last year's 结转下年度 (GX701); the others carry on
    right. Returns organ folder → what it planted."""
    rng = random.Random(seed)
    base = (ROOT / "examples" / "2021-county-clean.txt").read_text(encoding="utf-8")
    planted = {}
    for i in range(organs):
        name = f"{COUNTIES[i % len(COUNTIES)]}{i}号镇人民政府"
        plant = _PLANTS[i % len(_PLANTS)]
        before = _year(base, name, first, rng, None, "")
        after = _year(base, name, first + 1, rng, before, plant)
        for year, report in ((first, before), (first + 1, after)):
            path = folder / f"organ{i:04d}" / f"{year}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(report.text, encoding="utf-8")
        planted[f"organ{i:04d}"] = plant
    return planted


def _year(base: str, name: str, year: int, rng: random.Random, before: Year | None, plant: str) -> Year:
    part1 = before.part1 if plant == "copy" else prose(rng, 12)
    part5 = before.part5 if plant in ("copy", "copy-part5") else prose(rng, 4)
    made, repealed = rng.randint(1, 9), rng.randint(0, 3)
    in_force = (before.in_force if before else rng.randint(20, 60)) + made - repealed
    if plant == "in-force":
        in_force += 3
    new = [rng.randint(0, 9) for _ in range(6)]
    carried_in = list(before.carried) if before else [rng.randint(0, 2) for _ in range(6)]
    if plant == "carry-over":
        carried_in[0] += 1
    carried_out = [0] * 6
    done = [a + b for a, b in zip(new, carried_in)]
    text = base.replace("河东县人民政府", name).replace("2022年2月25日", f"{year + 1}年2月20日")
    text = text.replace("2021", str(year))
    head, _, rest = text.partition("一、总体情况\n")
    _, _, rest = rest.partition("\n\n二、主动公开政府信息情况")
    text = head + "一、总体情况\n" + part1 + "\n\n二、主动公开政府信息情况" + rest
    text = text.replace("一是部分单位信息发布不够及时；二是政策解读形式较单一。下一步将加强培训，丰富解读形式。", part5)
    text = text.replace("行政规范性文件 | 5 | 1 | 25", f"行政规范性文件 | {made} | {repealed} | {in_force}")
    rows = {"一、本年新收政府信息公开申请数量": new, "二、上年结转政府信息公开申请数量": carried_in,
            "（一）予以公开": done, "（七）总计": done, "四、结转下年度继续办理": carried_out}
    head, mark, rest = text.partition("三、收到和处理政府信息公开申请情况")
    table3, mark4, tail = rest.partition("四、政府信息公开行政复议")
    lines = []
    for line in table3.split("\n"):
        label, _, cells = line.partition(" | ")
        if cells.count("|") == 7:                 # a row of table 三's seven figures
            values = [*rows.get(label, [0] * 6)]
            line = f"{label} | {' | '.join(map(str, [*values, sum(values)]))} |"
        lines.append(line)
    text = head + mark + "\n".join(lines) + mark4 + tail
    return Year(text, part1, part5, tuple(carried_out), in_force)
