# Tests non-ASCII identifiers and string contents.
café = "coffee"
ω = 2.5
π_approx = 3.14
名前 = "name"
print(café, ω * 2, π_approx, 名前)
def grüß(wer):
    return f"Grüß dich, {wer}!"
print(grüß("Welt"))
class Ünïcode:
    ñ = 1
print(Ünïcode.ñ, Ünïcode.__name__)
s = "日本語テキスト"
print(len(s), s[2], s[::-1])
print("é" == "\u00e9", len("e\u0301"))
