"""Context variables (PEP 567): values that follow the logical flow of execution, one per Context."""

from _contextvars import Context, ContextVar, Token, copy_context


__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
