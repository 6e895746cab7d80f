"""Shared fixtures. Tests never touch the user's real data or settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point the data and config folders at temporary ones for every test."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VILLAGECAST_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("VILLAGECAST_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("VILLAGECAST_DB", raising=False)
    monkeypatch.setenv("VILLAGECAST_LANG", os.environ.get("VILLAGECAST_TEST_LANG", "en"))


@pytest.fixture
def db():
    """A migrated in-memory database."""
    from villagecast.storage import open_database

    return open_database(":memory:")


@pytest.fixture
def catalogue(db):
    from villagecast.core.catalogue import Catalogue
    from villagecast.storage import Repository

    return Catalogue(Repository(db))
