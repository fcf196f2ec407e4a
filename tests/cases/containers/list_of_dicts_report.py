# Tests sorting, filtering and summarizing a list of dict records.
employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "skills": ["py", "java"]},
    {"name": "Bob", "dept": "ops", "salary": 90, "skills": ["bash"]},
    {"name": "Cid", "dept": "eng", "salary": 100, "skills": ["py"]},
    {"name": "Dee", "dept": "mkt", "salary": 95, "skills": []},
]
top = sorted(employees, key=lambda e: e["salary"], reverse=True)[:2]
print([e["name"] for e in top])
print([e["name"] for e in employees if "py" in e["skills"]])
print({e["name"]: len(e["skills"]) for e in employees})
depts = sorted({e["dept"] for e in employees})
for d in depts:
    members = [e for e in employees if e["dept"] == d]
    print(d, len(members), sum(e["salary"] for e in members), [m["name"] for m in members])
raise_pct = 10
updated = [{**e, "salary": e["salary"] * (100 + raise_pct) // 100} for e in employees]
print([u["salary"] for u in updated], [e["salary"] for e in employees])
print(min(employees, key=lambda e: (len(e["skills"]), e["name"]))["name"])
