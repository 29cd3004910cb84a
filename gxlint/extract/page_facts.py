"""The facts a portal page shows about the document it carries, outside the document's
own text: 发布日期/发布时间, 成文日期, 发布机构/来源, 文号, 索引号. They stand in a
metadata bar under the title ("发布日期：2018-04-02 15:44:03  来源：县工商质监局"), in a
信息公开 metadata table, or in the CMS's <meta> tags, and are read before the page's
chrome is dropped."""
from __future__ import annotations

import datetime as dt

import regex

from ..model import PageFacts

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
# A bare 日期/时间 label is the page's publication date unless another word qualifies it
# ("成文日期", "会议时间": a Han character before the label).
_PUBLISHED = regex.compile(r"(?<!\p{Han})(?:发布|公开|发表|上传|更新)?(?:日期|时间)\s*[:：]\s*" + _DATE)
_WRITTEN = regex.compile(r"成文日期\s*[:：]\s*" + _DATE)
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
    return PageFacts(published=_date(meta.get("published")) or _date_match(_PUBLISHED.search(text)),
                     written=_date_match(_WRITTEN.search(text)),
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


def _date(text: str | None) -> dt.date | None:
    return _date_match(regex.search(_DATE, text)) if text else None


def _date_match(m) -> dt.date | None:
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _group(m) -> str | None:
    return regex.sub(r"\s+", "", m.group(1)) if m else None
