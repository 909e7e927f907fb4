"""The other parties: community organisations, projects, charity resources, staff and their import."""
