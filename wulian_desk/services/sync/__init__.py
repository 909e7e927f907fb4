"""Sync by USB bundle: enrolment, bundles in and out, drives, conflicts and corrections."""
