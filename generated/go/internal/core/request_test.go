package core

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

type filter struct {
	Color string   `json:"color"`
	Sizes *int64   `json:"size,omitempty"`
	Tags  []string `json:"-"`
}

func ptr[T any](v T) *T { return &v }

func TestQueryStyles(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	op := &OperationSpec{Method: "GET", Path: "/q", Response: ResponseSpec{Kind: "json"}, Query: []ParamSpec{
		{Name: "expand[]", Style: "form", Explode: true},
		{Name: "ids", Style: "form"},
		{Name: "words", Style: "spaceDelimited"},
		{Name: "pipes", Style: "pipeDelimited"},
		{Name: "filter", Style: "deepObject", Explode: true},
		{Name: "limit", Style: "form", Explode: true},
		{Name: "absent", Style: "form", Explode: true},
		{Name: "fixed", Style: "form", Explode: true, Fixed: "v1"},
		{Name: "flag", Style: "form", Explode: true},
	}}
	var absent *string
	in := Input{Params: map[string]any{
		"expand[]": []string{"a", "b c"}, "ids": []int64{1, 2}, "words": []string{"x", "y"}, "pipes": []string{"p", "q"},
		"filter": filter{Color: "red", Sizes: ptr(int64(3))}, "limit": ptr(int64(10)), "absent": absent, "flag": false,
	}}
	if err := client(s).Do(context.Background(), op, in, nil, nil); err != nil {
		t.Fatal(err)
	}
	raw := s.got()[0].URL
	query, _ := url.ParseQuery(strings.SplitN(raw, "?", 2)[1])
	want := url.Values{
		"expand[]": {"a", "b c"}, "ids": {"1,2"}, "words": {"x y"}, "pipes": {"p|q"}, "filter[color]": {"red"},
		"filter[size]": {"3"}, "limit": {"10"}, "fixed": {"v1"}, "flag": {"false"},
	}
	if !reflect.DeepEqual(query, want) || !strings.Contains(raw, "expand[]=a&expand[]=b%20c") {
		t.Fatalf("query %s", raw)
	}
}

func TestHeaderAndCookieParametersAndBadHeaders(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	op := &OperationSpec{Method: "GET", Path: "/h", Response: ResponseSpec{Kind: "none"},
		Headers: []ParamSpec{{Name: "X-Trace", Style: "simple"}}, Cookies: []ParamSpec{{Name: "session", Style: "form", Explode: true}}}
	if err := client(s).Do(context.Background(), op, Input{Params: map[string]any{"X-Trace": "t-1", "session": "a b"}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if h := s.got()[0].Header; h.Get("X-Trace") != "t-1" || h.Get("Cookie") != "session=a%20b" {
		t.Fatalf("headers %v", h)
	}
	err := client(s).Do(context.Background(), op, Input{Params: map[string]any{"X-Trace": "a\r\nInjected: 1"}}, nil, nil)
	var invalid *InvalidRequestError
	if !errors.As(err, &invalid) || len(s.got()) != 1 {
		t.Fatalf("err %v", err)
	}
}

func TestMissingPathParameterIsInvalidRequest(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": ""}}, nil, nil)
	var invalid *InvalidRequestError
	if !errors.As(err, &invalid) || len(s.got()) != 0 {
		t.Fatalf("err %v", err)
	}
}

func TestJSONTextAndBinaryBodies(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	c := client(s)
	post := func(encoding, contentType string, body any) recorded {
		op := &OperationSpec{Method: "POST", Path: "/b", Response: ResponseSpec{Kind: "none"},
			Body: &BodySpec{Encoding: encoding, ContentType: contentType, Required: true}}
		if err := c.Do(context.Background(), op, Input{Body: body}, nil, nil); err != nil {
			t.Fatal(err)
		}
		got := s.got()
		return got[len(got)-1]
	}
	if r := post("json", "application/json", filter{Color: "blue"}); string(r.Body) != `{"color":"blue"}` || r.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("json %s %v", r.Body, r.Header)
	}
	if r := post("text", "text/plain", "hello"); string(r.Body) != "hello" {
		t.Fatalf("text %s", r.Body)
	}
	if r := post("binary", "audio/wav", bytes.NewReader([]byte{0, 1, 2})); !bytes.Equal(r.Body, []byte{0, 1, 2}) || r.Header.Get("Content-Type") != "audio/wav" {
		t.Fatalf("binary %v", r.Body)
	}
}

func TestMultipartFields(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	op := &OperationSpec{Method: "POST", Path: "/upload", Response: ResponseSpec{Kind: "none"},
		Body: &BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Fields: map[string]FieldWire{"langs": {Style: "form"}}}}
	var nothing *string
	in := Input{Form: []FormField{
		{Name: "clip", Value: io.Reader(&File{Reader: strings.NewReader("RIFF"), Name: "a.wav", ContentType: "audio/wav"})},
		{Name: "name", Value: ptr("My voice")},
		{Name: "tags", Value: []string{"x", "y"}},
		{Name: "langs", Value: []string{"en", "fr"}},
		{Name: "meta", Value: filter{Color: "red"}},
		{Name: "skipped", Value: nothing},
	}}
	if err := client(s).Do(context.Background(), op, in, nil, nil); err != nil {
		t.Fatal(err)
	}
	r := s.got()[0]
	_, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	reader := multipart.NewReader(bytes.NewReader(r.Body), params["boundary"])
	var parts []string
	for {
		part, err := reader.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(part)
		parts = append(parts, part.FormName()+"|"+part.FileName()+"|"+part.Header.Get("Content-Type")+"|"+string(data))
	}
	want := []string{"clip|a.wav|audio/wav|RIFF", "name|||My voice", "tags|||x", "tags|||y", "langs|||en,fr", `meta|||{"color":"red"}`}
	if !reflect.DeepEqual(parts, want) {
		t.Fatalf("parts %q", parts)
	}
}

func TestURLEncodedForm(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	op := &OperationSpec{Method: "POST", Path: "/form", Response: ResponseSpec{Kind: "none"},
		Body: &BodySpec{Encoding: "form", ContentType: "application/x-www-form-urlencoded"}}
	in := Input{Form: []FormField{{Name: "a", Value: "1 2"}, {Name: "obj", Value: filter{Color: "red"}}, {Name: "list", Value: []int{1, 2}}}}
	if err := client(s).Do(context.Background(), op, in, nil, nil); err != nil {
		t.Fatal(err)
	}
	if body := string(s.got()[0].Body); body != "a=1%202&obj[color]=red&list=1&list=2" {
		t.Fatalf("body %s", body)
	}
	in = Input{Form: []FormField{{Name: "f", Value: strings.NewReader("x")}}}
	var invalid *InvalidRequestError
	if err := client(s).Do(context.Background(), op, in, nil, nil); !errors.As(err, &invalid) {
		t.Fatalf("a file in a urlencoded form: %v", err)
	}
}

func TestStreamedBytes(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "audio/wav")
		for i := 0; i < 3; i++ {
			_, _ = w.Write([]byte("chunk"))
			w.(http.Flusher).Flush()
		}
	})
	op := &OperationSpec{Method: "POST", Path: "/tts", Response: ResponseSpec{Kind: "binary", Accept: "audio/wav"}}
	resp, err := client(s).Send(context.Background(), op, Input{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || string(data) != "chunkchunkchunk" {
		t.Fatalf("%q %v", data, err)
	}
}
