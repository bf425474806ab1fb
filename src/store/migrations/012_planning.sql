-- Cadre planning (issue 9, DOMAIN.md §8): the posts of each committee
-- with their seats, who held them when (appointments), cadres sent to
-- another organisation for a period (rotations), and the planning of each
-- post for each term: who was planned, from when, and why removed.
-- Dates are TEXT 'YYYY-MM-DD'; a term is TEXT as boards write it,
-- '2025-2030' (core_term_parse).

-- A post of a committee. The rule columns are the post's own conditions
-- for its candidates; NULL takes the default of its level
-- (core_post_rules_default).
CREATE TABLE post(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  org_id INTEGER NOT NULL REFERENCES org(id),
  title TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats >= 1),
  level TEXT NOT NULL CHECK (level = 'central' OR level = 'provincial' OR
    level = 'local'),
  max_age INTEGER CHECK (max_age >= 1),
  min_age INTEGER CHECK (min_age >= 0),
  theory TEXT CHECK (theory = 'none' OR theory = 'elementary' OR
    theory = 'intermediate' OR theory = 'advanced'),
  discipline_years INTEGER CHECK (discipline_years >= 0),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX post_by_org ON post(org_id);

-- Who held a post over [valid_from, valid_to): valid_to NULL while held.
-- How it ended: ended (recorded so), dismissal (a discipline of the
-- member), left (the member left the party); `ended_by` is then the
-- member event that ended it, so that voiding the event gives it back.
-- `planned`: the member was in the post's planning for a term covering
-- valid_from when appointed.
CREATE TABLE appointment(
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES post(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  how TEXT CHECK (how = 'ended' OR how = 'dismissal' OR how = 'left'),
  ended_by INTEGER,            -- member_event's id (dismissal, left)
  planned INTEGER NOT NULL CHECK (planned = 0 OR planned = 1),
  decision TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK ((valid_to IS NULL) = (how IS NULL)),
  CHECK (valid_to IS NULL OR valid_from <= valid_to),
  CHECK ((ended_by IS NULL) OR how = 'dismissal' OR how = 'left')
) STRICT;
CREATE INDEX appointment_by_post ON appointment(post_id, valid_from);
CREATE INDEX appointment_by_member ON appointment(member_id, valid_from);

-- A cadre sent to another organisation (and optionally a post of it) for
-- the days from valid_from to until, both included.
CREATE TABLE rotation(
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  org_id INTEGER NOT NULL REFERENCES org(id),
  post_id INTEGER REFERENCES post(id),
  valid_from TEXT NOT NULL,
  until TEXT NOT NULL,
  decision TEXT,
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK (valid_from <= until)
) STRICT;
CREATE INDEX rotation_by_member ON rotation(member_id, valid_from);

-- The planning of a post for a term: a member planned from added_on, and
-- until removed_on with a reason (other: with a note). A member is in a
-- post's planning for a term at most once at a time.
CREATE TABLE plan_entry(
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES post(id),
  term TEXT NOT NULL,
  member_id INTEGER NOT NULL REFERENCES member(id),
  added_on TEXT NOT NULL,
  removed_on TEXT,
  reason TEXT CHECK (reason = 'standards' OR reason = 'prospects' OR
    reason = 'prestige' OR reason = 'age' OR reason = 'discipline' OR
    reason = 'other'),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  removed_by TEXT,
  CHECK ((removed_on IS NULL) = (reason IS NULL)),
  CHECK (removed_on IS NULL OR added_on <= removed_on),
  CHECK (reason IS NOT 'other' OR note IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX plan_entry_once ON plan_entry(post_id, term, member_id)
  WHERE removed_on IS NULL;
