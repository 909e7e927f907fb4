"""Use cases: each module is one area of work. Permission checks, audit entries and the commit
happen here; callers (window, command line) never touch the database directly."""
