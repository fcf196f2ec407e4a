import time
print(time.timezone, time.altzone, time.daylight, time.tzname)
for s in (0, 1700000000, 1690000000):
    t = time.localtime(s)
    print(t, t.tm_zone, t.tm_gmtoff, time.mktime(t), time.strftime('%Z %z %c', t))
print(time.mktime((2024, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2024, 3, 31, 2, 30, 0, 0, 0, -1)), time.ctime(1690000000))
print(time.strftime('%Z', (2024, 7, 1, 12, 0, 0, 0, 0, 1)), time.strftime('%Z', (2024, 7, 1, 12, 0, 0, 0, 0, 0)))
