// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// InfillService: Generate speech that bridges two existing audio segments.
type InfillService struct {
	client *core.Client
}

func newInfillService(c *core.Client) *InfillService {
	return &InfillService{client: c}
}

// InfillBytesParams: the values infill.bytes takes besides its path parameters.
type InfillBytesParams struct {
	LeftAudio  io.Reader `json:"-"`
	RightAudio io.Reader `json:"-"`
	ModelID    *string   `json:"-"`
	// Language of the transcript.
	Language *string `json:"-"`
	// Text to speak in the generated infill.
	Transcript *string `json:"-"`
	// Identifier of the voice that speaks the generated audio.
	VoiceID      *string       `json:"-"`
	OutputFormat *OutputFormat `json:"-"`
}

var specInfillBytes = core.OperationSpec{
	Method:   "POST",
	Path:     "/infill/bytes",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true, Fields: map[string]core.FieldWire{"output_format": {Style: "deepObject", Explode: true}}},
	Response: core.ResponseSpec{Kind: "binary", Accept: "audio/wav"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Bytes: Infill (Bytes)
//
// Generates speech that bridges two existing audio segments, so new words can be slotted in between recorded speech with natural-sounding transitions. Supply `left_audio`, `right_audio` or both; at least one is required. **Cost: 1 credit per character of the infill transcript, plus a flat 300 credits.** Output varies from run to run. For the best results, give a longer infill transcript (the model then has room to blend in), cut the segments at natural pauses (so word-level timestamps need not be exact), and trim right up to the point to be filled while leaving as much silence as possible in the left and right segments (this makes transitions smoother).
func (s *InfillService) Bytes(ctx context.Context, params InfillBytesParams, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specInfillBytes, core.Input{Form: []core.FormField{{Name: "left_audio", Value: params.LeftAudio}, {Name: "right_audio", Value: params.RightAudio}, {Name: "model_id", Value: params.ModelID}, {Name: "language", Value: params.Language}, {Name: "transcript", Value: params.Transcript}, {Name: "voice_id", Value: params.VoiceID}, {Name: "output_format", Value: params.OutputFormat}}}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}
