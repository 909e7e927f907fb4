"""The queries services use: one module per area, plain functions that take the session (or a
connection) first and keyword-only arguments after it, in the manner of the SQLModel template's
crud.py. Services decide (permission, rule, stamp, audit); these read and select.

- common.py: the tombstone filter, "the live row or not found", "the unit must exist".
- one module per area (cases, clients, volunteering, parties, facilities, sync, reporting...).
- SQL only SQLite speaks (FTS5, pragmas, triggers) stays behind named functions in a module of
  its own per dialect, so a second engine means adding a module, not editing services.
"""
