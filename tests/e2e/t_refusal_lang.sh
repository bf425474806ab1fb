# Refusals of organisations, documents, records and the check's warnings
# in Vietnamese as whole sentences: the action refused, the kind of record,
# the rule's own words and the dates in the reader's form, with no English
# word inserted (docs/i18n.md); English unchanged; the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"

party_tree

# An action on an organisation, named in the sentence's language.
refused 1 "không thể chuyển C1 ngày 01/01/1999: " \
  --lang vi org move C1 --to K2 --date 1999-01-01
lacks "vi: no English verb" "$ERR" " move "
refused 1 "cannot move C1 on 1999-01-01: it was founded on 2000-01-01" \
  org move C1 --to K2 --date 1999-01-01
ok org dissolve C2 --date 2025-01-01
refused 1 "không thể chuyển tổ chức này: C2 đã giải thể ngày 01/01/2025" \
  --lang vi org move C2 --to K2 --date 2025-06-01
refused 1 "cannot move it: C2 was dissolved on 2025-01-01" \
  org move C2 --to K2 --date 2025-06-01

# The length of a temporary transfer: the rule whole, in its language.
ok member add --name "An" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2005-01-01 --official 2006-01-01
an=$OUT
refused 1 "chuyển sinh hoạt tạm thời kéo dài dưới 1 năm (tối đa 2 năm nếu đi học)" \
  --lang vi member transfer "$an" --to G2 --date 2025-01-01 --temporary \
  --until 2026-06-01
lacks "vi: no English rule" "$ERR" "under 1 year"
refused 1 "chuyển sinh hoạt tạm thời để đi học kéo dài tối đa 2 năm" \
  --lang vi member transfer "$an" --to G2 --date 2025-01-01 --temporary \
  --studies --until 2027-06-01
refused 1 "a temporary transfer lasts under 1 year (up to 2 years for studies)" \
  member transfer "$an" --to G2 --date 2025-01-01 --temporary \
  --until 2026-06-01

# Codes of the domain as the reader's words: a form of discipline, a grade.
refused 1 "không thể quyết định Cảnh cáo đối với đảng viên $an: 4 trên 9 phiếu" \
  --lang vi member discipline "$an" --form warning --date 2025-02-01 \
  --votes 4/9
refused 1 "cannot decide the warning of member $an: 4 of 9 votes" \
  member discipline "$an" --form warning --date 2025-02-01 --votes 4/9
refused 1 "không thể quyết định Khiển trách đối với C1: 3 trên 9 phiếu" \
  --lang vi org discipline C1 --form reprimand --date 2025-02-01 --votes 3/9
refused 1 "điểm 90 tương ứng mức hoàn thành xuất sắc nhiệm vụ" \
  --lang vi assess set --year 2024 --member "$an" --score 90 --grade completed
lacks "vi: no grade code" "$ERR" "excellent"

# A file that is not there: the system's words in the reader's language.
refused 3 "không đọc được $T/nope.csv: không có tệp hoặc thư mục này" \
  --lang vi import members "$T/nope.csv"
refused 3 "cannot read $T/nope.csv: no such file or directory" \
  import members "$T/nope.csv"

# The kind of record a void looks for.
refused 1 "không có khoản vận động nào có mã số này" \
  --lang vi fund void 999 --reason "nhầm"
lacks "vi: no English record" "$ERR" "record of funds"

# A document's steps: disseminated twice, implemented where it was not.
ok doc add 12-NQ/TU --kind resolution --issuer "Tỉnh ủy" --date 2025-01-10 \
  --title "Nghị quyết"
ok doc disseminate 12-NQ/TU --org C1 --date 2025-02-01
refused 1 "không thể ghi việc quán triệt 12-NQ/TU tại C1 ngày 03/02/2025: C1 đã quán triệt văn bản này ngày 01/02/2025" \
  --lang vi doc disseminate 12-NQ/TU --org C1 --date 2025-02-03
refused 1 "văn bản chưa được quán triệt ở đó" \
  --lang vi doc implement 12-NQ/TU --org G2 --date 2025-03-01
lacks "vi: no English step" "$ERR" "disseminated"
refused 1 "cannot implement 12-NQ/TU at G2 on 2025-03-01: it was not disseminated there" \
  doc implement 12-NQ/TU --org G2 --date 2025-03-01

# A day the database recorded, in the reader's form: when an account was
# disabled (its time stamp's day, in UTC).
printf 'mat-khau-du-dai\n' >"$T/pw"
ok user add binh.vi --role viewer --scope K --password-file "$T/pw"
ok user disable binh.vi
today=$(date -u +%Y-%m-%d)
refused 1 "user: binh.vi: disabled already (on $today, by " \
  user disable binh.vi
run --lang vi user disable binh.vi
has "vi: the day disabled" "$ERR" "$(date -u -d "$today" +%d/%m/%Y)"

# The reason cadre gives the transfers of a merger, in the reader's words
# where a member's history shows it.
ok org add C3 --kind cell --parent G --name "Chi bộ 3" --founded 2000-01-01
ok member add --name "Chu Văn Cư" --born 1980-01-01 --gender male --cell C3 \
  --admitted 2005-01-01 --official 2006-01-01
cu=$OUT
ok org merge C3 --into C1 --date 2025-04-01
ok --lang vi member show "$cu"
has "vi: the merger's reason" "$OUT" "C3 đã sáp nhập vào C1"
ok --lang vi event list --member "$cu"
has "vi: in the events too" "$OUT" "C3 đã sáp nhập vào C1"
ok member show "$cu"
has "en: as stored" "$OUT" "C3 merged into C1"

# The check's warnings are for the board: in its language, dates its way.
ok member add --name "Bình" --born 1990-01-01 --gender female --cell C1 \
  --admitted 2020-03-20
binh=$OUT
run --lang vi check
equal "check passes with warnings" 0 "$RC"
has "vi: the warning" "$ERR" "cảnh báo: đảng viên $binh (Bình) ở C1: dự bị từ ngày 20/03/2020"
lacks "vi: no English warning" "$ERR" "probationary since"
run check
has "en: the warning" "$ERR" "warning: member $binh (Bình) in C1: probationary since 2020-03-20"

finish
