# Tests user-defined exception classes with extra attributes, custom __str__ and inheritance.
class AppError(Exception):
    """Base error for the app."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short")
    return "ok"
for u in [{"name": "alice"}, {"name": "al"}, {}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid ->", e, "|", repr(e), "|", e.field, e.args)
    except AppError as e:
        print("app error ->", e, "|", type(e).__name__, isinstance(e, Exception))
class Bare(Exception):
    pass
print(repr(Bare()), repr(Bare("x", 1)), Bare.__doc__, AppError.__doc__)
