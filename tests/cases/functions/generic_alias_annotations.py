# Tests that builtin generics like list[int] work in annotations and at run time.
def total(xs: list[int], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(xs)


print(total.__annotations__["xs"], total.__annotations__["return"])
alias = dict[str, list[int]]
print(alias, alias.__origin__, alias.__args__)
print(list[int] == list[int], list[int] == list[str], type[int])
print(list[int]([1, 2]), isinstance([], list))
opt = int | None
print(opt, opt.__args__, int | str | int, isinstance(3, int | str), isinstance(None, opt), isinstance(2.5, opt))
print(list[int] | None, None | str, (int | str) == (str | int), issubclass(bool, int | str))
