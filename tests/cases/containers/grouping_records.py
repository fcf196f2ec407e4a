# Tests a realistic aggregation: grouping records into dicts of lists, totals, averages and sorted reports.
sales = [
    ("north", "apples", 12), ("south", "pears", 7), ("north", "pears", 3),
    ("east", "apples", 9), ("south", "apples", 4), ("north", "apples", 5), ("east", "plums", 11),
]
by_region = {}
for region, item, qty in sales:
    by_region.setdefault(region, []).append((item, qty))
print(by_region)
totals = {r: sum(q for _, q in items) for r, items in by_region.items()}
print(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
per_item = {}
for _, item, qty in sales:
    per_item[item] = per_item.get(item, 0) + qty
print(per_item, max(per_item, key=per_item.get))
avg = {r: round(t / len(by_region[r]), 2) for r, t in totals.items()}
print(avg)
for region in sorted(by_region):
    items = ", ".join(f"{i}x{q}" for i, q in sorted(by_region[region]))
    print(f"{region:>6}: {items}")
