"""Full-text search: the SQLite FTS5 index in the cache folder, its queries and snippets."""
