package realtime

import (
	"context"
	"fmt"
)

// The shape of generated code for a multiplexed channel: its descriptor, its commands, a typed context.

var speakChannel = &Channel{
	Path:         "/speak/socket",
	Security:     [][]string{{"TokenAuth"}, {"KeyAuth"}},
	Base64Fields: []string{"data"},
	Context:      &ContextSpec{IDField: "context_id", EndField: "done"},
}

var speakPush = &Command{Argument: "transcript", Set: map[string]any{"continue": true}, WithSettings: true}

type speakContext struct{ *SocketContext[event] }

// Push sends the next piece of the transcript.
func (c speakContext) Push(ctx context.Context, transcript string) error {
	return c.Send(ctx, speakPush, transcript, nil)
}

func Example() {
	ctx := context.Background()
	cfg := testConfig("https://api.example.com")
	session, err := Connect[event](ctx, cfg, speakChannel, Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer session.Close()
	inner, _ := session.OpenContext("", settings{Model: "m-1", Voice: "v-1"})
	speaker := speakContext{inner}
	_ = speaker.Push(ctx, "Hello there.")
	for chunk, err := range speaker.Audio(ctx) {
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(len(chunk))
	}
}
