# Tests list rotation, chunking and windowing with slices on a realistic buffer.
data = list(range(1, 11))
def rotate(seq, k):
    k %= len(seq)
    return seq[-k:] + seq[:-k]
print(rotate(data, 3), rotate(data, -2), rotate(data, 10) == data)
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(data, 3), chunks([], 2))
def windows(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]
print(windows(data[:5], 3), windows([1], 2))
print([sum(w) / len(w) for w in windows(data, 4)])
buf = []
for x in data:
    buf.append(x)
    if len(buf) > 3:
        buf.pop(0)
print(buf)
