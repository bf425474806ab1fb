# Accounts of the web application (issue 7): `user add|list|passwd|disable`.
# A password is kept only as its Argon2id hash, never in the audit; every
# refusal names the value and the rule and leaves the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
small_tree
ok org add K2 --name "Khối Hai" --kind committee --parent HT \
  --founded 1990-01-01
pw="$T/pw"
printf 'mật khẩu đủ dài\n' >"$pw"

ok user add an.nv --role editor --scope K --password-file "$pw"
equal "add prints nothing" "" "$OUT"
ok user list --format csv
equal "listed" "an.nv|editor|K|tester|" \
  "$(csv "SELECT name || '|' || role || '|' || scope || '|' || by || '|' ||
          ifnull(disabled, '') FROM t")"
hash=$(sqlite3 "$CADRE_DB" "SELECT password FROM user WHERE name = 'an.nv'")
has "an Argon2id hash" "$hash" '$argon2id$'
lacks "not the password" "$hash" "mật khẩu"
equal "audited without the password" "an.nv: editor of K" \
  "$(sqlite3 "$CADRE_DB" "SELECT detail FROM audit WHERE action = 'user add'")"
equal "no password in any audit row" 0 \
  "$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM audit WHERE detail LIKE '%khẩu%'")"

# Refusals.
refused 1 "user: AN.NV: already the login name of a user (editor of K)" \
  user add AN.NV --role viewer --scope K --password-file "$pw"
refused 1 "user: an nv: a login name is 1 to 64 letters (a-z), digits, '.', '_', '-' or '@', starting with a letter or digit" \
  user add "an nv" --role viewer --scope K --password-file "$pw"
refused 1 "user: .an: a login name" \
  user add .an --role viewer --scope K --password-file "$pw"
refused 1 "user: $(printf 'a%.0s' $(seq 60))…: a login name" \
  user add "$(printf 'a%.0s' $(seq 65))" --role viewer --scope K \
  --password-file "$pw"
refused 1 "role: boss: one of viewer, editor or admin" \
  user add binh --role boss --scope K --password-file "$pw"
refused 1 "scope: NOPE:" \
  user add binh --role viewer --scope NOPE --password-file "$pw"
printf 'ngắn quá\n' >"$T/short"
refused 1 "password: 8 characters: a password has at least 10 characters" \
  user add binh --role viewer --scope K --password-file "$T/short"
printf '\xff\xfe0123456789\n' >"$T/bad"
refused 1 "password: not valid UTF-8 text" \
  user add binh --role viewer --scope K --password-file "$T/bad"
head -c 1100 /dev/zero | tr '\0' x >"$T/long"
refused 1 "password: longer than 1024 bytes" \
  user add binh --role viewer --scope K --password-file "$T/long"
: >"$T/empty"
refused 1 "password: nothing to read from $T/empty" \
  user add binh --role viewer --scope K --password-file "$T/empty"
refused 2 "user: the password of binh comes from --password-file FILE, or is asked at a terminal" \
  user add binh --role viewer --scope K </dev/null
refused 2 "--role" user add binh --scope K --password-file "$pw"
ok org dissolve K2 --date 2026-01-01
refused 1 "scope: K2: it ended on 2026-01-01; a user's scope is an organisation that stands" \
  user add binh --role viewer --scope K2 --password-file "$pw"

# Standard input, and a second user.
printf 'một mật khẩu khác\r\n' | "$CADRE" user add binh --role viewer \
  --scope HT --password-file - 2>"$T/err"
equal "from standard input" 0 $?
ok user list
has "table" "$OUT" "binh   viewer  HT"

# A new password: a new hash; disabling ends logins, once.
refused 1 "password: longer than 1024 bytes" \
  user passwd an.nv --password-file "$T/long"
before=$hash
printf 'mật khẩu mới tinh\n' >"$pw"
ok user passwd an.nv --password-file "$pw"
after=$(sqlite3 "$CADRE_DB" "SELECT password FROM user WHERE name = 'an.nv'")
[ "$before" != "$after" ] && pass || fail "passwd: the hash did not change"
refused 1 "user: nobody: no user has this login name" \
  user passwd nobody --password-file "$pw"
ok user disable binh
ok user list --format csv
equal "disabled" "2026" "$(csv "SELECT substr(disabled, 1, 4) FROM t WHERE name = 'binh'")"
refused 1 "user: binh: disabled already (on " user disable binh
refused 1 "user: nobody: no user has this login name" user disable nobody
equal "audit of passwd and disable" "user passwd|user disable" \
  "$(sqlite3 "$CADRE_DB" "SELECT group_concat(action, '|') FROM audit
     WHERE action IN ('user passwd', 'user disable')")"
ok check

finish
