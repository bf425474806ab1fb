-- Vietnamese order of people (issue 8): the sort keys of members' names by
-- ICU's Vietnamese collation (store_sort.c), in roster order (given name,
-- middle names, family name) and in family order (family, middle, given).
-- Lists compare them as bytes (BLOB order is memcmp), so the file needs no
-- collation of cadre's to be read or sorted by the sqlite3 shell, and a
-- list never calls ICU per comparison. cadre_sort_key is registered on
-- every connection (store_sort.c), the very code that keys new names.
--
-- The collator's version is kept in meta (`collation`): a cadre linked
-- with an ICU whose Vietnamese collation differs computes the keys again
-- when it opens the file for writing (app_upgrade), and `cadre check`
-- reports keys that do not match their names.
ALTER TABLE member ADD COLUMN sort_given BLOB NOT NULL DEFAULT x'';
ALTER TABLE member ADD COLUMN sort_family BLOB NOT NULL DEFAULT x'';
UPDATE member SET sort_given = cadre_sort_key(name, 0),
                  sort_family = cadre_sort_key(name, 1);
INSERT OR REPLACE INTO meta(key, value) VALUES ('collation', cadre_collation());
