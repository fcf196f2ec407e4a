# Tests the everyday typing API at run time: aliases, Optional/Union, TypeVar, Generic classes and cast.
from typing import Any, Callable, Dict, Generic, Iterable, List, Optional, Tuple, TypeVar, Union, cast

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for it in items:
        return it
    return default


def apply(fn: Callable[[int], str], xs: List[int]) -> Dict[str, Any]:
    return {fn(x): x for x in xs}


print(Box(3).get(), first([]), first("xy"), apply(str, [1, 2]))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], T, Any)
print(Union[int, None] == Optional[int], cast(int, "x"), Box[int], first.__annotations__["default"])
