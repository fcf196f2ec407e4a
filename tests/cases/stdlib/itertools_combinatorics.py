# Tests itertools product, permutations, combinations and combinations_with_replacement.
import itertools
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abcd", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement("xyz", 2)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.combinations(range(10), 4))))
print(list(itertools.combinations([], 0)), list(itertools.combinations([1], 2)), list(itertools.product()))
coins = [1, 5, 10]
ways = [c for n in range(1, 4) for c in itertools.combinations_with_replacement(coins, n) if sum(c) == 11]
print(ways)
