package core

import (
	"context"
	"encoding/json"
	"iter"
	"maps"
	"strconv"
)

// Page is one page of a cursor-paginated list: its items, and what fetches the next page.
type Page[T any] struct {
	Data []T
	// Raw holds the page's top-level fields as received (has_more, cursors, ...).
	Raw    map[string]json.RawMessage
	items  []json.RawMessage
	client *Client
	op     *OperationSpec
	in     Input
	opts   []Option
}

// GetPage fetches one page of a paginated operation.
func GetPage[T any](ctx context.Context, c *Client, op *OperationSpec, in Input, opts []Option) (*Page[T], error) {
	var raw map[string]json.RawMessage
	if err := c.Do(ctx, op, in, &raw, opts); err != nil {
		return nil, err
	}
	page := &Page[T]{Raw: raw, client: c, op: op, in: in, opts: opts}
	conv := c.Spec.Pagination
	if conv == nil {
		return page, nil
	}
	if data, ok := raw[conv.ItemsField]; ok {
		if err := json.Unmarshal(data, &page.items); err != nil {
			return nil, &APIResponseParseError{Message: "The page's " + conv.ItemsField + " is not a list: " + err.Error()}
		}
	}
	page.Data = make([]T, 0, len(page.items))
	for _, item := range page.items {
		var value T
		if err := json.Unmarshal(item, &value); err != nil {
			return nil, &APIResponseParseError{Message: "An item of the page is not the JSON the operation declares: " + err.Error()}
		}
		page.Data = append(page.Data, value)
	}
	return page, nil
}

// backwards: the caller paged backwards (before given without after).
func (p *Page[T]) backwards() bool {
	conv := p.client.Spec.Pagination
	return conv.BeforeParameter != "" && !IsAbsent(p.in.Params[conv.BeforeParameter]) && IsAbsent(p.in.Params[conv.AfterParameter])
}

// NextCursor is the cursor that continues the listing, "" at the end.
func (p *Page[T]) NextCursor() string {
	conv := p.client.Spec.Pagination
	if conv == nil {
		return ""
	}
	if !p.backwards() && conv.NextCursorField != "" {
		var following string
		if json.Unmarshal(p.Raw[conv.NextCursorField], &following) == nil && following != "" {
			return following
		}
	}
	if len(p.items) == 0 || conv.ItemCursorField == "" {
		return ""
	}
	edge := p.items[len(p.items)-1]
	if p.backwards() {
		edge = p.items[0]
	}
	var fields map[string]any
	if json.Unmarshal(edge, &fields) != nil {
		return ""
	}
	switch cursor := fields[conv.ItemCursorField].(type) {
	case string:
		return cursor
	case float64:
		return strconv.FormatFloat(cursor, 'f', -1, 64)
	}
	return ""
}

// HasNextPage: the page has items, and the server says there are more (has_more), or gives a next cursor.
func (p *Page[T]) HasNextPage() bool {
	conv := p.client.Spec.Pagination
	if conv == nil || len(p.Data) == 0 {
		return false
	}
	var hasMore bool
	if conv.HasMoreField != "" && json.Unmarshal(p.Raw[conv.HasMoreField], &hasMore) == nil {
		return hasMore && p.NextCursor() != ""
	}
	if conv.NextCursorField != "" {
		var following string
		return json.Unmarshal(p.Raw[conv.NextCursorField], &following) == nil && following != ""
	}
	return false
}

// NextPage fetches the following page; nil, nil when there is none.
func (p *Page[T]) NextPage(ctx context.Context) (*Page[T], error) {
	if !p.HasNextPage() {
		return nil, nil
	}
	conv := p.client.Spec.Pagination
	in := p.in
	in.Params = maps.Clone(p.in.Params)
	if in.Params == nil {
		in.Params = map[string]any{}
	}
	if p.backwards() {
		in.Params[conv.BeforeParameter] = p.NextCursor()
	} else {
		in.Params[conv.AfterParameter] = p.NextCursor()
	}
	return GetPage[T](ctx, p.client, p.op, in, p.opts)
}

// All yields every item of this page and the following ones, fetched as the loop needs them; an error ends it.
func (p *Page[T]) All(ctx context.Context) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for page := p; page != nil; {
			for _, item := range page.Data {
				if !yield(item, nil) {
					return
				}
			}
			next, err := page.NextPage(ctx)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			page = next
		}
	}
}

// AutoPager yields every item of a listing from its first page on; an error (first page included) ends it.
func AutoPager[T any](ctx context.Context, c *Client, op *OperationSpec, in Input, opts []Option) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		page, err := GetPage[T](ctx, c, op, in, opts)
		if err != nil {
			var zero T
			yield(zero, err)
			return
		}
		page.All(ctx)(yield)
	}
}
