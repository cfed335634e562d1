-- Marsad store schema, version 1. The same SQL runs on DuckDB and PostgreSQL.
-- Ids are allocated by the single writer inside its write transaction (see EventStore).

CREATE TABLE sources (
  id          BIGINT PRIMARY KEY,
  kind        VARCHAR NOT NULL,          -- file, feed, jsonl, api
  locator     VARCHAR NOT NULL UNIQUE,   -- path or URL
  first_seen  TIMESTAMP NOT NULL
);

CREATE TABLE documents (
  id           BIGINT PRIMARY KEY,
  source_id    BIGINT,
  doc_key      VARCHAR NOT NULL,         -- the article's own id
  content_hash VARCHAR NOT NULL UNIQUE,  -- SHA-256 of the whitespace-normalised text
  url          VARCHAR UNIQUE,
  title        VARCHAR,
  outlet       VARCHAR,
  published    DATE,
  text         TEXT NOT NULL,
  ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE entities (
  document_id BIGINT NOT NULL,
  local_id    VARCHAR NOT NULL,
  type        VARCHAR NOT NULL,
  text        VARCHAR NOT NULL,
  start_off   INTEGER NOT NULL,
  end_off     INTEGER NOT NULL,
  name        VARCHAR,
  country     VARCHAR,
  kb          VARCHAR,
  lat         DOUBLE PRECISION,
  lon         DOUBLE PRECISION,
  sector      VARCHAR,
  origin      VARCHAR
);

CREATE TABLE events (
  id                BIGINT PRIMARY KEY,
  document_id       BIGINT NOT NULL,
  local_id          VARCHAR NOT NULL,
  type              VARCHAR NOT NULL,
  mode              VARCHAR,
  cameo             VARCHAR,
  acled_type        VARCHAR,
  acled_subtype     VARCHAR,
  score             DOUBLE PRECISION,
  factuality        VARCHAR NOT NULL,
  trigger_text      VARCHAR,
  sentence_start    INTEGER,
  sentence_end      INTEGER,
  actor             VARCHAR,
  actor_country     VARCHAR,
  actor_sector      VARCHAR,
  recipient         VARCHAR,
  recipient_country VARCHAR,
  recipient_sector  VARCHAR,
  place             VARCHAR,
  country           VARCHAR,
  lat               DOUBLE PRECISION,
  lon               DOUBLE PRECISION,
  geo_precision     VARCHAR,
  geonames          BIGINT,
  event_date        DATE,
  date_value        VARCHAR,
  date_precision    VARCHAR,
  date_basis        VARCHAR,
  block_country     VARCHAR NOT NULL,      -- place, else recipient, else actor country, else '-'
  confidence        DOUBLE PRECISION NOT NULL,
  record            TEXT NOT NULL,         -- the event as its marsad/1 JSON object
  cluster_id        BIGINT                 -- null for events not reported as happening
);

-- Provenance: every mention of an event and the sentence it stands in (offsets into documents.text).
CREATE TABLE mentions (
  event_id       BIGINT NOT NULL,
  document_id    BIGINT NOT NULL,
  ord            INTEGER NOT NULL,
  start_off      INTEGER NOT NULL,
  end_off        INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL
);

CREATE TABLE event_numbers (
  event_id  BIGINT NOT NULL,
  kind      VARCHAR NOT NULL,
  value     BIGINT NOT NULL,
  qualifier VARCHAR,
  civilians BIGINT
);

-- Derived from events by clustering; rewritten (delete + insert) whenever a cluster changes.
CREATE TABLE clusters (
  id         BIGINT NOT NULL,
  type       VARCHAR NOT NULL,
  country    VARCHAR NOT NULL,
  first_date DATE,
  last_date  DATE,
  lat        DOUBLE PRECISION,
  lon        DOUBLE PRECISION,
  events     INTEGER NOT NULL,
  documents  INTEGER NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

CREATE TABLE cluster_numbers (
  cluster_id BIGINT NOT NULL,
  kind       VARCHAR NOT NULL,
  low        BIGINT NOT NULL,
  best       BIGINT NOT NULL,
  high       BIGINT NOT NULL,
  reports    INTEGER NOT NULL
);

CREATE TABLE cluster_sources (
  cluster_id BIGINT NOT NULL,
  source     VARCHAR NOT NULL
);
