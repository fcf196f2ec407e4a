# Tests replace() with count, removeprefix/removesuffix and chained replacements.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("report.txt".removesuffix(".txt"), "report.txt".removesuffix(".csv"), "TestCase".removeprefix("Test"), "abc".removeprefix(""))
text = "I like cats. Cats like me."
for old, new in [("cats", "dogs"), ("Cats", "Dogs"), ("like", "love")]:
    text = text.replace(old, new)
print(text)
print(s.replace("one", "1", count=1))
