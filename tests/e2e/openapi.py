"""The OpenAPI document the server serves (GET /api/v1/openapi.json),
checked by tests/e2e/t_http.sh so that it cannot drift from the server or
from docs/http.md.

  openapi.py check DOC HTTP_MD   the document's structure (OpenAPI 3.0 as
                                 cadre writes it) and docs/http.md's table
                                 of endpoints, both ways: a problem a line,
                                 exit 1 when there is any
  openapi.py walk DOC            one request a line for every operation of
                                 the document, "METHOD PATH STATUS BODY"
                                 (BODY: JSON, "-" for a GET, "none" for
                                 a change without one): the test sends
                                 each and expects STATUS; "csv:TEXT"
                                 for an upload of CSV, TEXT's lines
                                 joined by "\\n")
"""
import json
import re
import sys

TYPES = {"string", "integer", "boolean"}


def operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, method.upper(), op


def check_schema(where, s, problems):
    if s.get("type") == "array":  # a list: of values of a type
        check_schema(f"{where}[]", s.get("items") or {}, problems)
        return
    if s.get("type") not in TYPES:
        problems.append(f"{where}: type {s.get('type')!r}")
    if "enum" in s and (not s["enum"] or
                        not all(isinstance(v, str) and v for v in s["enum"])):
        problems.append(f"{where}: an empty enum or name")
    if s.get("type") == "integer" and not s["minimum"] <= s["maximum"]:
        problems.append(f"{where}: minimum over maximum")


def check(doc, http_md):
    problems = []
    if not re.fullmatch(r"3\.0\.\d+", doc.get("openapi", "")):
        problems.append(f"openapi: {doc.get('openapi')!r}")
    if not doc.get("info", {}).get("title") or not doc["info"].get("version"):
        problems.append("info: title and version are needed")
    comps = doc["components"]
    err = comps["schemas"]["Error"]["properties"]["error"]
    if err["required"] != ["code", "message", "field"]:
        problems.append("Error: code, message and field")
    schemes = comps["securitySchemes"]
    if schemes["session"] != {"type": "apiKey", "in": "cookie",
                              "name": "cadre_session"}:
        problems.append("securitySchemes: the session cookie")
    if schemes["csrf"] != {"type": "apiKey", "in": "header",
                           "name": "X-CSRF-Token"}:
        problems.append("securitySchemes: the CSRF header")
    ops = {}
    for path, method, op in operations(doc):
        where = f"{method} {path}"
        ops[(method, path)] = op
        if not path.startswith("/api/v1/"):
            problems.append(f"{where}: not under /api/v1/")
        if not op.get("summary"):
            problems.append(f"{where}: no summary")
        ok = [c for c in op["responses"] if c.startswith("2")]
        if len(ok) != 1:
            problems.append(f"{where}: {len(ok)} answers of success")
        for code, r in op["responses"].items():
            if code.startswith("2"):
                continue
            ref = r["content"]["application/json"]["schema"].get("$ref")
            if ref != "#/components/schemas/Error":
                problems.append(f"{where}: {code} is no Error")
        for req in op["security"]:
            for name in req:
                if name not in schemes:
                    problems.append(f"{where}: no security scheme {name}")
        names = re.findall(r"\{(\w+)\}", path)
        for p in op["parameters"]:
            pw = f"{where}: parameter {p['name']}"
            if p["in"] == "path":
                if p["name"] not in names or p["required"] is not True:
                    problems.append(f"{pw}: not a required segment")
                names.remove(p["name"])
            elif p["in"] != "query":
                problems.append(f"{pw}: in {p['in']}")
            check_schema(pw, p["schema"], problems)
        if names:
            problems.append(f"{where}: segments {names} undeclared")
        body = op.get("requestBody")
        if body and body.get("x-cadre-upload"):
            # An upload: one document of one media type, not fields (a CSV
            # import takes a workbook as well).
            types = list(body["content"])
            if types not in ([t] for t in UPLOADS) and types != ["text/csv",
                                                                 XLSX]:
                problems.append(f"{where}: an upload of {types}")
            elif body["content"][types[0]]["schema"]["type"] != (
                    "string" if types[0] == "text/csv" else "object"):
                problems.append(f"{where}: the schema of an upload")
            if path not in UPLOAD_SAMPLES:
                problems.append(f"{where}: no sample upload (openapi.py)")
        elif body:
            s = body["content"]["application/json"]["schema"]
            if s["type"] != "object" or s["additionalProperties"] is not False:
                problems.append(f"{where}: a body is a closed object")
            for r in s.get("required", []):
                if r not in s["properties"]:
                    problems.append(f"{where}: required {r} undeclared")
            for name, fs in s["properties"].items():
                check_schema(f"{where}: field {name}", fs, problems)
    # docs/http.md: "| METHOD | `PATH` | ROLE | CSRF | QUERY / BODY | ... |"
    rows = {}
    for line in open(http_md, encoding="utf-8"):
        m = re.match(r"\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| ([^|]*)"
                     r"\| ([^|]*)\| ([^|]*)\|", line)
        if m:
            rows[(m[1], m[2])] = [c.strip() for c in m.groups()[2:]]
    for key in sorted(set(rows) - set(ops)):
        problems.append(f"docs/http.md: {' '.join(key)} is not served")
    for key in sorted(set(ops) - set(rows)):
        problems.append(f"docs/http.md: {' '.join(key)} is missing")
    for key in sorted(set(rows) & set(ops)):
        role, csrf, fields = rows[key]
        op = ops[key]
        where = f"docs/http.md: {' '.join(key)}"
        if role.replace("—", "none") != op["x-cadre-role"]:
            problems.append(f"{where}: role {role}, served {op['x-cadre-role']}")
        needs = any("csrf" in r for r in op["security"])
        if (csrf == "yes") != needs:
            problems.append(f"{where}: CSRF {csrf!r}")
        named = [p["name"] for p in op["parameters"] if p["in"] == "query"]
        if "requestBody" in op and not op["requestBody"].get(
                "x-cadre-upload"):
            named += op["requestBody"]["content"]["application/json"][
                "schema"]["properties"]
        for n in named:
            if not re.search(rf'[`"]{n}[`"]', fields):
                problems.append(f"{where}: {n} is not named")
    return problems


SAMPLES = {"code": "K", "id": "1", "event": "1", "record": "1",
           "name": "national-2025", "date": "2025-01-01",
           "": "tran",
           # t_http.sh's document and grouping K; a query parameter takes
           # the sample of its name first, then of its format.
           "number": "1-NQ%2FTW", "under": "K", "group": "K",
           # a term of office (cadre planning)
           "term": "2025-2030"}


# Where a path's {name} is not a rubric's: t_http.sh's account "walked",
# which the walk may disable.
PATH_SAMPLES = {p: {"name": "walked"} for p in (
    "/api/v1/users/{name}/disable", "/api/v1/users/{name}/passwd")}


UPLOADS = {"text/csv", "application/json"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# What the walk uploads: a small valid file for each upload, for
# t_http.sh's register (a CSV's lines joined by "\n"; the rubric as one
# line of JSON, named for the walk so that its name is free).
UPLOAD_SAMPLES = {
    "/api/v1/imports/orgs":
        "code,name,kind,parent,founded",
    "/api/v1/imports/members":
        "name,born,gender,cell,admitted\\n"
        "Đinh Thị Mẫu,1990-01-01,female,C1,2020-01-01",
    "/api/v1/imports/meetings":
        "cell,date,kind,chair,minutes,present\\n"
        "C1,2025-03-01,regular,1,90,all",
    "/api/v1/imports/assessments":
        "year,member,org,grade\\n2025,1,,well",
    "/api/v1/rubrics":
        '{"name": "walked", "title": "Walked", "criteria": [{"id": "all", '
        '"title": "All", "max": 100, "given": 100}]}',
}


def sample(p):
    """A value a required query parameter takes: one of an enumeration,
    the least of a whole number, a range of years, or SAMPLES's."""
    s = p["schema"]
    if "enum" in s:
        return s["enum"][0]
    if s.get("type") == "integer":
        return str(s["minimum"])
    if p["name"] == "years":
        return "2025"
    return SAMPLES.get(p["name"]) or SAMPLES[s.get("format", "")]


def walk(doc):
    for path, method, op in operations(doc):
        url = re.sub(r"\{(\w+)\}",
                     lambda m: PATH_SAMPLES.get(path, SAMPLES)[m[1]], path)
        query = [f"{p['name']}={sample(p)}" for p in op["parameters"]
                 if p["in"] == "query" and p["required"]]
        if query:
            url += "?" + "&".join(query)
        ok = next(c for c in op["responses"] if c.startswith("2"))
        # The walker is the whole register's administrator (t_http.sh):
        # every operation is open to it, and the roles and branches are
        # each route's own tests'.
        body = op.get("requestBody")
        if method == "GET":
            print(method, url, ok, "-")
        elif body and body.get("x-cadre-upload"):
            # "csv:" and the lines, which t_http.sh sends as text/csv; a
            # JSON document as the JSON of a body of fields is sent.
            csv = "text/csv" in body["content"]
            print(method, url, ok,
                  ("csv:" if csv else "") + UPLOAD_SAMPLES[path])
        elif body:
            # An empty object: refused for the first field it needs.
            required = body["content"]["application/json"]["schema"].get(
                "required")
            print(method, url, "422" if required else ok, "{}")
        elif path != "/api/v1/logout":
            # A change of no fields (an account disabled): sent bare.
            print(method, url, ok, "none")


def main():
    doc = json.load(open(sys.argv[2], encoding="utf-8"))
    if sys.argv[1] == "check":
        problems = check(doc, sys.argv[3])
        for p in problems:
            print(p)
        sys.exit(1 if problems else 0)
    walk(doc)


main()
