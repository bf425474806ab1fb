-- Voided records of party work (issue 6): a mistaken inspection, award,
-- discipline of an organisation or sum of funds is taken out of its table
-- and kept here as it was, with who voided it, when and why, so that every
-- query and every report reads as if it had never been entered, and the
-- history keeps it.
CREATE TABLE voided(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,        -- the table it came from
  source_id INTEGER NOT NULL,  -- its id there
  record TEXT NOT NULL,        -- the row as it was, as a JSON object
  voided_at TEXT NOT NULL,
  voided_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  UNIQUE (source, source_id)
) STRICT;

-- Schema 5 counts what earlier ones did not (probation by the day it
-- began, oversight by target): the tallies and the points of oversight
-- are derived again, once, by the first cadre that opens the database for
-- writing (app/upgrade.c), in one transaction.
INSERT OR REPLACE INTO meta(key, value) VALUES ('rederive', '5');
