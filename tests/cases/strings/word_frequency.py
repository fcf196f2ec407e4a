# Tests a realistic text-processing program: normalizing words and ranking frequencies.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness;
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,;").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{n:>3} {'*' * n}")
print(len(words), len(freq), sum(len(w) for w in words) / len(words))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest, "| capitalized:", " ".join(w.capitalize() for w in words[:6]))
