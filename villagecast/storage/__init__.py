"""The one SQLite file: opening, migrations, backups and the repository. All SQL lives here."""

from .db import SCHEMA_VERSION, Database, open_database, schema_version  # noqa: F401
from .repository import Repository  # noqa: F401
