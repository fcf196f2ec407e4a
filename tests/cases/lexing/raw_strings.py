# Tests raw strings: backslashes kept literally, raw quotes and Windows-style paths.
path = r"C:\Users\new\table"
print(path, len(path))
print(r"\d+\.\d*", r"\\")
print(r"quote \" kept", len(r"\""))
print(r'single \' kept')
print(r"""raw
triple \n""")
print(repr(r"\n"), repr(r"a\tb"))
print(rb"\x00" == b"\\x00")
print(r"\N{EM DASH}")
