-- The foundation: the organisation tree, members and their events, and the
-- tallies that reports read. Dates are TEXT 'YYYY-MM-DD'; an interval
-- [valid_from, valid_to) that goes on has valid_to '9999-12-31'.
-- Events are the source of truth; the other tables are kept in step with
-- them in the same transaction (docs/ARCHITECTURE.md).
-- Tables derived from the events (membership, visit, tally_*) declare no
-- foreign keys: they are rewritten from the events in the same transaction
-- and `cadre check` compares them with a recomputation; enforcing keys on
-- them cost a fifth of an import's time.
-- Checks of enumerations are written as chains of OR, not as IN lists:
-- SQLite builds a temporary table for an IN list every time a row is
-- written, which made an import of a million members several times slower.

CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE org(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind = 'central' OR kind = 'provincial' OR
    kind = 'committee' OR kind = 'grassroots_committee' OR
    kind = 'grassroots_cell' OR kind = 'sub_committee' OR kind = 'cell'),
  name TEXT NOT NULL,          -- the current name; history in org_name
  sector TEXT CHECK (sector = 'state_agency' OR sector = 'public_service' OR
    sector = 'state_enterprise' OR sector = 'non_state_enterprise' OR
    sector = 'armed_forces' OR sector = 'commune_ward'),
  founded TEXT,                -- NULL when not known
  ended TEXT,                  -- dissolved or merged on
  ended_how TEXT CHECK (ended_how = 'dissolved' OR ended_how = 'merged'),
  CHECK ((ended IS NULL) = (ended_how IS NULL))
) STRICT;

-- Names over time: the name from `since` until the next row.
CREATE TABLE org_name(
  org_id INTEGER NOT NULL REFERENCES org(id),
  since TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (org_id, since)
) STRICT, WITHOUT ROWID;

-- The place of an organisation in the tree during [valid_from, valid_to):
-- its superior and its path, the ids from the root down to itself each
-- followed by '/'. A subtree is the range of paths starting with a prefix.
CREATE TABLE org_path(
  org_id INTEGER NOT NULL REFERENCES org(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  parent_id INTEGER REFERENCES org(id),
  path TEXT NOT NULL,
  PRIMARY KEY (org_id, valid_from),
  CHECK (valid_from < valid_to)
) STRICT, WITHOUT ROWID;
CREATE INDEX org_path_by_path ON org_path(path, valid_from);
CREATE INDEX org_path_by_parent ON org_path(parent_id, valid_from);

CREATE TABLE org_event(
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES org(id),
  kind TEXT NOT NULL CHECK (kind = 'founded' OR kind = 'renamed' OR
    kind = 'moved' OR kind = 'merged' OR kind = 'received' OR
    kind = 'dissolved'),
  date TEXT NOT NULL,
  other_id INTEGER REFERENCES org(id), -- moved: the new superior;
                                       -- merged: the target;
                                       -- received: the merged organisation
  from_id INTEGER REFERENCES org(id),  -- moved: the old superior
  name TEXT,                           -- founded, renamed: the name
  decision TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX org_event_by_org ON org_event(org_id, date);

-- Text values that reports count by (ethnicity, education), numbered.
CREATE TABLE term(
  id INTEGER PRIMARY KEY,
  dim TEXT NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (dim, value)
) STRICT;

CREATE TABLE member(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,      -- folded: no case, no diacritics
  born TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender = 'female' OR gender = 'male'),
  card TEXT UNIQUE,
  ethnicity TEXT,
  religion TEXT,
  hometown TEXT,
  education TEXT,
  profession TEXT,
  theory TEXT CHECK (theory = 'none' OR theory = 'elementary' OR
    theory = 'intermediate' OR theory = 'advanced'),
  position TEXT,
  key_cadre INTEGER NOT NULL DEFAULT 0 CHECK (key_cadre = 0 OR key_cadre = 1),
  -- The current state, derived from member_event.
  status TEXT NOT NULL CHECK (status = 'probationary' OR status = 'official' OR
    status = 'removed' OR status = 'resigned' OR status = 'deceased' OR
    status = 'expelled'),
  cell_id INTEGER NOT NULL REFERENCES org(id),
  admitted TEXT NOT NULL,      -- the first admission decision
  official TEXT,               -- official since (current membership)
  party_origin TEXT,           -- party age counts from here (if official)
  left_on TEXT,                -- membership last ended
  readmissions INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX member_by_origin ON member(party_origin)
  WHERE party_origin IS NOT NULL;

-- Every event of a member, in the order recorded (which is date order).
CREATE TABLE member_event(
  member_id INTEGER NOT NULL REFERENCES member(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'registered' OR kind = 'admitted' OR
    kind = 'recognized' OR kind = 'transferred' OR kind = 'temporary' OR
    kind = 'disciplined' OR kind = 'removed' OR kind = 'resigned' OR
    kind = 'deceased' OR kind = 'readmitted'),
  date TEXT NOT NULL,          -- the decision (registered: the admission)
  cell_id INTEGER REFERENCES org(id),    -- where it happened
  to_cell_id INTEGER REFERENCES org(id), -- transfers: the destination
  official TEXT,               -- registered: official since;
                               -- recognized: takes effect on
  until TEXT,                  -- temporary: the stay ends
  studies INTEGER,             -- temporary: away for studies
  form TEXT CHECK (form = 'reprimand' OR form = 'warning' OR
    form = 'dismissal' OR form = 'expulsion'),
  by_org_id INTEGER REFERENCES org(id),  -- the deciding organisation
  decision TEXT,               -- the decision's number
  considered TEXT,             -- admitted: the cell considered the case
  ceremony TEXT,               -- admitted, readmitted
  reason TEXT,
  detail TEXT,                 -- e.g. the post a dismissal ended
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (member_id, seq)
) STRICT, WITHOUT ROWID;

-- Registration of members in cells over time, derived from member_event:
-- one row per stretch in one cell. The member is official on the days from
-- official_from on (which may lie before the stretch began), probationary
-- before; NULL while probationary throughout. A stretch may be empty
-- (valid_from = valid_to) when two events fell on one day, such as an
-- admission and a transfer: it counts on no day, but it says where the
-- member passed, for the reports of that cell's organisations.
CREATE TABLE membership(
  member_id INTEGER NOT NULL,  -- member(id)
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  cell_id INTEGER NOT NULL,    -- org(id)
  official_from TEXT,
  PRIMARY KEY (member_id, valid_from, cell_id),
  CHECK (valid_from <= valid_to)
) STRICT, WITHOUT ROWID;
CREATE INDEX membership_by_cell ON membership(cell_id, valid_from);

-- Temporary stays of members in host cells (not counted by the host).
CREATE TABLE visit(
  member_id INTEGER NOT NULL,  -- member(id)
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  cell_id INTEGER NOT NULL,    -- org(id)
  PRIMARY KEY (member_id, valid_from)
) STRICT, WITHOUT ROWID;
CREATE INDEX visit_by_cell ON visit(cell_id, valid_from);

-- Tallies of the organisations above the grassroots: the net change of
-- every figure on a day, and the sum of a year's days. See core/tally.c
-- for the encoding; `cadre check` recomputes them from the events.
CREATE TABLE tally_day(
  org_id INTEGER NOT NULL,     -- org(id)
  day TEXT NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (org_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE tally_year(
  org_id INTEGER NOT NULL,     -- org(id)
  year INTEGER NOT NULL,
  counts BLOB NOT NULL,
  PRIMARY KEY (org_id, year)
) STRICT, WITHOUT ROWID;

-- One row per user action that changed something.
CREATE TABLE audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
