"""Alembic migrations of the station database, forward only."""
