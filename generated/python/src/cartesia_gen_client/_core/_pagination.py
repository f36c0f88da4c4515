"""Cursor pagination: pages that know how to fetch the next one, iterable over every item across pages."""

from __future__ import annotations

from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Generator, Generic, Iterator, List, Mapping, Optional, TypeVar, cast

from ._parse import parse_as
from ._spec import CursorConvention

T = TypeVar("T")


class BasePage(Generic[T]):
    """One page: its items (`data`), the whole decoded body, and the cursor that continues the listing."""

    data: List[T]
    body: Dict[str, Any]

    def __init__(self, body: object, params: Mapping[str, object], convention: CursorConvention, parse: Any = None) -> None:
        self.body = cast(Dict[str, Any], body) if isinstance(body, dict) else {}
        items = self.body.get(convention.items_field)
        # Cursors are read from the items as received; `data` holds them parsed (models) for the caller.
        self._raw: List[object] = items if isinstance(items, list) else []
        self.data = [cast(T, parse_as(parse, item)) for item in self._raw]
        self._params = dict(params)
        self._convention = convention

    @property
    def _backwards(self) -> bool:
        """True when the caller paged backwards (`before` given without `after`)."""
        c = self._convention
        return c.before_parameter is not None and self._params.get(c.before_parameter) is not None and self._params.get(c.after_parameter) is None

    def next_cursor(self) -> Optional[str]:
        """The cursor that continues the listing, or None at the end."""
        c = self._convention
        if not self._backwards and c.next_cursor_field:
            following = self.body.get(c.next_cursor_field)
            if isinstance(following, str) and following != "":
                return following
        if not self._raw or not c.item_cursor_field:
            return None
        edge = self._raw[0] if self._backwards else self._raw[-1]
        cursor = edge.get(c.item_cursor_field) if isinstance(edge, dict) else None
        if isinstance(cursor, bool) or not isinstance(cursor, (str, int, float)):
            return None
        return str(cursor)

    def has_next_page(self) -> bool:
        if not self.data:
            return False
        c = self._convention
        has_more = self.body.get(c.has_more_field) if c.has_more_field else None
        if isinstance(has_more, bool):
            return has_more and self.next_cursor() is not None
        if c.next_cursor_field:
            following = self.body.get(c.next_cursor_field)
            return isinstance(following, str) and following != ""
        return False

    def next_page_params(self) -> Optional[Dict[str, object]]:
        """The parameters (by wire name) of the next page, or None when there is none."""
        if not self.has_next_page():
            return None
        c = self._convention
        params = dict(self._params)
        if self._backwards and c.before_parameter:
            params[c.before_parameter] = self.next_cursor()
        else:
            params[c.after_parameter] = self.next_cursor()
            if c.before_parameter:
                params.pop(c.before_parameter, None)
        return params

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_next_page={self.has_next_page()})"


class SyncPage(BasePage[T]):
    """A page of a list; iterating it yields every item of this page and the following ones."""

    def __init__(
        self,
        body: object,
        params: Mapping[str, object],
        convention: CursorConvention,
        fetch: Callable[[Dict[str, object]], "SyncPage[T]"],
        parse: Any = None,
    ) -> None:
        super().__init__(body, params, convention, parse)
        self._fetch = fetch

    def get_next_page(self) -> "SyncPage[T]":
        params = self.next_page_params()
        if params is None:
            raise IndexError("There is no next page; check has_next_page() first.")
        return self._fetch(params)

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        """This page and every following one, fetched as the loop needs them."""
        page: SyncPage[T] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(BasePage[T]):
    """A page of a list; `async for` over it yields every item of this page and the following ones."""

    def __init__(
        self,
        body: object,
        params: Mapping[str, object],
        convention: CursorConvention,
        fetch: Callable[[Dict[str, object]], Awaitable["AsyncPage[T]"]],
        parse: Any = None,
    ) -> None:
        super().__init__(body, params, convention, parse)
        self._fetch = fetch

    async def get_next_page(self) -> "AsyncPage[T]":
        params = self.next_page_params()
        if params is None:
            raise IndexError("There is no next page; check has_next_page() first.")
        return await self._fetch(params)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()


class AsyncPager(Generic[T]):
    """What an async list method returns: `await` it for the first page, or `async for` it for every item."""

    def __init__(self, fetch_first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._fetch_first = fetch_first
        self._first: Optional[AsyncPage[T]] = None

    async def _first_page(self) -> AsyncPage[T]:
        # One request however often the pager is awaited or iterated.
        if self._first is None:
            self._first = await self._fetch_first()
        return self._first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def _items(self) -> AsyncIterator[T]:
        first = await self._first_page()
        async for item in first:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()
