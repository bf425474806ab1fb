-- The people who use cadre through its web application (issue 7): each has
-- a role and a scope, the organisation whose branch of the tree they see
-- and, as editors and administrators, change. The command line acts for
-- whoever may open the database file.
CREATE TABLE user(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE, -- the login name
  role TEXT NOT NULL CHECK (role = 'viewer' OR role = 'editor' OR
    role = 'admin'),
  scope_id INTEGER NOT NULL REFERENCES org(id),
  password TEXT NOT NULL,      -- Argon2id, as libsodium's crypto_pwhash_str
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  password_at TEXT NOT NULL,   -- when the password was last set
  disabled_at TEXT,            -- no more logins from then on
  disabled_by TEXT
) STRICT;
