# Tests 3.12+ f-string grammar: reused quotes, nested f-strings, backslashes in expressions.
songs = ["a", "b", "c"]
print(f"Playlist: {", ".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}")
d = {"key": "value"}
print(f"{d["key"]}")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{"\\".join(['p', 'q'])}")
print(f"{'{'}{"}"}")
