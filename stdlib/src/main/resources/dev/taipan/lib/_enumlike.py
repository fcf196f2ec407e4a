"""Named constants in the style of enum.IntEnum and StrEnum, shared by signal, socket and http.

Taipan has no enum module (an Enum class needs a metaclass), so these classes are not
iterable; their members are in ``__members__``. A class mixes ``Constants`` with int or str:

    class Signals(Constants, int): ...
    SIGINT = Signals._add('SIGINT', 2)
"""


class Constants:
    """Members are instances made once by _add(); calling the class looks one up by value."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls.__members__ = cls._member_map_

    def __new__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    @classmethod
    def _add(cls, name, value):
        """Makes the member name (the first one with value is what cls(value) returns)."""
        base = int if issubclass(cls, int) else str
        member = base.__new__(cls, value)
        member._name_ = name
        member._value_ = value
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        cls._value2member_map_.setdefault(value, member)
        type.__setattr__(cls, name, member)
        return member

    @classmethod
    def _alias(cls, alias, name):
        member = cls._member_map_[name]
        cls._member_map_[alias] = member
        type.__setattr__(cls, alias, member)
        return member

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        if isinstance(self, int):
            return f"<{type(self).__name__}.{self._name_}: {self._value_}>"
        return f"<{type(self).__name__}.{self._name_}>"

    def __str__(self):
        return int.__repr__(self) if isinstance(self, int) else str.__str__(self)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
