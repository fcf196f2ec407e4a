"""Configuring logging from a dictionary (dictConfig), as CPython's logging.config does.

Supported: version 1 dictionaries with formatters, filters, handlers and loggers, the root
logger, incremental and disable_existing_loggers; "()" factories with "." properties; class
names and "ext://module.attr" values resolved by import; "cfg://" references into the
configuration; QueueHandler's queue/listener/handlers keys. Not supported: fileConfig() (Taipan
has no configparser) and listen().
"""

import logging
import logging.handlers
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)
_CONVERT = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_CFG_WORD = re.compile(r'^\s*(\w+)\s*')
_CFG_DOT = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _is_ident(s):
    return IDENTIFIER.match(s) is not None


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig() is not supported by Taipan "
                              "(it has no configparser); use dictConfig()")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen() is not supported by Taipan")


def stopListening():
    pass


class DictConfigurator(object):
    """Applies one configuration dictionary (see dictConfig)."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    def __init__(self, config):
        self.config = config

    # ---- resolving names and converting values ------------------------------------------

    def resolve(self, s):
        """The object a dotted name names, importing modules along the way."""
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = __import__(used)
            for part in parts:
                used += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    __import__(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """The configuration entry a "cfg://" path names: cfg://handlers.h1 or cfg://a[0].b."""
        rest = value
        m = _CFG_WORD.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = _CFG_DOT.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = _CFG_INDEX.match(rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                d = d[int(key)] if key.isdigit() and not isinstance(d, dict) else d[key]
            rest = rest[m.end():]
        return d

    def convert(self, value):
        """value with "ext://" and "cfg://" strings replaced by what they name."""
        if isinstance(value, str):
            m = _CONVERT.match(value)
            if m:
                name = self.value_converters.get(m.group('prefix'))
                if name:
                    return getattr(self, name)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """An object from a "()" factory, given the other identifier keys as arguments and
        the "." dictionary as attributes to set."""
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if _is_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    # ---- the configuration ----------------------------------------------------------------

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental()
            else:
                self._configure_all()

    def _configure_incremental(self):
        config = self.config
        for name, hconfig in config.get('handlers', {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            level = hconfig.get('level')
            if level is not None:
                try:
                    handler.setLevel(logging._checkLevel(level))
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name, lconfig in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, lconfig, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root')
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_each(self, section, configure, what):
        """Replaces each entry of config[section] by configure(entry); a failure is a
        ValueError naming the entry (what is the kind of entry)."""
        entries = self.config.get(section, {})
        for name in entries:
            try:
                entries[name] = configure(entries[name])
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (what, name)) from e

    def _configure_all(self):
        config = self.config
        disable_existing = config.pop('disable_existing_loggers', True)
        # the handlers of an earlier configuration are closed and forgotten
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

        self._configure_each('formatters', self.configure_formatter, 'formatter')
        self._configure_each('filters', self.configure_filter, 'filter')

        # in name order; a handler that needs another one not made yet waits for a second pass
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                if ' not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        # loggers not named now are disabled (unless disable_existing_loggers is false), but
        # the existing children of named loggers are reset instead
        manager = logging.root.manager
        existing = sorted(manager.loggerDict.keys())
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                children += [n for n in existing if n.startswith(prefix)]
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = manager.loggerDict[name]
            if name in children:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing

        root = config.get('root')
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _make_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        """A Formatter from format, datefmt, style, validate, defaults and class (or "()")."""
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as e:
                if "'format'" not in str(e):
                    raise
                # Formatter subclasses take fmt, not format
                config = dict(config)
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        cname = config.get('class')
        c = self.resolve(cname) if cname else logging.Formatter
        kwargs = {}
        if config.get('defaults') is not None:
            kwargs['defaults'] = config['defaults']
        args = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return c(*args, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        """A handler from class (or "()"), level, formatter, filters and the class's own
        keyword arguments (stream="ext://sys.stdout", filename, target, queue...)."""
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        props = config.pop('.', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if issubclass(factory, logging.handlers.MemoryHandler):
                self._memory_handler_args(config)
            elif issubclass(factory, logging.handlers.QueueHandler):
                self._queue_handler_args(config)
                klass = factory
                factory = lambda **kw: self._make_queue_handler(klass, **kw)
        kwargs = {k: self.convert(v) for k, v in config.items() if _is_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def _memory_handler_args(self, config):
        if 'flushLevel' in config:
            config['flushLevel'] = logging._checkLevel(config['flushLevel'])
        if 'target' in config:
            tn = config['target']
            try:
                target = self.config['handlers'][tn]
                if not isinstance(target, logging.Handler):
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as e:
                raise ValueError('Unable to set target handler %r' % tn) from e

    def _queue_handler_args(self, config):
        if 'queue' in config:
            qspec = config['queue']
            if isinstance(qspec, str):
                q = self.resolve(qspec)
                if not callable(q):
                    raise TypeError('Invalid queue specifier %r' % qspec)
                config['queue'] = q()
            elif isinstance(qspec, dict):
                if '()' not in qspec:
                    raise TypeError('Invalid queue specifier %r' % qspec)
                config['queue'] = self.configure_custom(qspec)
            elif not all(hasattr(qspec, m) for m in ('put_nowait', 'get')):
                raise TypeError('Invalid queue specifier %r' % qspec)
        if 'listener' in config:
            lspec = config['listener']
            if isinstance(lspec, str):
                lspec = self.resolve(lspec)
            elif isinstance(lspec, dict):
                if '()' not in lspec:
                    raise TypeError('Invalid listener specifier %r' % config['listener'])
                lspec = self.configure_custom(lspec)
            if isinstance(lspec, type) and not issubclass(lspec, logging.handlers.QueueListener):
                raise TypeError('Invalid listener specifier %r' % config['listener'])
            if not callable(lspec):
                raise TypeError('Invalid listener specifier %r' % config['listener'])
            config['listener'] = lspec
        if 'handlers' in config:
            found = []
            hn = None
            try:
                for hn in config['handlers']:
                    h = self.config['handlers'][hn]
                    if not isinstance(h, logging.Handler):
                        raise TypeError('Required handler %r is not configured yet' % hn)
                    found.append(h)
            except Exception as e:
                raise ValueError('Unable to set required handler %r' % hn) from e
            config['handlers'] = found

    def _make_queue_handler(self, klass, **kwargs):
        if 'queue' in kwargs:
            q = kwargs.pop('queue')
        else:
            import queue
            q = queue.Queue()
        respect = kwargs.pop('respect_handler_level', False)
        listener_class = kwargs.pop('listener', logging.handlers.QueueListener)
        handlers = kwargs.pop('handlers', [])
        handler = klass(q, **kwargs)
        handler.listener = listener_class(q, *handlers, respect_handler_level=respect)
        return handler

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            if config.get('handlers'):
                self.add_handlers(logger, config['handlers'])
            if config.get('filters'):
                self.add_filters(logger, config['filters'])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate')
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (version 1 of the schema)."""
    dictConfigClass(config).configure()
