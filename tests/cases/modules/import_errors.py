# Tests ImportError/ModuleNotFoundError from missing modules and names, with their name attributes.
try:
    import helper_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_shapes import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, issubclass(type(e), ImportError), type(e) is ImportError)
try:
    import helper_shapes.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import helper_shapes
print("helper still importable:", helper_shapes.PI)
