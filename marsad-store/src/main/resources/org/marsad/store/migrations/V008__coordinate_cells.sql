-- Integer copies of the coordinates for the bounding-box filter: FLOOR(degrees * 10000), null outside the
-- valid ranges. On 1M events DuckDB filters two INTEGER columns in half the time of two DOUBLE ones; the page
-- query narrows to the box's cells first and checks the exact coordinates on those rows only (Reader.events).
-- The writer computes the same value in Java ((int) Math.floor(lat * 10000), both IEEE double products).
ALTER TABLE events ADD COLUMN lat_cell INTEGER;
ALTER TABLE events ADD COLUMN lon_cell INTEGER;
UPDATE events SET lat_cell = CASE WHEN lat BETWEEN -90 AND 90 THEN CAST(FLOOR(lat * 10000) AS INTEGER) END,
  lon_cell = CASE WHEN lon BETWEEN -180 AND 180 THEN CAST(FLOOR(lon * 10000) AS INTEGER) END
  WHERE lat IS NOT NULL OR lon IS NOT NULL;
