"""Compliance: the rule pack (checklist + risky terms), the script scanner and product-aware claim checks.

Modules: ``pack`` (data model, load/export), ``pack_check`` (validation), ``normalise`` (+ ``tradsimp``),
``scanner`` (matching and context rules), ``numbers``, ``placeholders``, ``product_checks``,
``findings`` and ``check`` (``check_script``, the entry point). docs/compliance.md describes the design.
"""

from .check import check_script
from .findings import Finding, Result
from .pack import (PackError, RulePack, default_pack, dumps_pack, loads_pack, pack_to_data, parse_pack)
from .pack_check import validate_pack
from .product_checks import ProductContext

__all__ = ["Finding", "PackError", "ProductContext", "Result", "RulePack", "check_script", "default_pack",
           "dumps_pack", "loads_pack", "pack_to_data", "parse_pack", "validate_pack"]
