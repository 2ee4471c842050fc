"""The tenant registry in the database: its store, the admin API, live sync and CLI."""
