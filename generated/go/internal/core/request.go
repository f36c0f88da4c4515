package core

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// Input is one call's values, by wire name: path and other parameters, and the body.
type Input struct {
	Path   map[string]any
	Params map[string]any
	// JSON: any value encoding/json can encode; binary: an io.Reader or []byte; text: a string.
	Body any
	// Multipart and form bodies: the fields in declaration order.
	Form []FormField
}

// FormField is one field of a multipart or urlencoded body. A file is an io.Reader (or []io.Reader).
type FormField struct {
	Name  string
	Value any
}

// File is an upload with a name and a media type, for a file field: `&File{Reader: r, Name: "clip.wav"}`. A plain
// io.Reader works too, sent with the name of an *os.File (or "file").
type File struct {
	Reader      io.Reader
	Name        string
	ContentType string
}

// Read reads the file's content, so that a *File fills an io.Reader field.
func (f *File) Read(p []byte) (int, error) {
	if f.Reader == nil {
		return 0, io.EOF
	}
	return f.Reader.Read(p)
}

type prepared struct {
	method  string
	url     string
	headers http.Header
	body    []byte
}

var pathParam = regexp.MustCompile(`\{([^}]+)\}`)

func (c *Client) prepare(op *OperationSpec, in Input, cfg *RequestConfig, base *url.URL, auth authParts, version string) (*prepared, error) {
	var missing error
	filled := pathParam.ReplaceAllStringFunc(op.Path, func(m string) string {
		name := m[1 : len(m)-1]
		value, ok := in.Path[name]
		if !ok || IsAbsent(value) {
			missing = invalidf("The path parameter %q is missing.", name)
			return m
		}
		data, err := plain(value)
		text, err2 := scalarText(data)
		if err != nil || err2 != nil || text == "" {
			missing = invalidf("The path parameter %q needs a non-empty scalar value.", name)
			return m
		}
		return EncodeComponent(text)
	})
	if missing != nil {
		return nil, missing
	}
	var query []string
	for _, spec := range op.Query {
		pairs, err := c.paramPairs(spec, in.Params, "form")
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			query = append(query, EncodeQueryComponent(p.name)+"="+EncodeQueryComponent(p.value))
		}
	}
	for _, name := range sortedKeys(cfg.query) {
		for _, value := range cfg.query[name] {
			query = append(query, EncodeQueryComponent(name)+"="+EncodeQueryComponent(value))
		}
	}
	query = append(query, auth.query...)

	headers := http.Header{}
	headers.Set("User-Agent", c.Spec.ClientName+"/Go "+c.Spec.PackageVersion)
	if op.Response.Accept != "" {
		headers.Set("Accept", op.Response.Accept)
	}
	if c.Spec.Version != nil && version != "" {
		headers.Set(c.Spec.Version.Header, version)
	}
	for name, value := range auth.headers {
		headers.Set(name, value)
	}
	for _, spec := range op.Headers {
		value := paramValue(spec, in.Params)
		if IsAbsent(value) {
			continue
		}
		data, err := plain(value)
		if err != nil {
			return nil, err
		}
		pairs, err := styled(spec.Name, data, "simple", spec.Explode)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			if err := setHeader(headers, spec.Name, p.value); err != nil {
				return nil, err
			}
		}
	}
	cookies := append([]string{}, auth.cookies...)
	for _, spec := range op.Cookies {
		pairs, err := c.paramPairs(spec, in.Params, "form")
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			cookies = append(cookies, p.name+"="+EncodeComponent(p.value))
		}
	}
	if len(cookies) > 0 {
		headers.Set("Cookie", strings.Join(cookies, "; "))
	}
	body, err := encodeBody(op.Body, in, headers)
	if err != nil {
		return nil, err
	}
	for _, edit := range cfg.headers {
		if edit.remove {
			headers.Del(edit.name)
		} else if err := setHeader(headers, edit.name, edit.value); err != nil {
			return nil, err
		}
	}
	u := *base
	u.Path = strings.TrimSuffix(base.Path, "/") + mustUnescape(filled)
	u.RawPath = strings.TrimSuffix(base.EscapedPath(), "/") + filled
	u.RawQuery = strings.Join(query, "&")
	return &prepared{method: op.Method, url: u.String(), headers: headers, body: body}, nil
}

func mustUnescape(escaped string) string {
	text, err := url.PathUnescape(escaped)
	if err != nil {
		return escaped
	}
	return text
}

func paramValue(spec ParamSpec, params map[string]any) any {
	value := params[spec.Name]
	if IsAbsent(value) && spec.Fixed != nil {
		return spec.Fixed
	}
	return value
}

func (c *Client) paramPairs(spec ParamSpec, params map[string]any, defaultStyle string) ([]pair, error) {
	value := paramValue(spec, params)
	if IsAbsent(value) {
		return nil, nil
	}
	data, err := plain(value)
	if err != nil {
		return nil, err
	}
	style := spec.Style
	if style == "" {
		style = defaultStyle
	}
	return styled(spec.Name, data, style, spec.Explode)
}

var token = regexp.MustCompile("^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+$")

// setHeader refuses a header HTTP cannot carry as given, rather than letting it forge another header.
func setHeader(h http.Header, name, value string) error {
	if !token.MatchString(name) {
		return invalidf("Header name %q is not a valid HTTP field name.", name)
	}
	if strings.ContainsAny(value, "\r\n") {
		return invalidf("Header %q contains a line break (CR or LF); refusing to send it.", name)
	}
	for _, r := range value {
		if (r < 0x20 && r != '\t') || r == 0x7f {
			return invalidf("Header %q contains a control character; refusing to send it.", name)
		}
	}
	h.Set(name, value)
	return nil
}

func encodeBody(spec *BodySpec, in Input, headers http.Header) ([]byte, error) {
	if spec == nil {
		return nil, nil
	}
	switch spec.Encoding {
	case "multipart":
		return encodeMultipart(spec, in.Form, headers)
	case "form":
		return encodeForm(spec, in.Form, headers)
	}
	if IsAbsent(in.Body) {
		if spec.Required {
			return nil, invalidf("This request needs a body.")
		}
		return nil, nil
	}
	headers.Set("Content-Type", spec.ContentType)
	switch spec.Encoding {
	case "json":
		data, err := json.Marshal(in.Body)
		if err != nil {
			return nil, invalidf("The body cannot be sent as JSON: %v.", err)
		}
		return data, nil
	case "text":
		if s, ok := in.Body.(string); ok {
			return []byte(s), nil
		}
		if s, ok := in.Body.(*string); ok {
			return []byte(*s), nil
		}
		return nil, invalidf("A text body must be a string.")
	default:
		_, data, _, err := readFile(in.Body)
		return data, err
	}
}

func readFile(v any) (name string, data []byte, media string, err error) {
	name, media = "file", "application/octet-stream"
	var r io.Reader
	switch f := v.(type) {
	case File:
		r = f.Reader
		if f.Name != "" {
			name = f.Name
		}
		if f.ContentType != "" {
			media = f.ContentType
		}
	case *File:
		return readFile(*f)
	case []byte:
		return name, f, media, nil
	case io.Reader:
		r = f
		if named, ok := f.(interface{ Name() string }); ok {
			name = path.Base(strings.ReplaceAll(named.Name(), "\\", "/"))
		}
	default:
		return "", nil, "", invalidf("A file must be an io.Reader, []byte or core.File, not %T.", v)
	}
	if r == nil {
		return "", nil, "", invalidf("A file has no reader.")
	}
	data, err = io.ReadAll(r)
	if err != nil {
		return "", nil, "", invalidf("The file could not be read: %v.", err)
	}
	return name, data, media, nil
}

func isFile(v any) bool {
	switch v.(type) {
	case File, *File, io.Reader:
		return true
	}
	return false
}

// formParts: a field's parts, as its declared wire style says, else by the value's shape (files as file parts,
// lists as repeated parts, objects as JSON text for multipart or deepObject pairs for urlencoded forms).
func formParts(spec *BodySpec, field FormField, multipart bool) ([]pair, []any, error) {
	if isFile(field.Value) {
		return nil, []any{field.Value}, nil
	}
	if files, ok := field.Value.([]io.Reader); ok {
		out := make([]any, 0, len(files))
		for _, f := range files {
			out = append(out, f)
		}
		return nil, out, nil
	}
	data, err := plain(field.Value)
	if err != nil {
		return nil, nil, err
	}
	wire, declared := spec.Fields[field.Name]
	if !declared {
		switch data.(type) {
		case *object:
			if multipart {
				wire = FieldWire{Style: "json"}
			} else {
				wire = FieldWire{Style: "deepObject", Explode: true}
			}
		default:
			wire = FieldWire{Style: "form", Explode: true}
		}
	}
	if wire.Style == "json" {
		text, err := json.Marshal(field.Value)
		if err != nil {
			return nil, nil, invalidf("%q cannot be sent as JSON: %v.", field.Name, err)
		}
		return []pair{{field.Name, string(text)}}, nil, nil
	}
	pairs, err := styled(field.Name, data, wire.Style, wire.Explode)
	return pairs, nil, err
}

func encodeMultipart(spec *BodySpec, fields []FormField, headers http.Header) ([]byte, error) {
	random := make([]byte, 16)
	_, _ = rand.Read(random)
	boundary := hex.EncodeToString(random)
	quote := strings.NewReplacer(`"`, "%22", "\r", "%0D", "\n", "%0A")
	var buf bytes.Buffer
	for _, field := range fields {
		if IsAbsent(field.Value) {
			continue
		}
		pairs, files, err := formParts(spec, field, true)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			buf.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote.Replace(p.name) + "\"\r\n\r\n")
			buf.WriteString(p.value + "\r\n")
		}
		for _, f := range files {
			name, data, media, err := readFile(f)
			if err != nil {
				return nil, err
			}
			buf.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote.Replace(field.Name) +
				"\"; filename=\"" + quote.Replace(name) + "\"\r\nContent-Type: " + media + "\r\n\r\n")
			buf.Write(data)
			buf.WriteString("\r\n")
		}
	}
	buf.WriteString("--" + boundary + "--\r\n")
	headers.Set("Content-Type", "multipart/form-data; boundary="+boundary)
	return buf.Bytes(), nil
}

func encodeForm(spec *BodySpec, fields []FormField, headers http.Header) ([]byte, error) {
	var out []string
	for _, field := range fields {
		if IsAbsent(field.Value) {
			continue
		}
		pairs, files, err := formParts(spec, field, false)
		if err != nil {
			return nil, err
		}
		if len(files) > 0 {
			return nil, invalidf("Form field %q holds a file, which a urlencoded body cannot carry.", field.Name)
		}
		for _, p := range pairs {
			out = append(out, EncodeQueryComponent(p.name)+"="+EncodeQueryComponent(p.value))
		}
	}
	headers.Set("Content-Type", "application/x-www-form-urlencoded")
	return []byte(strings.Join(out, "&")), nil
}
