# Tests iterating strings, membership of substrings, enumerate over characters and char counts.
s = "mississippi"
print([c for c in s if c not in "aeiou"], "ss" in s, "sis" in s, "x" not in s, "" in s)
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print([(i, c) for i, c in enumerate("abc")], list("hi"), tuple("ok"), set("aab") == {"a", "b"})
vowels = sum(1 for c in "Programming Language" if c.lower() in "aeiou")
print(vowels, "".join(sorted(set(s))), list(reversed("abc")))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
