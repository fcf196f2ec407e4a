# Tests find/rfind/index/rindex/count/startswith/endswith with start/end ranges and tuples.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.find("o", 10, 20), s.count("o", 0, 15), s.find("dog", -3), s.find("dog", -5, -1))
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "og")))
print(s.endswith("lazy", 0, -4), "".startswith(""), "abc".endswith(""))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
