// Cursor pagination: a page you can await, and an async iterable over every item across pages.
import { APIPromise, type RawResponse } from './api-promise.js';

/** The API's cursor convention, as stated in the spec. */
export interface CursorConvention {
  limitParameter?: string;
  afterParameter: string;
  beforeParameter?: string;
  itemsField: string;
  hasMoreField?: string;
  nextCursorField?: string;
  itemCursorField?: string;
}

/** Fetches another page given the params to send. */
export type PageFetcher<Item> = (params: Record<string, unknown>) => PagePromise<Item>;

export class Page<Item> implements AsyncIterable<Item> {
  /** Items of this page. */
  readonly data: Item[];
  /** The whole decoded response body. */
  readonly body: Record<string, unknown>;
  readonly response: Response;
  private readonly params: Record<string, unknown>;
  private readonly convention: CursorConvention;
  private readonly fetchPage: PageFetcher<Item>;

  constructor(
    body: unknown,
    response: Response,
    params: Record<string, unknown>,
    convention: CursorConvention,
    fetchPage: PageFetcher<Item>,
  ) {
    this.body = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const items = this.body[convention.itemsField];
    this.data = Array.isArray(items) ? (items as Item[]) : [];
    this.response = response;
    this.params = params;
    this.convention = convention;
    this.fetchPage = fetchPage;
  }

  /** True when the caller paged backwards (`beforeParameter` given without `afterParameter`). */
  private get backwards(): boolean {
    const { afterParameter, beforeParameter } = this.convention;
    return (
      beforeParameter !== undefined &&
      this.params[beforeParameter] != null &&
      this.params[afterParameter] == null
    );
  }

  /** The cursor that continues the listing, or null at the end. */
  nextCursor(): string | null {
    const { nextCursorField, itemCursorField } = this.convention;
    if (!this.backwards && nextCursorField) {
      const next = this.body[nextCursorField];
      if (typeof next === 'string' && next !== '') return next;
    }
    const edge = this.backwards ? this.data[0] : this.data[this.data.length - 1];
    const cursor =
      itemCursorField && typeof edge === 'object' && edge !== null
        ? (edge as Record<string, unknown>)[itemCursorField]
        : undefined;
    return typeof cursor === 'string' || typeof cursor === 'number' ? String(cursor) : null;
  }

  hasNextPage(): boolean {
    if (this.data.length === 0) return false;
    const { hasMoreField, nextCursorField } = this.convention;
    const hasMore = hasMoreField ? this.body[hasMoreField] : undefined;
    if (typeof hasMore === 'boolean') return hasMore && this.nextCursor() !== null;
    // Without a has-more flag, a next-page cursor in the body is the signal.
    if (nextCursorField) {
      const next = this.body[nextCursorField];
      return typeof next === 'string' && next !== '';
    }
    return false;
  }

  /** Params for the next page, or null when there is none. */
  nextPageParams(): Record<string, unknown> | null {
    if (!this.hasNextPage()) return null;
    const { afterParameter, beforeParameter } = this.convention;
    const params = { ...this.params };
    if (this.backwards && beforeParameter) {
      params[beforeParameter] = this.nextCursor();
    } else {
      params[afterParameter] = this.nextCursor();
      if (beforeParameter) delete params[beforeParameter];
    }
    return params;
  }

  async getNextPage(): Promise<Page<Item>> {
    const params = this.nextPageParams();
    if (!params) throw new RangeError('There is no next page; check hasNextPage() first.');
    return this.fetchPage(params);
  }

  /** This page and every following one. */
  async *iterPages(): AsyncGenerator<Page<Item>> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and the following ones, fetching pages as the loop needs them. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/** A promise of the first page that can also be iterated item by item with `for await`. */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  constructor(raw: Promise<RawResponse>, parse: (raw: RawResponse) => Promise<Page<Item>>) {
    super(raw, parse);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const first = await this;
    yield* first;
  }
}
