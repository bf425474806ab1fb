# The refusals of a member's events in the language asked for, whole
# sentences with no English inserted (docs/i18n.md): the action refused,
# the member's status, an age in years and months, and admitted or
# readmitted, each from the catalog; counts with their nouns (a
# password's characters, an import row's fields); dates as the language
# writes them (10/01/2026), English keeping ISO; the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
small_tree
ok member add --name "An" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2005-01-01 --official 2006-01-01
an=$OUT

# The action and the age (17 years 11 months), in Vietnamese and Hindi.
refused 1 "không thể kết nạp Trẻ ngày 10/01/2026: sinh ngày 11/01/2008, 17 năm 11 tháng tuổi" \
  --lang vi member admit --name "Trẻ" --born 2008-01-11 --gender male \
  --cell C1 --date 2026-01-10
lacks "vi: no English age" "$ERR" "years"
refused 1 "Trẻ का 10/01/2026 को प्रवेश नहीं हो सकता" \
  --lang hi member admit --name "Trẻ" --born 2008-01-11 --gender male \
  --cell C1 --date 2026-01-10
has "hi: the age" "$ERR" "17 वर्ष 11 महीने"
# One year, one month: the singular where the language has one.
refused 1 "17 years 1 month old on 2026-01-10" \
  member admit --name "Trẻ" --born 2008-12-10 --gender male --cell C1 \
  --date 2026-01-10
refused 1 "17 वर्ष 1 महीना" \
  --lang hi member admit --name "Trẻ" --born 2008-12-10 --gender male \
  --cell C1 --date 2026-01-10
# The status of the member, in the sentence's language, and the member
# named in it ("đảng viên 2", not "member 2").
refused 1 "không thể kết nạp lại đảng viên $an ngày 01/04/2026: đảng viên $an là đảng viên chính thức" \
  --lang vi member readmit "$an" --cell C1 --date 2026-04-01
refused 1 "सदस्य $an पूर्ण सदस्य है" \
  --lang hi member readmit "$an" --cell C1 --date 2026-04-01
# Admitted, in a recognition too early.
ok member add --name "Sớm" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2025-01-01
som=$OUT
refused 1 "không thể công nhận đảng viên $som là đảng viên chính thức ngày 01/06/2025: kết nạp ngày 01/01/2025, thời gian dự bị 12 tháng kết thúc ngày 01/01/2026" \
  --lang vi member recognize "$som" --date 2025-06-01
lacks "vi: no English" "$ERR" "admitted"
refused 1 "प्रवेश 01/01/2025, 12 महीने की परिवीक्षा 01/01/2026 को समाप्त होती है" \
  --lang hi member recognize "$som" --date 2025-06-01

# The audit trail is English whoever acted: a recognition made in
# Vietnamese names the member there as "member N".
ok --lang vi member recognize "$som" --date 2026-01-02
ok audit
has "the trail in English" "$OUT" "member $som recognized on 2026-01-02"
lacks "no Vietnamese in the trail" "$OUT" "đảng viên $som"
# Its time stamps as the reader writes a day; English keeps them as stored.
stamped() { grep -cE "$1" <<<"$OUT"; }
lines=$(grep -c "^[^ ]" <<<"$OUT") # the entries, not their rows
equal "en: stamps as stored" "$lines" \
  "$(stamped '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z  ')"
ok --lang vi audit
equal "vi: stamps dd/mm/yyyy" "$lines" \
  "$(stamped '^[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9:]{8} UTC  ')"

# Counts with their nouns in the message's language: a password too short,
# a row of an import with more fields than the header has columns.
printf 'ngắn quá\n' >"$T/short"
refused 1 "password: 8 ký tự: mật khẩu có ít nhất 10 ký tự" \
  --lang vi user add binh --role viewer --scope K --password-file "$T/short"
refused 1 "password: 8 वर्ण: पासवर्ड में कम से कम 10 वर्ण होते हैं" \
  --lang hi user add binh --role viewer --scope K --password-file "$T/short"
printf 'year,member,grade\n2022,%s,well,x\n' "$an" >"$T/bad.csv"
refused 1 "$T/bad.csv:2: dòng có 4 trường, dòng tiêu đề nêu 3 cột" \
  --lang vi assess import "$T/bad.csv"
refused 1 "$T/bad.csv:2: the row has 4 fields, the header names 3 columns" \
  assess import "$T/bad.csv"

finish
