"""asyncio.to_thread(): run a blocking function in a thread without blocking the loop."""

import contextvars
import functools

from . import events

__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor and return its result.

    The call sees a copy of the caller's contextvars context.
    """
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
