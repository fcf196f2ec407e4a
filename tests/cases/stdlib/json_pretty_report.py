# Tests json.dumps formatting options on a nested report: indent, sort_keys, default=str and round trips.
import json
report = {
    "title": "Q1 summary",
    "regions": [
        {"name": "north", "sales": [120.5, 99.0], "active": True},
        {"name": "south", "sales": [], "active": False, "notes": None},
    ],
    "totals": {"count": 2, "sum": 219.5},
}
text = json.dumps(report, indent=4, sort_keys=True)
print(text)
print(json.loads(text) == report)
print(json.dumps(report["totals"], indent="\t"))
print(json.dumps({"when": (2024, 1, 2), "unit": b"kg".decode()}, separators=(", ", ": ")))
compact = json.dumps(report, separators=(",", ":"))
print(len(compact), compact[:40])
