"""The facts a portal page shows about the document it carries, outside the document's
own text: 发布日期/发布时间, 成文日期, 发布机构/来源, 文号, 索引号. They stand in a
metadata bar under the title ("发布日期：2018-04-02 15:44:03  来源：县工商质监局"), in a
信息公开 metadata table, or in the CMS's <meta> tags, and are read before the page's
chrome is dropped."""
from __future__ import annotations

import datetime as dt

import regex

from ..model import PageFacts
from ..parse.dates import find_dates

# A bare 日期/时间 label is the page's publication date unless another word qualifies it
# ("成文日期", "会议时间": a Han character before the label).
_PUBLISHED = regex.compile(r"(?<!\p{Han})(?:发布|公开|发表|上传|更新)?(?:日期|时间)\s*[:：]\s*")
_WRITTEN = regex.compile(r"成文日期\s*[:：]\s*")
_DATE_REACH = 30        # how far after its label a date may end
_PUBLISHER = regex.compile(r"(?:发布机构|发文机关|发布单位|信息来源|来源)\s*[:：]\s*([\p{Han}（）()]{2,40})")
_NUMBER = regex.compile(r"文\s*号\s*[:：]\s*([^\s:：]{2,30}?〔\d{4}〕\s*\d+\s*号)")
_INDEX = regex.compile(r"索\s*引\s*号\s*[:：]\s*([A-Za-z0-9][A-Za-z0-9/_.\-]{4,60})")
# The CMS tags many portals write into the page head.
_META = {"pubdate": "published", "publishdate": "published", "firstpublishedtime": "published",
         "contentsource": "publisher"}


def read(root) -> PageFacts:
    """The facts of the page `root` (an lxml document, its chrome still in)."""
    meta = _meta(root)
    text = " ".join(piece.strip() for piece in root.itertext() if piece.strip())
    return PageFacts(published=_date(meta.get("published", "")) or _labelled(_PUBLISHED, text),
                     written=_labelled(_WRITTEN, text),
                     publisher=meta.get("publisher") or _group(_PUBLISHER.search(text)),
                     number=_group(_NUMBER.search(text)), index=_group(_INDEX.search(text)))


def _meta(root) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = _META.get((el.get("name") or "").strip().lower())
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _labelled(label: regex.Pattern, text: str) -> dt.date | None:
    """The date written right after the first of `label`'s matches that has one."""
    for m in label.finditer(text):
        date = _date(text[m.end():m.end() + _DATE_REACH])
        if date is not None:
            return date
    return None


def _date(text: str) -> dt.date | None:
    """The full date `text` opens with (dates.find_dates reads the forms pages write)."""
    found = find_dates(text)
    return found[0][0] if found and found[0][1].start == 0 and found[0][2] else None


def _group(m) -> str | None:
    return regex.sub(r"\s+", "", m.group(1)) if m else None
