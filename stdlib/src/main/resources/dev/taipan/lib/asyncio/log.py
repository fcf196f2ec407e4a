"""The 'asyncio' logger. Until Taipan has the logging module, records at WARNING and above are
written to sys.stderr exactly as logging's last-resort handler writes them (message, then the
traceback when exc_info is given)."""

import sys


class _Logger:
    name = 'asyncio'
    level = 0

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        text = str(msg)
        if exc_info:
            import traceback
            if exc_info is True:
                exc_info = sys.exc_info()
            elif isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            if exc_info[1] is not None:
                tb = ''.join(traceback.format_exception(*exc_info))
                text = text + '\n' + tb.rstrip('\n')
        sys.stderr.write(text + '\n')

    def debug(self, msg, *args, exc_info=None, **kwargs):
        pass

    def info(self, msg, *args, exc_info=None, **kwargs):
        pass

    def warning(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def error(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def isEnabledFor(self, level):
        return level >= 30


logger = _Logger()
