# Tests a realistic INI-like parser built from splitlines, strip, partition and startswith.
source = """
# comment line
[server]
host = example.org
port=8080
  ; another comment
[client]
name = "taipan client"
retries =3
empty =
"""
config, section = {}, None
for lineno, raw in enumerate(source.splitlines(), 1):
    line = raw.strip()
    if not line or line.startswith(("#", ";")):
        continue
    if line.startswith("[") and line.endswith("]"):
        section = config.setdefault(line[1:-1], {})
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("bad line", lineno)
        continue
    value = value.strip().strip('"')
    section[key.strip()] = int(value) if value.isdigit() else value
print(config)
for name, values in config.items():
    print(f"[{name}]", ", ".join(f"{k}={v!r}" for k, v in values.items()))
