# At exit the interpreter waits for non-daemon threads (threading._shutdown()).
import threading
import time


def late():
    time.sleep(0.1)
    print("the non-daemon thread finished")


threading.Thread(target=late).start()
print("main thread done")
