-- DuckDB: no secondary indexes (see V002__indexes.sql).
SELECT 1;
