"""The wheel must carry every package folder, the assets and the compiled translations."""

import tomllib
from pathlib import Path

import villagecast
from villagecast import paths

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "villagecast").rglob("__init__.py")}
    # Data folders ship as packages too (setuptools drops unlisted ones).
    for top in ("assets", "translations"):
        found |= {".".join(("villagecast", *d.relative_to(ROOT).parts)) for d in [ROOT / top, *(ROOT / top).rglob("*")]
                  if d.is_dir() and d.name != "__pycache__"}
    assert found - listed == set()


def test_installed_package_finds_assets_and_translations():
    assert (paths.assets_dir() / "demo" / "catalogue.json").is_file()
    assert (paths.translations_dir() / "villagecast_zh_CN.qm").is_file()
    # When installed (as CI does), the data sits inside the package, not in the checkout.
    pkg = Path(villagecast.__file__).resolve().parent
    if pkg.parent != ROOT:
        assert paths.assets_dir() == pkg / "assets"
        assert paths.translations_dir() == pkg / "translations"
