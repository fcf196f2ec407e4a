# Tests that 'except Exception' misses SystemExit/KeyboardInterrupt while BaseException and bare except catch them.
import sys
def try_catch(exc):
    try:
        try:
            raise exc
        except Exception:
            return "Exception caught it"
    except BaseException as e:
        return f"only BaseException caught {type(e).__name__}"
for exc in [SystemExit(3), KeyboardInterrupt(), GeneratorExit(), ValueError()]:
    print(try_catch(exc))
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
try:
    raise KeyboardInterrupt
except:
    print("bare except caught", sys.exc_info()[0].__name__)
