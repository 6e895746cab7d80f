"""Pure-Python core of VillageCast. Never imports PySide6 (tests/test_architecture.py)."""
