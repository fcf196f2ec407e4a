"""A few email utilities: RFC 2822 dates (formatdate) and quoting of parameter values."""

import time

__all__ = ['formatdate', 'quote', 'unquote']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The date as RFC 2822 writes it, e.g. 'Fri, 09 Nov 2001 01:08:47 -0000'.

    timeval is seconds since the epoch (default now). With localtime the local time and its
    UTC offset are written; otherwise UTC, as 'GMT' when usegmt (HTTP's form) else '-0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        t = time.localtime(timeval)
        offset = t.tm_gmtoff
        sign = '-' if offset < 0 else '+'
        hours, minutes = divmod(abs(offset) // 60, 60)
        zone = f'{sign}{hours:02d}{minutes:02d}'
    else:
        t = time.gmtime(timeval)
        zone = 'GMT' if usegmt else '-0000'
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec, zone)


def quote(str):
    """Backslash-escapes backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Removes surrounding double quotes (undoing quote()) or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str
