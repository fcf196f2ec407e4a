# Tests re: match/search/fullmatch, groups, findall, finditer spans, sub with backrefs and functions, split.
import re
m = re.match(r"(\w+)@(\w+)\.com", "ann@example.com is mine")
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc 123"), re.search(r"\d+", "abc 123").group(), re.fullmatch(r"\d+", "123x"), bool(re.fullmatch(r"\d+", "123")))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"x*", "axxb"))
print([(mm.group(), mm.span()) for mm in re.finditer(r"[aeiou]+", "beautiful day")])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"\d", "#", "a1b2", count=1))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "3 apples and 12 pears"), re.subn(r"a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "x1y2z"), re.split(r"\s+", "  lead trail  ", maxsplit=1))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, m.re.pattern)
print(re.escape("a.b*c?"), re.sub(r"\s+", " ", "too   many\n\tspaces"))
