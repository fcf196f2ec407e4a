# Tests counting idioms with dict.get, setdefault, and sorting counts with tie-breaking.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
first_pos = {}
for i, w in enumerate(text.split()):
    first_pos.setdefault(w, i)
print(first_pos)
lengths = {}
for w in set(text.split()):
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
letters = [0] * 26
for ch in text.replace(" ", ""):
    letters[ord(ch) - ord("a")] += 1
print("".join(chr(i + 97) for i, n in enumerate(letters) if n >= 3))
