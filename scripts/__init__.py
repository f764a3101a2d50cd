"""Maintenance scripts (run as files: `.venv/bin/python scripts/<name>.py`); importable for their tests."""
