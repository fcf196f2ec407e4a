# str.format ("{") and string.Template ("$") styles, and their validation errors.
import logging
import sys

log = logging.getLogger("styles")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

h.setFormatter(logging.Formatter("{levelname:<8}|{name}|{message!r}|{lineno:03d}", style="{"))
log.warning("brace %s", "style")
h.setFormatter(logging.Formatter("$levelname|${name}|$message|$$", style="$"))
log.warning("dollar")
h.setFormatter(logging.Formatter("{message} {extra_field}", style="{", defaults={"extra_field": "dflt"}))
log.warning("brace defaults")
h.setFormatter(logging.Formatter("$message $extra_field", style="$", defaults={"extra_field": "dflt"}))
log.warning("dollar defaults")
print(repr(logging.Formatter(style="{")._fmt), repr(logging.Formatter(style="$")._fmt))
for fmt, style in [("no fields", "{"), ("{0!x}", "{"), ("{a:zz}", "{"), ("{a b}", "{"),
                   ("no fields", "$"), ("$ bare", "$"), ("{", "{"), ("{name", "{")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
for fmt in ("{name!s:>10}", "{levelno:+05d}", "{a[0]}", "{a.b}", "{0}"):
    print(logging.Formatter(fmt, style="{")._fmt)
print(logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(),
      logging.Formatter("${asctime}", style="$").usesTime(),
      logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("%(message)s").usesTime())
h.setFormatter(logging.Formatter("{missing}", style="{", validate=True))
rec = logging.makeLogRecord({"msg": "m"})
for f in (logging.Formatter("{missing}", style="{"), logging.Formatter("$missing", style="$")):
    try:
        f.format(rec)
    except ValueError as e:
        print("ValueError:", e)
