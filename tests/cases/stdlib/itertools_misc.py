# Tests chain, zip_longest, starmap, groupby, accumulate(initial), pairwise, batched, tee, filterfalse, compress.
import itertools
import operator
print(list(itertools.chain("ab", [1], ())), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest()))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.starmap(operator.mul, zip([1, 2], [3, 4]))))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print([(k, [v for _, v in g]) for k, g in itertools.groupby(data, key=operator.itemgetter(0))])
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
print(list(itertools.batched("abcdefg", 3)), list(itertools.batched(range(4), 2)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.takewhile(bool, [1, 1, 0, 1])))
