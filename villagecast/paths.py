"""Every filesystem location VillageCast uses, decided in one place. Nothing runs at import."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "VILLAGECAST_DB"
ENV_DATA_DIR = "VILLAGECAST_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder: ``VILLAGECAST_DATA_DIR`` or the platform's (``~/.local/share/VillageCast``)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("VillageCast", appauthor=False))


def default_db_path() -> Path:
    """The user's catalogue database."""
    return data_dir() / "villagecast.db"


def demo_db_path() -> Path:
    """The demo catalogue lives in its own file, never the user's."""
    return data_dir() / "demo" / "villagecast-demo.db"


def resolve_db_path(cli_value: str | os.PathLike | None = None, demo: bool = False) -> Path:
    """``--db`` beats ``--demo`` beats ``VILLAGECAST_DB`` beats the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    if demo:
        return demo_db_path()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def attachments_dir(db_path: Path) -> Path:
    """Files attached to a database live beside it, so a copied folder keeps them."""
    return db_path.parent / "files"


def backups_dir(db_path: Path) -> Path:
    """Rolling backups of ``db_path``, beside it."""
    return db_path.parent / "backups"


def _package_dir(name: str) -> Path:
    """An installed data folder (``villagecast/assets``), or the source checkout's top-level one."""
    here = Path(__file__).resolve().parent
    installed = here / name
    if installed.is_dir():
        return installed
    return here.parent / name


def assets_dir() -> Path:
    """Shipped data: rule packs, term lists, demo photos, icons."""
    return _package_dir("assets")


def translations_dir() -> Path:
    """Compiled Qt translations (``villagecast_zh_CN.qm``)."""
    return _package_dir("translations")
