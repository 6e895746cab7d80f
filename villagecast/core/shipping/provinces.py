"""The 31 mainland provinces (GB/T 2260) and every way people write them: 陕西 / 陕西省 / 陕 / Shaanxi."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ... import paths
from ..errors import VillageCastError

# Suffixes of the official names, longest first (广西壮族自治区 → 广西).
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")
_SPACES = re.compile(r"[\s_\-.·]+")


class ProvinceError(VillageCastError):
    """A province name that matches no province (``unknown_province``)."""

    code = "unknown_province"


@dataclass(frozen=True)
class Province:
    code: str  # GB/T 2260, e.g. "610000"
    name: str  # official: 陕西省
    short: str  # one-character 简称: 陕
    english: str
    region: str  # north, northeast, east, central, south, southwest, northwest
    circle: str  # economic circle (jingjinji, yangtze, chengyu, dongbei, prd) or ""
    remote_tier: int  # 0 ordinary, 1 甘青宁蒙, 2 新藏
    island: bool
    winter_freeze: bool  # fresh goods risk freezing in transit in winter
    neighbours: tuple[str, ...]
    aliases: tuple[str, ...]

    @property
    def plain_name(self) -> str:
        """The name without 省/市/自治区: 陕西, 内蒙古, 广西."""
        return plain_name(self.name)


def plain_name(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _key(text: str) -> str:
    """Width, case and spaces folded: "ＳＨＡＡＮＸＩ", "shaan xi" and "Shaanxi" give one key."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text or "")).casefold()


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Province, ...], dict[str, Province]]:
    provinces, index = [], {}
    with open(paths.assets_dir() / "shipping" / "provinces.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    header = rows[0]
    for values in rows[1:]:
        row = dict(zip(header, values + [""] * (len(header) - len(values))))
        aliases = [row["code"], row["name"], plain_name(row["name"]), row["short"], row["english"],
                   *filter(None, row["short_more"].split(",")), *filter(None, row["spellings"].split(","))]
        p = Province(row["code"], row["name"], row["short"], row["english"], row["region"],
                     "" if row["circle"] == "-" else row["circle"], int(row["remote"]), row["island"] == "1",
                     row["winter"] == "1", tuple(filter(None, row["neighbours"].split(","))),
                     tuple(dict.fromkeys(aliases)))
        provinces.append(p)
        for alias in p.aliases:
            key = _key(alias)
            if index.get(key, p) is not p:
                raise ValueError(f"province alias {alias!r} names two provinces")
            index[key] = p
    return tuple(provinces), index


def all_provinces() -> tuple[Province, ...]:
    """The 31 provinces in GB/T 2260 order."""
    return _load()[0]


def find(text: str) -> Province | None:
    """The province ``text`` names (code, name, short name, alias, English), or None."""
    return _load()[1].get(_key(text))


def resolve(text: str) -> Province:
    """Like ``find`` but raises ProvinceError(``unknown_province``, value=text)."""
    province = find(text)
    if province is None:
        raise ProvinceError(value=text)
    return province


def by_code(code: str) -> Province:
    return resolve(code)


def split_list(text: str) -> list[str]:
    """A list of provinces as people type it: separated by 、 , ， ; ； or /."""
    return [part.strip() for part in re.split(r"[、,，;；/／]+", text or "") if part.strip()]
