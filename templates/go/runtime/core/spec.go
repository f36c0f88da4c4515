package core

// The descriptors generated code hands the runtime: one ClientSpec per API, one OperationSpec per operation.

// ClientSpec holds the API's conventions, as the IR describes them.
type ClientSpec struct {
	ClientName     string
	PackageVersion string
	DefaultBaseURL string
	BaseURLEnv     string
	TimeoutMs      int
	Version        *VersionSpec
	TLSRequired    bool
	LoopbackOK     bool
	Retry          RetrySpec
	Errors         ErrorSpec
	Schemes        []SchemeSpec
	Pagination     *PaginationSpec
}

// VersionSpec: a header carrying the API version on every request.
type VersionSpec struct {
	Header  string
	Default string
	Pattern string
}

// RetrySpec: which statuses are retried, the backoff, and the headers that give the server's delay.
type RetrySpec struct {
	MaxRetries        int
	InitialDelayMs    int
	MaxDelayMs        int
	Statuses          []int
	StatusRanges      []int
	OnConnectionError bool
	RetryAfterHeaders []string
}

// ErrorSpec: where an error body keeps its message and request id, how errors travel in streams, and the classes.
type ErrorSpec struct {
	MessageFields    []string
	RequestIDHeaders []string
	RequestIDField   string
	StatusField      string
	InStreamField    string
	InStreamValue    string
	Classes          []ErrorClass
}

// SchemeSpec: a credential the client can hold, the option that sets it and how it goes on the wire.
type SchemeSpec struct {
	Key    string
	Option string
	// OptionFunc names the option function in messages (WithAPIKey); "With" + Option when empty.
	OptionFunc    string
	Transport     string // bearer, basic, apiKey, none
	In            string // header, query, cookie (apiKey)
	ParameterName string
	Env           string
}

// PaginationSpec: the cursor convention of list operations.
type PaginationSpec struct {
	LimitParameter  string
	AfterParameter  string
	BeforeParameter string
	ItemsField      string
	HasMoreField    string
	NextCursorField string
	ItemCursorField string
}

// OperationSpec: one operation's wire shape.
type OperationSpec struct {
	Method   string
	Path     string
	Query    []ParamSpec
	Headers  []ParamSpec
	Cookies  []ParamSpec
	Body     *BodySpec
	Response ResponseSpec
	// Accepted credential sets: any one inner list suffices; empty means none needed.
	Security [][]string
}

// ParamSpec: a parameter's wire name, serialization style and pinned value.
type ParamSpec struct {
	Name    string
	Style   string // form (default for query and cookie), simple (headers), spaceDelimited, pipeDelimited, deepObject
	Explode bool
	Fixed   any
}

// BodySpec: how the request body is encoded.
type BodySpec struct {
	Encoding    string // json, multipart, form, binary, text
	ContentType string
	Required    bool
	// Form fields whose encoding the spec declares; the others follow the default by the value's shape.
	Fields map[string]FieldWire
}

// FieldWire: a form field's declared style.
type FieldWire struct {
	Style   string // json, form, spaceDelimited, pipeDelimited, deepObject
	Explode bool
}

// ResponseSpec: what a successful response holds.
type ResponseSpec struct {
	Kind   string // json, binary, text, event-stream, none
	Accept string
}
