# os functions for files and folders: makedirs, listdir, rename, remove, getcwd, chdir, descriptors.
import os
import tempfile

start = os.getcwd()
print(os.path.isabs(start))
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        print(os.getcwd() == os.path.realpath(tmp))
        os.makedirs("a/b/c")
        os.makedirs("a/b/c", exist_ok=True)
        try:
            os.makedirs("a/b/c")
        except FileExistsError as e:
            print("FileExistsError:", e)
        with open("a/file.txt", "w") as f:
            f.write("content")
        print(sorted(os.listdir("a")), sorted(os.listdir()))
        os.rename("a/file.txt", "a/renamed.txt")
        print(sorted(os.listdir("a")))
        try:
            os.rename("a/missing", "a/x")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)
        os.replace("a/renamed.txt", "moved.txt")
        print(os.path.exists("moved.txt"), os.path.exists("a/renamed.txt"))
        os.remove("moved.txt")
        try:
            os.remove("moved.txt")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)
        try:
            os.remove("a")
        except IsADirectoryError as e:
            print("IsADirectoryError:", e)
        try:
            os.listdir("nope")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)

        fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        print(isinstance(fd, int), os.write(fd, b"0123456789"))
        os.close(fd)
        fd = os.open("raw.bin", os.O_RDONLY)
        print(os.read(fd, 4), os.lseek(fd, 8, os.SEEK_SET), os.read(fd, 100), os.read(fd, 100))
        os.close(fd)
        try:
            os.close(fd)
        except OSError as e:
            print("OSError:", e)
        try:
            os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except FileExistsError as e:
            print("FileExistsError:", e)
        fd = os.open("raw.bin", os.O_RDWR | os.O_APPEND)
        os.write(fd, b"AB")
        with os.fdopen(fd, "rb") as f:
            print(f.read())
        with open("raw.bin", "rb") as f:
            print(f.read())
        os.utime("raw.bin", (1_000_000_000, 1_000_000_000))
        print(os.stat("raw.bin").st_mtime)
        os.remove("raw.bin")
        for d in ("a/b/c", "a/b", "a"):
            os.rmdir(d)
        print(os.listdir())
    finally:
        os.chdir(start)
print(os.getcwd() == start)
