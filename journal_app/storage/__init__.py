"""The only package that touches SQLite: opening journals, schema, rows and files."""
