-- Facts about the store itself. 'store_id' (a random UUID, written on first open) ties derived data such as
-- the full-text index to this database, so an index left over from another database is rebuilt.
CREATE TABLE store_info (
  name  VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
