# Tests printf-style % formatting: conversions, width, precision, flags and mapping keys.
print("%s|%r|%a" % ("café", "café", "café"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, -42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-10, 1e20))
print("%x|%X|%#x|%o|%#o|%08.3f|%c|%c|%%" % (255, 255, 255, 8, 8, -3.14159, 65, "z"))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ("a", "b"), "%d%%" % 50)
print("%s" % None, "%d" % True, "%.1f" % 2, "%s" % 1.0, "%r" % "x", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5)]:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
