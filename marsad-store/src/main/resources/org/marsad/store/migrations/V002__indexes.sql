-- Secondary indexes (PostgreSQL). DuckDB scans columnar data fast and its ART indexes slow down the
-- delete-and-insert of derived rows, so it has its own (empty) version of this migration.
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX events_block ON events (type, block_country, event_date);
CREATE INDEX entities_document ON entities (document_id);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX numbers_event ON event_numbers (event_id);
CREATE INDEX clusters_id ON clusters (id);
CREATE INDEX cluster_numbers_id ON cluster_numbers (cluster_id);
CREATE INDEX cluster_sources_id ON cluster_sources (cluster_id);
