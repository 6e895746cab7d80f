"""Catalogue entities: plain dataclasses; storage maps them to rows, core.validation checks them."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date


CATEGORIES = ("fruit", "vegetable", "honey", "tea", "nuts", "mushroom", "grain", "eggs",
              "meat", "seafood", "oil", "dried", "other")
STORAGE_KINDS = ("ambient", "chilled", "frozen")
CERTIFICATE_KINDS = ("organic", "green_food", "geo_indication", "compliance_cert", "inspection_report")
TALKING_POINT_KINDS = ("origin", "nutrition", "taste", "usage", "storage", "story", "after_sales")
NUTRITION_BASES = ("100g", "100ml")
# Where a product is listed for sale (its shop link is what a printed QR code opens).
SHOP_PLATFORMS = ("douyin", "kuaishou", "taobao", "wechat", "pinduoduo", "jd", "other")
# The selection review of the Zhejiang live-commerce selection standard, in its order (compliance SEL-02).
AUDIT_STEPS = ("supplier_review", "qualification_review", "sample_test", "selling_point_review", "final_approval")
AUDIT_RESULTS = ("passed", "failed")
# A passed step of these kinds must cite what was checked (a certificate, report or document).
AUDIT_EVIDENCE_REQUIRED = ("qualification_review", "sample_test")

CERTIFICATE_WARN_DAYS = 30  # certificates expiring within this many days are flagged

SKU_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")


@dataclass
class Certificate:
    """A certificate or inspection report held for a product."""

    kind: str
    number: str
    issuer: str = ""
    valid_from: str | None = None  # ISO date
    valid_to: str | None = None  # ISO date; None = no expiry stated
    file_path: str = ""  # inside the attachments folder (storage.files), under the content hash
    id: int | None = None
    file_name: str = ""  # the attached file's original name, for display

    def is_valid_on(self, day: date) -> bool:
        """True when ``day`` lies inside the validity window."""
        return self.status_on(day) in ("valid", "expiring")

    def status_on(self, day: date, warn_days: int = CERTIFICATE_WARN_DAYS) -> str:
        """"expired", "not_yet_valid", "expiring" (within ``warn_days``) or "valid" on ``day``."""
        end = end_status(self.valid_to, day, warn_days)
        if end == "expired":
            return "expired"
        if self.valid_from and date.fromisoformat(self.valid_from) > day:
            return "not_yet_valid"
        return end or "valid"

    def days_left(self, day: date) -> int | None:
        """Days from ``day`` to the end of validity (None without an end date)."""
        return (date.fromisoformat(self.valid_to) - day).days if self.valid_to else None


def end_status(valid_to: str | None, day: date, warn_days: int = CERTIFICATE_WARN_DAYS) -> str | None:
    """What an end date means on ``day``: "expired", "expiring" (within ``warn_days``) or None."""
    if not valid_to:
        return None
    left = (date.fromisoformat(valid_to) - day).days
    return "expired" if left < 0 else "expiring" if left <= warn_days else None


@dataclass
class Document:
    """Any other file that proves a claim (photo of a test sheet, a contract, a letter)."""

    title: str
    file_path: str = ""  # inside the attachments folder (storage.files), under the content hash
    id: int | None = None
    file_name: str = ""  # the attached file's original name, for display


@dataclass
class Evidence:
    """A talking point's proof: a certificate (by number) or a document (by title)."""

    kind: str  # "certificate" | "document"
    ref: str


@dataclass
class TalkingPoint:
    """One thing the anchor says about a product, with what proves it."""

    kind: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)
    id: int | None = None

    @property
    def supported(self) -> bool:
        """A point without evidence is shown as unsupported everywhere."""
        return bool(self.evidence)


@dataclass
class Photo:
    """A product photo: the kept copy (long edge at most 1600 px) and its thumbnail, in the attachments folder."""

    file: str
    thumb: str
    width: int
    height: int
    source_name: str = ""
    id: int | None = None


@dataclass
class ShopLink:
    """The product's listing on one platform: the link a shopper opens (and a QR code encodes) exactly."""

    platform: str
    url: str
    id: int | None = None


@dataclass
class AuditEntry:
    """One line of the selection audit ledger: a review step, who did it, when, the result and the proof."""

    step: str
    reviewer: str
    date: str  # ISO date of the review
    result: str  # "passed" | "failed"
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""
    points_digest: str = ""  # selling-point review: core.audit.points_digest of the points reviewed
    id: int | None = None


@dataclass
class Product:
    """Every fact the catalogue keeps about one product. Money in fen, weight in g, size in cm."""

    sku: str
    name_zh: str
    name_en: str = ""
    category: str = "other"
    net_weight_g: int | None = None
    units_per_pack: int = 1
    length_cm: float | None = None
    width_cm: float | None = None
    height_cm: float | None = None
    gross_weight_g: int | None = None
    list_price_fen: int | None = None
    live_price_fen: int | None = None
    floor_price_fen: int | None = None
    cost_fen: int | None = None
    shelf_life_days: int | None = None
    storage: str = "ambient"
    perishable: bool = False
    origin_province: str = ""
    origin_county: str = ""
    origin_town: str = ""
    origin_village: str = ""
    producer: str = ""
    harvest_date: str | None = None
    supplier: str = ""
    after_sales: str = ""
    low_stock_threshold: int = 10
    nutrition_basis: str = "100g"
    nutrition: dict[str, float] = field(default_factory=dict)
    certificates: list[Certificate] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    talking_points: list[TalkingPoint] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    shop_links: list[ShopLink] = field(default_factory=list)
    id: int | None = None

    def to_dict(self) -> dict:
        """A JSON-ready dict of every field (nested lists included)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Product:
        """Build from a dict such as ``to_dict`` gives; unknown keys are refused."""
        data = dict(data)
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        data["certificates"] = [c if isinstance(c, Certificate) else Certificate(**c)
                                for c in data.get("certificates", [])]
        data["documents"] = [d if isinstance(d, Document) else Document(**d)
                             for d in data.get("documents", [])]
        points = []
        for p in data.get("talking_points", []):
            if not isinstance(p, TalkingPoint):
                p = dict(p)
                p["evidence"] = [e if isinstance(e, Evidence) else Evidence(**e) for e in p.get("evidence", [])]
                p = TalkingPoint(**p)
            points.append(p)
        data["talking_points"] = points
        data["photos"] = [ph if isinstance(ph, Photo) else Photo(**ph) for ph in data.get("photos", [])]
        entries = []
        for a in data.get("audit", []):
            if not isinstance(a, AuditEntry):
                a = dict(a)
                a["evidence"] = [e if isinstance(e, Evidence) else Evidence(**e) for e in a.get("evidence", [])]
                a = AuditEntry(**a)
            entries.append(a)
        data["audit"] = entries
        data["shop_links"] = [s if isinstance(s, ShopLink) else ShopLink(**s) for s in data.get("shop_links", [])]
        data["nutrition"] = dict(data.get("nutrition") or {})
        return cls(**data)

    def point_support(self, point: TalkingPoint, day: date) -> str:
        """"supported", "unsupported" (no evidence) or "lapsed" (it cites only certificates not valid on ``day``)."""
        if not point.evidence:
            return "unsupported"
        certs = {c.number: c for c in self.certificates}
        for e in point.evidence:
            if e.kind != "certificate" or (e.ref in certs and certs[e.ref].is_valid_on(day)):
                return "supported"
        return "lapsed"

    @property
    def origin_text(self) -> str:
        """Province, county, town and village joined the Chinese way (no separators)."""
        return origin_text(self)


ORIGIN_FIELDS = ("origin_province", "origin_county", "origin_town", "origin_village")


def origin_text(item) -> str:
    """Origin of a Product or a list row (dict): province, county, town, village without separators."""
    get = item.get if isinstance(item, dict) else lambda name: getattr(item, name)
    return "".join(get(name) or "" for name in ORIGIN_FIELDS)


CHILD_FIELDS = ("nutrition", "certificates", "documents", "talking_points", "photos", "audit", "shop_links")
SCALAR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Product) if f.name not in (*CHILD_FIELDS, "id"))
PRICE_FIELDS = ("list_price_fen", "live_price_fen", "floor_price_fen", "cost_fen")
PRICE_KIND = {"list_price_fen": "list", "live_price_fen": "live", "floor_price_fen": "floor", "cost_fen": "cost"}
INT_FIELDS = ("net_weight_g", "units_per_pack", "gross_weight_g", *PRICE_FIELDS, "shelf_life_days",
              "low_stock_threshold")
FLOAT_FIELDS = ("length_cm", "width_cm", "height_cm")
