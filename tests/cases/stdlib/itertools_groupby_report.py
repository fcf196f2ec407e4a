# Tests a realistic report using sorted + itertools.groupby + operator.itemgetter + accumulate.
import itertools
from operator import itemgetter
log = [
    ("2024-01-03", "alice", 3), ("2024-01-01", "bob", 5), ("2024-01-03", "bob", 1),
    ("2024-01-01", "alice", 2), ("2024-01-02", "carol", 7), ("2024-01-03", "carol", 4),
]
log.sort(key=itemgetter(0, 1))
for day, entries in itertools.groupby(log, key=itemgetter(0)):
    entries = list(entries)
    print(day, [(who, n) for _, who, n in entries], sum(map(itemgetter(2), entries)))
by_user = sorted(log, key=itemgetter(1))
totals = {user: sum(n for *_, n in rows) for user, rows in itertools.groupby(by_user, key=itemgetter(1))}
print(totals)
daily = [sum(n for *_, n in g) for _, g in itertools.groupby(log, key=itemgetter(0))]
print(daily, list(itertools.accumulate(daily)))
