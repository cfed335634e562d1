-- Each event's numbers as one text column of its own row, "kind=value" joined by ";" ('' when it has none), so a
-- page of events needs no read of event_numbers (which has no index on DuckDB since V007: on 1M events that
-- read scanned 500k rows, ~12 ms of a 40-50 ms query). event_numbers stays the full record (qualifier,
-- civilians) and what clustering reads. NULL means "not known here: read event_numbers" (Reader.byIds), which
-- the writer uses for a kind containing ';' or '=' and this backfill for such events.
ALTER TABLE events ADD COLUMN numbers VARCHAR;
UPDATE events SET numbers = '';
UPDATE events SET numbers = n.s FROM (SELECT event_id, string_agg(kind || '=' || CAST(value AS VARCHAR), ';' ORDER BY kind) AS s,
  SUM(CASE WHEN kind LIKE '%;%' OR kind LIKE '%=%' THEN 1 ELSE 0 END) AS odd FROM event_numbers GROUP BY event_id) n
  WHERE events.id = n.event_id AND n.odd = 0;
UPDATE events SET numbers = NULL WHERE id IN (SELECT event_id FROM event_numbers WHERE kind LIKE '%;%' OR kind LIKE '%=%');
