"""Volunteering: volunteers, activities, service hours, the roster import and certificates."""
