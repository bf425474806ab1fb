# The text of records (`org show`, `meeting show`, `doc show`, `group
# show`, `oversight show`, `rubric show`) in the reader's language (issue
# 8): their lines whole sentences from the catalogs, their dates and
# counts as the language writes them, the headers of their inner tables
# the listings' labels; in English the same text as before (the tables'
# lowercase headers, ISO dates).
here=$(dirname "$0")
. "$here/lib.sh"

# grouped SEP N: N's digits in groups of three, separated by SEP.
grouped() { sed -E ":a;s/^([0-9]+)([0-9]{3})/\\1$1\\2/;ta" <<<"$2"; }
# below TITLE: the line after the line TITLE of the last output, its
# columns split on runs of two spaces or more, joined by "|".
below() { grep -A1 -F -x "$1" "$T/out" | sed -n 2p | sed -E 's/  +/|/g'; }

export CADRE_TODAY=2026-11-27
ok demo

# ---- org show ------------------------------------------------------------
ok org show NL-CQDN --format json
total=$(json members.total) official=$(json members.official)
[ "$total" -ge 1000 ] && pass || fail "NL-CQDN has $total members: no group"
ok org show NL-CQDN
has "org: English kind line" "$OUT" \
  "kind: committee, sector: state_agency, founded 1959-05-10"
has "org: English day" "$OUT" "On 2026-11-27:
  superiors: NL
  members: $(grouped , "$total") (official $(grouped , "$official"),"
equal "org: English inner header" "code|kind|name" \
  "$(below "Directly below on 2026-11-27:")"
ok --lang vi org show NL-CQDN
has "org vi: the kind line" "$OUT" \
  "loại hình: Đảng bộ cấp trên cơ sở, khối: Cơ quan nhà nước, thành lập ngày 10/05/1959"
has "org vi: the day" "$OUT" "Ngày 27/11/2026:
  cấp trên: NL
  đảng viên: $(grouped . "$total") (chính thức $(grouped . "$official"),"
equal "org vi: inner header" "Mã|Loại|Tên" \
  "$(below "Trực thuộc trực tiếp ngày 27/11/2026:")"
for w in "kind:" "superiors" "Directly below" "2026-11-27"; do
  lacks "org vi: no '$w'" "$OUT" "$w"
done
ok --lang hi org show NL-CQDN
has "org hi: the day" "$OUT" "27/11/2026 को:"
has "org hi: Indian grouping" "$OUT" \
  "$(sed -E ':a;s/^([0-9]+)([0-9]{2})(,|$)/\1,\2\3/;ta' <<<"$(grouped , "$total")")"
lacks "org hi: no English" "$OUT" "superiors"

# ---- meeting show --------------------------------------------------------
ok meeting list --format csv
m=$(csv "SELECT id FROM t WHERE result <> '' AND score <> '' LIMIT 1")
ok meeting show "$m" --format json
date=$(json date) reg=$(json registered) pres=$(json present)
tenths=$(((pres * 2000 + reg) / (2 * reg)))
ok meeting show "$m"
has "meeting: English first line" "$OUT" "Meeting $m of "
has "meeting: English date" "$OUT" " on $date: "
has "meeting: English attendance" "$OUT" \
  "Attendance: $pres of $reg registered members present ($((tenths / 10)).$((tenths % 10))%)"
has "meeting: English presence padded" "$OUT" "  present  "
equal "meeting: English criteria header" \
  "criterion|max|points|computed|given" \
  "$(grep -E '^criterion ' "$T/out" | sed -E 's/  +/|/g')"
ok --lang vi meeting show "$m"
vidate=$(sed -E 's#^(....)-(..)-(..)$#\3/\2/\1#' <<<"$date")
has "meeting vi: first line" "$OUT" "Buổi sinh hoạt $m của "
has "meeting vi: date" "$OUT" " ngày $vidate: "
has "meeting vi: attendance" "$OUT" \
  "Dự họp: $pres/$reg đảng viên của chi bộ có mặt ($((tenths / 10)),$((tenths % 10))%)"
has "meeting vi: presence" "$OUT" "  có mặt   "
has "meeting vi: result" "$OUT" "Nghị quyết tháng trước: đạt "
equal "meeting vi: criteria header" \
  "Tiêu chí|Tối đa|Điểm|Tính tự động|Điểm chấm" \
  "$(grep -E '^Tiêu chí ' "$T/out" | sed -E 's/  +/|/g')"
for w in "Meeting" "Attendance" "present" "Opinions" "Score on" "$date"; do
  lacks "meeting vi: no '$w'" "$OUT" "$w"
done
ok --lang hi meeting show "$m"
has "meeting hi: attendance" "$OUT" "उपस्थिति: $pres / $reg पंजीकृत सदस्य"
lacks "meeting hi: no English" "$OUT" "Attendance"

# ---- doc show ------------------------------------------------------------
ok doc list --format csv
IFS='|' read -r dnum ddate <<<"$(csv "SELECT number || '|' || date FROM t
  WHERE CAST(disseminated AS INTEGER) > 0 LIMIT 1")"
IFS='|' read -r nnum <<<"$(csv "SELECT number FROM t
  WHERE CAST(disseminated AS INTEGER) = 0 LIMIT 1")"
ok doc show "$dnum"
has "doc: English head" "$OUT" ", $ddate
"
equal "doc: English header" "step|date|org|name|meeting|id" \
  "$(sed -n 4p "$T/out" | sed -E 's/  +/|/g')"
ok --lang vi doc show "$dnum"
has "doc vi: head" "$OUT" ", ngày $(sed -E 's#^(....)-(..)-(..)$#\3/\2/\1#' <<<"$ddate")
"
equal "doc vi: header" "Bước|Ngày|Tổ chức đảng|Tên|Cuộc họp|Mã số" \
  "$(sed -n 4p "$T/out" | sed -E 's/  +/|/g')"
ok doc show "$nnum"
has "doc: English not yet" "$OUT" "not yet disseminated anywhere"
ok --lang vi doc show "$nnum"
has "doc vi: not yet" "$OUT" "chưa được quán triệt ở đâu"

# ---- group show ----------------------------------------------------------
ok group add CL --name "Cụm thi đua số 2" --kind cluster
ok group join CL --org NL-CQDN --date 2024-01-01
ok group join CL --org NL-TP --date 2024-01-01
ok conference add --group CL --host NL-CQDN --date 2024-06-20 \
  --kind review --theme "Sơ kết" --delegates 1200 --papers 20 --flag-to NL-TP
ok group show CL --at 2025-01-01
has "group: English head" "$OUT" "On 2025-01-01:
  rotating flag: NL-TP, since 2024-06-20"
has "group: English membership" "$OUT" "2024-01-01  NL-TP    joined"
equal "group: English conference header" \
  "id|date|host|kind|delegates|papers|flag to|theme" \
  "$(below "Conferences:")"
has "group: English delegates" "$OUT" "1,200"
ok --lang vi group show CL --at 2025-01-01
has "group vi: head" "$OUT" "Ngày 01/01/2025:
  cờ luân lưu: NL-TP, từ ngày 20/06/2024"
has "group vi: membership" "$OUT" "01/01/2024  NL-TP    gia nhập"
has "group vi: delegates" "$OUT" "1.200"
has "group vi: conferences" "$OUT" "Hội nghị:"
lacks "group vi: no English flag" "$OUT" "rotating flag"
lacks "group vi: no English header" "$OUT" "flag to"
ok --lang hi group show CL --at 2025-01-01
has "group hi: head" "$OUT" "चल ध्वज: NL-TP, 20/06/2024 से"

# ---- oversight show, rubric show -----------------------------------------
ok oversight list --format csv
IFS='|' read -r oid ofrom <<<"$(csv "SELECT id || '|' || \"from\" FROM t
  WHERE violation = 'yes' LIMIT 1")"
ok oversight show "$oid"
has "oversight: English" "$OUT" "from $ofrom
"
has "oversight: English violations" "$OUT" "violations found: yes"
ok --lang vi oversight show "$oid"
has "oversight vi: from" "$OUT" \
  "từ ngày $(sed -E 's#^(....)-(..)-(..)$#\3/\2/\1#' <<<"$ofrom")"
has "oversight vi: violations" "$OUT" "phát hiện vi phạm: có"
lacks "oversight vi: no English" "$OUT" "violations found"
ok rubric show national-2025
has "rubric: English" "$OUT" "from attendance: 90% or more 4, 75% 3"
equal "rubric: English header" "criterion|max|title|points" \
  "$(grep -E '^criterion ' "$T/out" | sed -E 's/  +/|/g')"
ok --lang vi rubric show national-2025
has "rubric vi" "$OUT" "theo tỷ lệ dự họp: từ 90% trở lên: 4, 75%: 3"
has "rubric vi: active" "$OUT" "national-2025 (đang áp dụng)"
lacks "rubric vi: no English" "$OUT" "or more"

# ---- codes as words (issue 8): in a text table, the web UI's label of
# the code in the reader's language; English, CSV and JSON keep the codes.
ok member list --format csv
IFS='|' read -r mid mgender <<<"$(csv "SELECT id || '|' || gender FROM t
  WHERE gender = 'female' AND status = 'official' LIMIT 1")"
ok member list
line=$(grep -E "^ *$mid  " "$T/out")
has "member list: English code" "$line" "  female  "
has "member list: English status" "$line" "  official  "
ok --lang vi member list
line=$(grep -E "^ *$mid  " "$T/out")
has "member list vi: gender" "$line" "  nữ  "
has "member list vi: status" "$line" "  chính thức  "
lacks "member list vi: no code" "$line" "female"
ok --lang vi member list --format csv
has "member list vi CSV: the code" "$(grep -E "^$mid," "$T/out")" ",female,"
ok --lang vi member list --format json
lacks "member list vi JSON: no word" "$OUT" "chính thức"
ok --lang vi org list
has "org list vi: kind" "$OUT" "Đảng bộ cấp trên cơ sở"
lacks "org list vi: no kind code" "$OUT" "grassroots_cell"
ok org list
has "org list: English kind code" "$OUT" "grassroots_cell"
ok --lang vi member show "$mid"
has "member show vi: status" "$OUT" "tình trạng: chính thức;"
has "member show vi: the history's words" "$OUT" ", chính thức từ ngày "
lacks "member show vi: no event code" "$OUT" "registered in"
lacks "member show vi: no English" "$OUT" "official from"
ok member show "$mid"
has "member show: English history" "$OUT" "registered in "
has "member show: English official" "$OUT" ", official from "
ok member show "$mid" --format json
has "member show JSON: the text English" "$OUT" "registered in "
# event list: the event and its text as words in a table, English in CSV.
ok event list --member "$mid"
has "event list: English" "$OUT" ", official from "
ok --lang vi event list --member "$mid"
has "event list vi: the text" "$OUT" ", chính thức từ ngày "
lacks "event list vi: no English" "$OUT" "official from"
ok --lang vi event list --member "$mid" --format csv
has "event list vi CSV: English text" "$OUT" ",registered,\"in "
ok --lang vi event list --org CQDN-01
has "event list vi: founded under" "$OUT" "trực thuộc NL-CQDN"
ok event list --org CQDN-01
has "event list: English founded under" "$OUT" "under NL-CQDN"
ok --lang vi meeting show "$m"
lacks "meeting vi: no kind code" "$OUT" ": regular, "
ok --lang hi meeting list
has "meeting list hi: kind" "$OUT" "$(awk -v id='"meeting.kind.regular"' '
    /^msgctxt / { m = $2 == id; next } m && /^msgstr / {
    sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' "$here/../../po/hi.po")"

# ---- footers and the grade line -------------------------------------------
ok fund list --format csv
total=$(csv "SELECT SUM(CAST(amount AS INTEGER)) FROM t")
rows=$(csv "SELECT COUNT(*) FROM t")
ok fund list
has "fund footer: English" "$OUT" "$(grouped , "$total") VND in $rows records"
ok --lang vi fund list
has "fund footer vi" "$OUT" "$(grouped . "$total") đồng trong $rows bản ghi"
ok model list --group CL
has "model footer: English" "$OUT" "0 outstanding models of Cụm thi đua số 2"
ok --lang vi model list --group CL
has "model footer vi" "$OUT" "0 điển hình tiên tiến của Cụm thi đua số 2"
ok meeting list --format csv
IFS='|' read -r sm ss <<<"$(csv "SELECT id || '|' || score FROM t
  WHERE grade = 'fairly-good' LIMIT 1")"
ok meeting show "$sm" --format json
res=$(json result)
ok meeting score "$sm" --result "$res"
equal "meeting score: English grade line" "$ss fairly-good" "$OUT"
ok --lang vi meeting score "$sm" --result "$res"
equal "meeting score vi: grade line" "$ss điểm, khá" "$OUT"
ok --lang hi meeting score "$sm" --result "$res"
has "meeting score hi: grade line" "$OUT" "$ss अंक, "
lacks "meeting score hi: no code" "$OUT" "fairly-good"

finish
