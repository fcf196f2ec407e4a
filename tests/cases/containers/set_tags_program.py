# Tests set algebra in a realistic tag-matching program, printing sorted results for string sets.
articles = {
    "intro": {"python", "beginner", "tutorial"},
    "async": {"python", "asyncio", "advanced"},
    "java": {"java", "jvm", "advanced"},
    "mix": {"python", "java", "interop"},
}
query = {"python", "advanced"}
for name, tags in articles.items():
    common = tags & query
    print(name, sorted(common), query <= tags, tags.isdisjoint({"jvm"}))
all_tags = set().union(*articles.values())
print(sorted(all_tags), len(all_tags))
shared = set.intersection(*(t for n, t in articles.items() if "python" in t))
print(sorted(shared))
only_once = {t for t in all_tags if sum(t in v for v in articles.values()) == 1}
print(sorted(only_once))
print(sorted(articles["async"] ^ articles["java"]), sorted(articles["mix"] - articles["intro"]))
