# The year 2025 of a small block, recorded through year_model.sh's helpers
# (sourced after lib.sh and year_model.sh by t_year.sh and t_history.sh).
#
#   HT  Hà Tĩnh Provincial Party Committee (provincial)
#   ├─ HT-CQDN  the block of provincial agencies and enterprises (committee)
#   │  ├─ CQDN-STC  Department of Finance (grassroots committee)
#   │  │  ├─ STC-1, STC-2, STC-3  cells (STC-3 merged into STC-2 on 1 Oct)
#   │  ├─ CQDN-EVN  Power company (grassroots committee; to HT-CX on 1 Jul)
#   │  │  ├─ EVN-1, EVN-2  cells
#   │  ├─ CQDN-VP   Office (grassroots cell)
#   │  ├─ CQDN-BAO  Newspaper (grassroots cell; renamed 1 Sep)
#   │  ├─ CQDN-MT   Environment (grassroots cell; founded 1 Mar)
#   │  └─ CQDN-KS   Minerals (grassroots cell; dissolved 30 Jun)
#   └─ HT-CX  Cẩm Xuyên District Committee (committee)
#      ├─ CX-CB  Cẩm Bình commune (grassroots committee): CB-1, CB-2 cells
#      └─ CX-TH  school (grassroots cell)
#   NA  Nghệ An Provincial Party Committee, another root: NA-VP (grassroots
#       cell), where members go to and come from outside Hà Tĩnh.

# ---- the tree ----------------------------------------------------------------
# Every organisation has its founding date: one recorded without counts only
# from the day it was recorded (docs/report.md), not in the 2025 reports.
o_add HT provincial "" 1930-10-01 "Tỉnh ủy Hà Tĩnh"
o_add HT-CQDN committee HT 1959-05-10 \
  "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Hà Tĩnh"
o_add HT-CX committee HT 1976-03-01 "Huyện ủy Cẩm Xuyên"
o_add CQDN-STC grassroots_committee HT-CQDN 1960-01-01 "Đảng bộ Sở Tài chính"
o_add STC-1 cell CQDN-STC 1960-01-01 "Chi bộ Văn phòng Sở"
o_add STC-2 cell CQDN-STC 1960-01-01 "Chi bộ Phòng Ngân sách"
o_add STC-3 cell CQDN-STC 1960-01-01 "Chi bộ Phòng Giá - Công sản"
o_add CQDN-EVN grassroots_committee HT-CQDN 1960-01-01 "Đảng bộ Công ty Điện lực"
o_add EVN-1 cell CQDN-EVN 1960-01-01 "Chi bộ Phòng Kỹ thuật"
o_add EVN-2 cell CQDN-EVN 1960-01-01 "Chi bộ Đội Quản lý vận hành"
o_add CQDN-VP grassroots_cell HT-CQDN 1960-01-01 "Chi bộ Văn phòng Khối"
o_add CQDN-BAO grassroots_cell HT-CQDN 1960-01-01 "Chi bộ Báo Hà Tĩnh"
o_add CQDN-KS grassroots_cell HT-CQDN 1960-01-01 "Chi bộ Công ty Khoáng sản"
o_add CX-CB grassroots_committee HT-CX 1976-03-01 "Đảng bộ xã Cẩm Bình"
o_add CB-1 cell CX-CB 1976-03-01 "Chi bộ thôn 1"
o_add CB-2 cell CX-CB 1976-03-01 "Chi bộ thôn 2"
o_add CX-TH grassroots_cell HT-CX 1976-03-01 "Chi bộ Trường THPT Cẩm Xuyên"
o_add NA provincial "" 1930-10-01 "Tỉnh ủy Nghệ An"
o_add NA-VP grassroots_cell NA 1960-01-01 "Chi bộ Văn phòng Tỉnh ủy Nghệ An"

# ---- the registers: members recorded with `member add` -----------------------
# handle|cell|gender|born|ethnicity|education|theory|key|admitted|official|
# position|name. No official date: still probationary on 1 January 2025.
while IFS='|' read -r h cell g born eth edu th key adm off pos name; do
  [ -z "$h" ] && continue
  m_add "$h" "$cell" "$g" "$born" "$eth" "$edu" "$th" "$key" "$adm" "$off" \
    "$pos" "$name"
done <<'EOF'
M01|STC-1|male|1968-04-12|Kinh|university|advanced|key|1995-06-10|1996-06-10|Giám đốc Sở|Nguyễn Văn An
M02|STC-1|female|1975-09-03|Kinh|master|intermediate|key|2001-03-15|2002-03-15|Phó Giám đốc Sở|Trần Thị Bình
M06|STC-1|male|1982-11-20|Kinh|university|intermediate||2008-05-19|2009-05-19||Lê Văn Cường
M07|STC-1|female|1990-02-14|Kinh|university|elementary||2015-07-01|2016-07-01||Phạm Thị Dung
M08|STC-1|male|1988-08-08|Mường|university|elementary||2012-10-10|2013-10-10||Hoàng Văn Em
M22|STC-1|female|1993-12-01|Kinh|university|none||2019-04-22|2020-04-22||Võ Thị Giang
M24|STC-1|male|1950-01-05|Kinh|upper secondary|intermediate||1972-01-10|1973-01-10||Đặng Văn Hải
M32|STC-1|female|1955-03-03|Kinh|upper secondary|intermediate||1974-05-01|1975-05-01||Bùi Thị Hoa
M15|STC-2|male|1985-06-06|Kinh|college|elementary||2010-02-02|2011-02-02||Ngô Văn Khoa
M20|STC-2|female|1998-07-07|Kinh|university|none||2024-03-15|||Đỗ Thị Lan
M26|STC-2|male|1979-01-30|Tày|university|intermediate||2005-09-02|2006-09-02||Lý Văn Minh
M29|STC-2|female|1996-05-05|Kinh|university|elementary||2020-01-06|2021-01-06||Mai Thị Ngọc
M33|STC-2|female|1970-10-10|Kinh|university|advanced|key|1996-11-11|1997-11-11|Trưởng phòng|Phan Thị Oanh
M18|STC-3|male|1980-03-03|Kinh|university|elementary||2004-04-04|2005-04-04||Hồ Văn Phúc
M34|STC-3|female|1987-12-12|Kinh|university|intermediate||2011-12-19|2012-12-19||Dương Thị Quỳnh
M35|STC-3|male|1991-04-04|Thái|college|||2016-03-03|2017-03-03||Cao Văn Sơn
M09|EVN-1|male|1972-02-02|Kinh|university|advanced|key|1998-02-03|1999-02-03|Trưởng phòng Kỹ thuật|Trịnh Văn Tâm
M27|EVN-1|male|1984-07-17|Kinh|college|elementary||2009-07-27|2010-07-27||Lưu Văn Thắng
M36|EVN-1|female|1994-09-09|Kinh|university|none||2018-09-10|2019-09-10||Tạ Thị Uyên
M21|EVN-2|male|1999-01-11|Kinh|university|none||2024-06-20|||Châu Văn Việt
M37|EVN-2|female|1976-06-16|Kinh|upper secondary|intermediate||2000-06-19|2001-06-19||Kiều Thị Xuân
M38|EVN-2|male|1965-05-15|Kinh|university|advanced|key|1990-05-19|1991-05-19|Giám đốc Công ty|Quách Văn Yên
M10|CQDN-VP|male|1958-08-18|Kinh|university|advanced||1985-08-19|1986-08-19||La Văn Bảo
M17|CQDN-VP|male|1981-01-21|Kinh|university|intermediate||2007-07-09|2008-07-09||Tôn Văn Chiến
M25|CQDN-VP|female|2001-02-02|Kinh|university|none||2024-08-08|||Doãn Thị Diệp
M28|CQDN-VP|male|2002-03-03|Kinh|college|none||2024-12-20|||Khổng Văn Đức
M39|CQDN-VP|female|1983-03-13|Kinh|master|advanced|key|2006-03-20|2007-03-20|Chánh Văn phòng|Âu Thị Hà
M11|CQDN-BAO|female|2000-10-10|Kinh|university|none||2024-06-03|||Lã Thị Hằng
M16|CQDN-BAO|male|1989-09-19|Kinh|university|elementary||2014-09-22|2015-09-22||Mạc Văn Hiếu
M23|CQDN-BAO|male|1997-07-27|Kinh|university|none||2024-11-20|||Ninh Văn Khánh
M40|CQDN-BAO|female|1992-02-22|Tày|university|elementary||2017-02-27|2018-02-27||Nông Thị Huệ
M12|CQDN-KS|male|1986-06-26|Kinh|university|elementary||2010-06-28|2011-06-28||Ông Văn Lâm
M13|CQDN-KS|female|1978-08-28|Kinh|college|intermediate||2003-08-29|2004-08-29||Phí Thị Liên
M14|CQDN-KS|male|1983-03-23|Kinh|university|elementary||2012-03-26|2013-03-26||Văn Đình Lộc
M41|CB-1|male|1980-04-14|Thái|lower secondary|elementary||2005-04-18|2006-04-18||Lò Văn Mạnh
M42|CB-1|female|1973-07-03|Mường|upper secondary|intermediate|key|1999-07-05|2000-07-05|Bí thư Đảng ủy xã|Hà Thị Nga
M19|CB-2|male|1987-08-17|Tày|university|intermediate||2013-08-19|2014-08-19||Vi Văn Nam
M43|CB-2|female|1995-05-25|Kinh|college|none||2021-05-27|2022-05-27||Thân Thị Phượng
M31|CX-TH|male|1977-07-07|Kinh|university|intermediate||2002-07-08|2003-07-08||Kim Văn Quang
M44|CX-TH|female|1960-06-06|Kinh|master|advanced|key|1985-06-10|1986-06-10|Hiệu trưởng|Lục Thị Sen
M30|NA-VP|male|1985-05-05|Kinh|university|intermediate||2010-05-10|2011-05-10||Đinh Văn Tuấn
M45|NA-VP|female|1990-01-01|Kinh|university|elementary||2015-01-05|2016-01-05||Nghiêm Thị Vân
EOF

# Out of the party before the year began: removed in 2021, readmitted in
# September 2025 (at least 36 months out).
m_leave M18 remove 2021-05-01

# ---- 2025, in date order -----------------------------------------------------
m_transfer M31 CQDN-BAO 2025-01-01  # first day: from the district into the block
m_discipline M06 reprimand 2025-01-10   # M06: the first of two in the year
m_transfer M07 CQDN-VP 2025-01-15   # inside the block
m_admit N1 STC-2 female 2000-12-12 Kinh university "" "" 2025-02-10 \
  "Mẫn Thị Yến"
m_transfer M30 CQDN-BAO 2025-02-20  # from another province into the block
o_add CQDN-MT grassroots_cell HT-CQDN 2025-03-01 \
  "Chi bộ Sở Tài nguyên và Môi trường"
# Temporary: M08 attends a commune cell of the district; the registration
# (and every figure) stays in STC-1.
m_visit M08 CB-1 2025-03-20 2026-01-15
m_admit N2 CQDN-MT male 2003-03-30 Dao college none "" 2025-04-01 \
  "Triệu Văn Bình"
# Decided on 20 April; official from 15 March (12 months after admission).
m_recognize M20 2025-04-20
m_discipline M09 dismissal 2025-05-05
m_leave M10 decease 2025-05-12
m_discipline M11 warning 2025-05-20     # a probationary member: a warning
m_discipline M12 reprimand 2025-06-01   # in CQDN-KS; again in CQDN-VP later
m_recognize M11 2025-06-05              # official from 3 June
m_discipline M06 warning 2025-06-10     # M06 again: one member, two forms
m_transfer M12 CQDN-VP 2025-06-15       # CQDN-KS empties before dissolution
m_transfer M13 STC-1 2025-06-15
m_transfer M14 CB-1 2025-06-15          # out of the block, into the district
o_dissolve CQDN-KS 2025-06-30
# The power company with its cells and members passes to the district.
o_move CQDN-EVN HT-CX 2025-07-01
# Decided after the move; official from 20 June, while still in the block:
# the block counts the recognition, the district does not.
m_recognize M21 2025-07-10
m_leave M15 remove 2025-08-01
m_leave M16 resign 2025-08-15
o_rename CQDN-BAO 2025-09-01 "Chi bộ Báo và Phát thanh, Truyền hình Hà Tĩnh"
m_discipline M17 expulsion 2025-09-10
m_readmit M18 STC-3 2025-09-15
o_merge STC-3 STC-2 2025-10-01          # STC-3's members pass to STC-2
m_transfer M19 STC-1 2025-10-10         # from the district into the block
m_transfer M22 NA-VP 2025-10-20         # out of the block and the province
m_discipline M12 warning 2025-11-01     # second, in another grassroots org
m_admit N3 EVN-1 female 1998-08-08 Kinh college "" "" 2025-11-05 \
  "Chu Thị Ánh"                         # EVN is the district's now
m_leave M24 decease 2025-12-01
m_leave M25 decease 2025-12-01          # a probationary member
m_discipline M26 warning 2025-12-05
m_discipline M27 reprimand 2025-12-05   # counted by the district
m_recognize M23 2025-12-10              # official from 20 November
# M28 (admitted 20 December 2024) is not recognised in 2025: still
# probationary at the end of the year.
m_admit N4 CQDN-VP male 1995-10-10 "" "" "" "" 2025-12-31 "Giáp Văn Tú"
m_transfer M29 CQDN-MT 2025-12-31       # last day: counted at the end
