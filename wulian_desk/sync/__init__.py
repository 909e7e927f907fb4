"""Sync by bundle file: format, export, import, merge, conflicts and identities (a later issue)."""
