-- DuckDB: drop the index V006 added on event_numbers (event_id). With it, a store ingested through repeated
-- kill -9 and reruns clustered wrongly: after 20 kills over 2,000 articles its stored components no longer
-- equalled a full single-linkage recomputation (IngestUnderFaultsTest slow tier: failed in 3 runs of 3 with
-- the index; passed without it on the same code). Presumably the incremental clustering's by-id reads of
-- the numbers missed rows after the write-ahead log was replayed. Correct answers first: the by-id reads
-- scan the table again.
DROP INDEX IF EXISTS numbers_event;
