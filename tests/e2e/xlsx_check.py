"""A second reader of cadre's workbooks (openpyxl), for tests/e2e/t_xlsx.sh.

  xlsx_check.py same BOOK.xlsx CSV [SHEET]
      The sheet (default the first) holds exactly the CSV's rows, cell by
      cell: an empty CSV value is an empty cell; a date cell (shown
      dd/mm/yyyy) is the CSV's YYYY-MM-DD; a number cell its number; text
      the same text. The header row is bold and frozen, and every column is
      at least as wide as its longest value in characters (up to 60).
      Prints, for each column, the kinds of its cells: "born=date".
  xlsx_check.py keyed BOOK.xlsx CSV [SHEET]
      The same, with the header the CSV's: an export, which an import
      reads back by its columns' names.
  xlsx_check.py sheets BOOK.xlsx
      Prints the names of the sheets, one a line.
  xlsx_check.py set BOOK.xlsx OUT.xlsx SHEET CELL VALUE
      Writes OUT with CELL of SHEET set to VALUE (as text), and the sheet
      named SHEET: a file as a clerk's spreadsheet saves it (shared
      strings, not cadre's inline strings).
  xlsx_check.py number BOOK.xlsx OUT.xlsx CELL VALUE
      The same with a number cell in the first sheet.
  xlsx_check.py bomb BOOK.xlsx OUT.xlsx
      OUT is BOOK with its first sheet's part replaced by 100 MB of XML
      that deflates to about 100 KB: a zip bomb.
"""
import csv
import datetime
import os
import re
import sys
import zipfile

import openpyxl


def kind(value):
    if value is None:
        return "empty"
    if isinstance(value, datetime.datetime):
        return "date"
    if isinstance(value, (int, float)):
        return "number"
    return "text"


def labels():
    """The English label of each column, read from the source's table."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "..", "..", "src", "view", "columns.c")
    with open(src, encoding="utf-8") as f:
        return dict(re.findall(r'\{"([a-z_]+)", N_\("([^"]+)"\)\}',
                               f.read()))


def same(book, csv_path, sheet=None, keyed=False):
    wb = openpyxl.load_workbook(book)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    cells = [list(r) for r in ws.iter_rows()]
    problems = []
    if len(cells) != len(rows):
        problems.append(f"{len(cells)} rows, the CSV has {len(rows)}")
    if ws.freeze_panes != "A2":
        problems.append(f"frozen at {ws.freeze_panes}, not below the header")
    header = rows[0]
    label = {} if keyed else labels()
    kinds = {name: set() for name in header}
    for i, (row, got) in enumerate(zip(rows, cells)):
        for j, want in enumerate(row):
            cell = got[j] if j < len(got) else None
            value = cell.value if cell is not None else None
            where = f"row {i + 1} column {header[j]}"
            if i == 0:
                want = label.get(want, want)
                if value != want or not cell.font.b:
                    problems.append(f"{where}: header {value!r}, bold "
                                    f"{cell.font.b}, expected {want!r}")
                continue
            k = kind(value)
            kinds[header[j]].add(k)
            if want == "":
                ok = value is None
            elif k == "date":
                ok = (value.strftime("%Y-%m-%d") == want
                      and cell.number_format == "dd/mm/yyyy")
            elif k == "number":
                ok = float(want) == value
            else:
                ok = value == want
            if not ok:
                problems.append(f"{where}: {value!r} ({k}), expected {want!r}")
    for j, name in enumerate(header):
        letter = openpyxl.utils.get_column_letter(j + 1)
        longest = max(len(r[j]) if j < len(r) else 0 for r in rows)
        width = ws.column_dimensions[letter].width
        if width < min(longest, 60):
            problems.append(f"column {name}: width {width}, its longest "
                            f"value has {longest} characters")
    if problems:
        print("\n".join(problems[:10]), file=sys.stderr)
        sys.exit(1)
    for name in header:
        print(f"{name}={','.join(sorted(kinds[name] - {'empty'}))}")


def main(argv):
    cmd = argv[1]
    if cmd == "same":
        same(argv[2], argv[3], argv[4] if len(argv) > 4 else None)
    elif cmd == "keyed":
        same(argv[2], argv[3], argv[4] if len(argv) > 4 else None, True)
    elif cmd == "sheets":
        for name in openpyxl.load_workbook(argv[2]).sheetnames:
            print(name)
    elif cmd == "set":
        wb = openpyxl.load_workbook(argv[2])
        ws = wb.worksheets[0]
        ws.title = argv[4]
        ws[argv[5]] = argv[6]
        ws[argv[5]].number_format = "@"
        wb.save(argv[3])
    elif cmd == "number":
        wb = openpyxl.load_workbook(argv[2])
        ws = wb.worksheets[0]
        ws[argv[4]] = int(argv[5])
        ws[argv[4]].number_format = "0"
        wb.save(argv[3])
    elif cmd == "bomb":
        with zipfile.ZipFile(argv[2]) as src, zipfile.ZipFile(
                argv[3], "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = (b'<?xml version="1.0"?><worksheet>' +
                            b" " * (100 << 20) + b"</worksheet>")
                dst.writestr(item.filename, data)
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main(sys.argv)
