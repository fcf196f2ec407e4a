# Tests os.path string manipulation and basic filesystem calls on files created in the case folder.
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/srv", "x"), os.path.join("a", "/abs", "b"), os.path.join("a", ""))
print(os.path.split("/usr/lib/file.tar.gz"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("/a/b/c"), os.path.dirname("file"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.path.commonprefix(["interstellar", "internet", "interval"]))
print(os.path.exists("os_path_basics.py"), os.path.isfile("os_path_basics.py"), os.path.isdir("."), os.path.exists("nope.txt"))
print(os.path.basename(os.getcwd()) == os.path.basename(os.path.dirname(os.path.abspath("os_path_basics.py"))))
d = "_tmp_os_path_basics_dir"
os.mkdir(d)
for name in ["b.txt", "a.txt"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, "a.txt")), os.path.isdir(d))
os.rename(os.path.join(d, "a.txt"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d), os.environ.get("TAIPAN_SURELY_UNSET_VARIABLE"), os.getenv("TAIPAN_SURELY_UNSET_VARIABLE", "dflt"))
try:
    os.remove("no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
