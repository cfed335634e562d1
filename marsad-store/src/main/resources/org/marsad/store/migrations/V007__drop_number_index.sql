-- PostgreSQL keeps numbers_event (since V002): nothing to do. See V007__drop_number_index.duckdb.sql.
SELECT 1;
