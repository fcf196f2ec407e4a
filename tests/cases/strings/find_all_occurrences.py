# Tests scanning a string with find() in a loop and building highlighted output.
text = "abracadabra, abracadabra!"
def find_all(hay, needle):
    positions, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i == -1:
            return positions
        positions.append(i)
        start = i + 1
print(find_all(text, "abra"), find_all(text, "a")[:5], find_all(text, "zz"), find_all("aaaa", "aa"))
def highlight(hay, needle):
    out, last = [], 0
    for i in find_all(hay, needle):
        if i < last:
            continue
        out.append(hay[last:i])
        out.append("[" + needle.upper() + "]")
        last = i + len(needle)
    out.append(hay[last:])
    return "".join(out)
print(highlight(text, "cad"))
print(highlight("aaaa", "aa"))
print(text.count("abra"), text.replace("abra", "_", 3))
