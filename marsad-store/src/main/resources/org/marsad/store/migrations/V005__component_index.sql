-- PostgreSQL: incremental clustering loads whole components.
CREATE INDEX events_component ON events (component_id);
