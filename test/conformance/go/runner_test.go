// The Go runner of the conformance cases: every case in test/conformance/cases against the generated Go client, on
// the loopback server the vitest wrapper (test/conformance/go-runner.test.ts) starts, compared as server.ts compares.
// The wrapper copies the generated module, puts this file in its conformance/ folder with MODULE_PATH replaced by the
// module path, and passes the cases and the Go names (from templates/go's helpers) in CONFORMANCE_DATA.
package conformance_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	sdk "MODULE_PATH"
	"MODULE_PATH/internal/core"
	"MODULE_PATH/option"
)

type fileSpec struct {
	Filename string `json:"filename"`
	Base64   string `json:"base64"`
}

type caseSpec struct {
	Name   string         `json:"name"`
	Client map[string]any `json:"client"`
	Call   struct {
		Method  string                     `json:"method"`
		Path    []json.RawMessage          `json:"path"`
		Params  map[string]json.RawMessage `json:"params"`
		Files   map[string]fileSpec        `json:"files"`
		Options map[string]any             `json:"options"`
		Collect string                     `json:"collect"`
	} `json:"call"`
	Requests  []map[string]any `json:"requests"`
	Responses json.RawMessage  `json:"responses"`
	Expect    struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Type            string  `json:"type"`
			Status          *int    `json:"status"`
			RequestID       *string `json:"request_id"`
			MessageContains *string `json:"message_contains"`
		} `json:"error"`
	} `json:"expect"`
}

type naming struct {
	Operations map[string]struct {
		Path       []string          `json:"path"`
		Method     string            `json:"method"`
		AutoPaging string            `json:"autoPaging"`
		Fields     map[string]string `json:"fields"`
	} `json:"operations"`
	Errors      map[string]string `json:"errors"`
	Credentials []string          `json:"credentials"`
}

type suite struct {
	Cases  []caseSpec `json:"cases"`
	Naming naming     `json:"naming"`
}

func TestConformance(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("CONFORMANCE_DATA"))
	if err != nil {
		t.Fatalf("CONFORMANCE_DATA: %v", err)
	}
	var s suite
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	url := os.Getenv("CONFORMANCE_URL")
	for _, c := range s.Cases {
		t.Run(c.Name, func(t *testing.T) { runCase(t, url, s.Naming, c) })
	}
}

func runCase(t *testing.T, url string, n naming, c caseSpec) {
	control(t, "POST", url+"/__conformance/script", c.Responses, nil)
	result, callErr := call(t, url, n, c)
	var received []map[string]any
	control(t, "GET", url+"/__conformance/received", nil, &received)
	var got, want []any
	for i, r := range received {
		got = append(got, comparable(r, c.Requests[min(i, len(c.Requests)-1)]))
	}
	for _, r := range c.Requests {
		want = append(want, expectedShape(r))
	}
	if !sameJSON(got, want) {
		t.Errorf("requests:\n got  %s\n want %s", text(got), text(want))
	}
	if e := c.Expect.Error; e != nil {
		if callErr == nil {
			t.Fatalf("the call must fail with %s; it returned %s", e.Type, text(result))
		}
		wantType := e.Type
		if goName, ok := n.Errors[e.Type]; ok {
			wantType = goName
		}
		if name := reflect.TypeOf(callErr).Elem().Name(); name != wantType {
			t.Errorf("error type %s (%v), want %s", name, callErr, wantType)
		}
		apiErr := core.APIErrorOf(callErr)
		if e.Status != nil && (apiErr == nil || apiErr.Status != *e.Status) {
			t.Errorf("status of %v, want %d", callErr, *e.Status)
		}
		if e.RequestID != nil && (apiErr == nil || apiErr.RequestID != *e.RequestID) {
			t.Errorf("request id of %v, want %s", callErr, *e.RequestID)
		}
		if e.MessageContains != nil && !strings.Contains(callErr.Error(), *e.MessageContains) {
			t.Errorf("message %q, want it to contain %q", callErr.Error(), *e.MessageContains)
		}
		return
	}
	if callErr != nil {
		t.Fatalf("the call failed: %v", callErr)
	}
	var expected any
	if err := json.Unmarshal(c.Expect.Result, &expected); err != nil {
		t.Fatal(err)
	}
	if !sameJSON(result, expected) {
		t.Errorf("result:\n got  %s\n want %s", text(result), text(expected))
	}
}

// call makes the case's call through reflection on the generated client: the service fields, the method, the path
// arguments, the params struct filled field by field from JSON, and the options.
func call(t *testing.T, url string, n naming, c caseSpec) (any, error) {
	opts := []option.RequestOption{option.WithBaseURL(url)}
	for key, value := range c.Client {
		opts = append(opts, clientOption(t, n, key, value)...)
	}
	client := sdk.NewClient(opts...)
	names, ok := n.Operations[c.Call.Method]
	if !ok {
		t.Fatalf("no Go naming for %s", c.Call.Method)
	}
	target := reflect.ValueOf(client)
	for _, field := range names.Path {
		target = target.Elem().FieldByName(field)
	}
	methodName := names.Method
	if c.Call.Collect == "items" {
		methodName = names.AutoPaging
	}
	method := target.MethodByName(methodName)
	if !method.IsValid() {
		t.Fatalf("the client has no method %s.%s", strings.Join(names.Path, "."), methodName)
	}
	mt := method.Type()
	args := []reflect.Value{reflect.ValueOf(context.Background())}
	for i, raw := range c.Call.Path {
		args = append(args, fromJSON(t, mt.In(1+i), raw))
	}
	if next := 1 + len(c.Call.Path); next < mt.NumIn()-1 {
		params := reflect.New(mt.In(next)).Elem()
		for wire, raw := range c.Call.Params {
			field := params.FieldByName(names.Fields[wire])
			if !field.IsValid() {
				t.Fatalf("%s has no field for %q", mt.In(next), wire)
			}
			field.Set(fromJSON(t, field.Type(), raw))
		}
		for wire, f := range c.Call.Files {
			content, _ := base64.StdEncoding.DecodeString(f.Base64)
			params.FieldByName(names.Fields[wire]).Set(reflect.ValueOf(&sdk.File{Reader: bytes.NewReader(content), Name: f.Filename}))
		}
		args = append(args, params)
	}
	for key, value := range c.Call.Options {
		for _, opt := range requestOption(t, key, value) {
			args = append(args, reflect.ValueOf(opt))
		}
	}
	out := method.Call(args)
	if len(out) == 1 && mt.Out(0) == reflect.TypeFor[error]() {
		return nil, asError(out[0])
	}
	if len(out) == 2 {
		if err := asError(out[1]); err != nil {
			return nil, err
		}
	}
	return collect(t, c.Call.Collect, out[0])
}

func asError(v reflect.Value) error {
	if v.IsNil() {
		return nil
	}
	return v.Interface().(error)
}

func collect(t *testing.T, how string, v reflect.Value) (any, error) {
	switch how {
	case "items":
		return drain(v)
	case "events":
		return drain(v.MethodByName("All").Call(nil)[0])
	case "bytes":
		body := v.Interface().(io.ReadCloser)
		defer body.Close()
		data, err := io.ReadAll(body)
		return base64.StdEncoding.EncodeToString(data), err
	case "text":
		return v.String(), nil
	}
	return plain(t, v.Interface()), nil
}

// drain runs an iter.Seq2[T, error] and returns its values as JSON data, or the error that ended it.
func drain(seq reflect.Value) (any, error) {
	items := []any{}
	var failure error
	yield := reflect.MakeFunc(seq.Type().In(0), func(in []reflect.Value) []reflect.Value {
		if err := asError(in[1]); err != nil {
			failure = err
			return []reflect.Value{reflect.ValueOf(false)}
		}
		data, _ := json.Marshal(in[0].Interface())
		var item any
		_ = json.Unmarshal(data, &item)
		items = append(items, item)
		return []reflect.Value{reflect.ValueOf(true)}
	})
	seq.Call([]reflect.Value{yield})
	return items, failure
}

func fromJSON(t *testing.T, typ reflect.Type, raw json.RawMessage) reflect.Value {
	target := reflect.New(typ)
	if err := json.Unmarshal(raw, target.Interface()); err != nil {
		t.Fatalf("%s cannot hold %s: %v", typ, raw, err)
	}
	return target.Elem()
}

func clientOption(t *testing.T, n naming, key string, value any) []option.RequestOption {
	for _, credential := range n.Credentials {
		if key == credential {
			return []option.RequestOption{core.WithCredential(key, value.(string))}
		}
	}
	return requestOption(t, key, value)
}

func requestOption(t *testing.T, key string, value any) []option.RequestOption {
	switch key {
	case "maxRetries":
		return []option.RequestOption{option.WithMaxRetries(int(value.(float64)))}
	case "version":
		return []option.RequestOption{core.WithVersion(value.(string))}
	case "timeout":
		return []option.RequestOption{option.WithRequestTimeout(time.Duration(value.(float64)) * time.Millisecond)}
	case "headers", "defaultHeaders":
		var out []option.RequestOption
		for name, v := range value.(map[string]any) {
			out = append(out, option.WithHeader(name, fmt.Sprint(v)))
		}
		return out
	}
	t.Fatalf("the Go runner does not know the option %q", key)
	return nil
}

func control(t *testing.T, method, url string, body json.RawMessage, out any) {
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("conformance server: %v", err)
	}
	defer resp.Body.Close()
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatal(err)
		}
	}
}

// comparable is server.ts's `comparable`: the part of a received request a case checks.
func comparable(received, expected map[string]any) map[string]any {
	out := map[string]any{"method": received["method"], "path": received["path"]}
	if _, ok := expected["query"]; ok {
		out["query"] = received["query"]
	}
	if headers, ok := expected["headers"].(map[string]any); ok {
		got := map[string]any{}
		receivedHeaders, _ := received["headers"].(map[string]any)
		for name := range headers {
			got[name] = receivedHeaders[strings.ToLower(name)]
		}
		out["headers"] = got
	}
	if _, ok := expected["json"]; ok {
		out["json"] = received["json"]
	}
	if _, ok := expected["multipart"]; ok {
		out["multipart"] = received["multipart"]
	}
	return out
}

// expectedShape is server.ts's `expectedShape`: what the case expects, in the same shape.
func expectedShape(expected map[string]any) map[string]any {
	out := map[string]any{"method": expected["method"], "path": expected["path"]}
	if q, ok := expected["query"]; ok {
		out["query"] = q
	}
	if headers, ok := expected["headers"].(map[string]any); ok {
		want := map[string]any{}
		for name, v := range headers {
			want[name] = fmt.Sprint(v)
		}
		out["headers"] = want
	}
	if j, ok := expected["json"]; ok {
		out["json"] = j
	}
	if m, ok := expected["multipart"].(map[string]any); ok {
		shape := map[string]any{"fields": map[string]any{}, "files": map[string]any{}}
		for k, v := range m {
			shape[k] = v
		}
		out["multipart"] = shape
	}
	return out
}

func plain(t *testing.T, v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	_ = json.Unmarshal(data, &out)
	return out
}

func sameJSON(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	var va, vb any
	_ = json.Unmarshal(ja, &va)
	_ = json.Unmarshal(jb, &vb)
	return reflect.DeepEqual(va, vb)
}

func text(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}
