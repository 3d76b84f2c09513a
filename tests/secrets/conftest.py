"""The `database_url` fixture of the storage tests: SQLite, and PostgreSQL when configured."""

from tests.storage.conftest import database_url  # noqa: F401 - the fixture
