-- PostgreSQL has this index since V002 (numbers_event).
SELECT 1;
