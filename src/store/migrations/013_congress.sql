-- Congresses and their elections (issue 9, DOMAIN.md §8): a congress of an
-- organisation for a term, its delegates, the list of candidates for the
-- executive committee, and each round of voting with the votes of each
-- candidate. Who a round elects is not stored: cadre computes it from the
-- counts (core_round_elect), so a rule and its result never disagree.
-- Independent of the planning's schema (012).

-- A congress: `seats` is the number of executive committee members to
-- elect, `delegates` the delegate seats given (NULL: not given).
CREATE TABLE congress(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  org_id INTEGER NOT NULL REFERENCES org(id),
  term TEXT NOT NULL,           -- '2025-2030'
  held_on TEXT NOT NULL,        -- the first day of the congress
  seats INTEGER NOT NULL CHECK (seats >= 1),
  delegates INTEGER CHECK (delegates IS NULL OR delegates >= 1),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX congress_by_org ON congress(org_id, held_on);

-- Its delegates: elected by the congresses below, or ex officio.
CREATE TABLE congress_delegate(
  congress_id INTEGER NOT NULL REFERENCES congress(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  kind TEXT NOT NULL CHECK (kind = 'elected' OR kind = 'ex-officio'),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (congress_id, member_id)
) STRICT;

-- The list of candidates for the executive committee, in its order.
CREATE TABLE congress_candidate(
  congress_id INTEGER NOT NULL REFERENCES congress(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (congress_id, member_id),
  UNIQUE (congress_id, position)
) STRICT;

-- A round of voting: its ballots and the seats it fills (those not filled
-- by the earlier rounds).
CREATE TABLE congress_round(
  id INTEGER PRIMARY KEY,
  congress_id INTEGER NOT NULL REFERENCES congress(id),
  number INTEGER NOT NULL CHECK (number >= 1),
  issued INTEGER NOT NULL CHECK (issued >= 0),
  returned INTEGER NOT NULL CHECK (returned BETWEEN 0 AND issued),
  valid INTEGER NOT NULL CHECK (valid BETWEEN 0 AND returned),
  seats INTEGER NOT NULL CHECK (seats >= 1),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  UNIQUE (congress_id, number)
) STRICT;

-- The valid ballots marking each candidate of a round.
CREATE TABLE congress_vote(
  round_id INTEGER NOT NULL REFERENCES congress_round(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  votes INTEGER NOT NULL CHECK (votes >= 0),
  PRIMARY KEY (round_id, member_id)
) STRICT;
