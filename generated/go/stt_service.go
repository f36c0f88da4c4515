// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// STTService: Speech-to-text: transcribe recorded audio files into text.
type STTService struct {
	client *core.Client
	// the stt.turns operations.
	Turns *STTTurnsService
}

func newSTTService(c *core.Client) *STTService {
	return &STTService{client: c, Turns: newSTTTurnsService(c)}
}

// STTTranscribeParams: the values stt.transcribe takes besides its path parameters.
type STTTranscribeParams struct {
	Encoding *string `json:"-"`
	// Audio sample rate in hertz.
	SampleRate *int64    `json:"-"`
	File       io.Reader `json:"-"`
	Model      string    `json:"-"`
	// ISO-639-1 code of the language spoken in the audio; `en` if omitted.
	Language *STTTranscribeParamsLanguage `json:"-"`
	// Which timestamp granularities to include in the result; only `word` is available for now.
	TimestampGranularities []string `json:"-"`
}

var specSTTTranscribe = core.OperationSpec{
	Method:   "POST",
	Path:     "/stt",
	Query:    []core.ParamSpec{{Name: "encoding", Style: "form", Explode: true}, {Name: "sample_rate", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// Transcribe: Speech-to-Text (Batch)
//
// Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).
func (s *STTService) Transcribe(ctx context.Context, params STTTranscribeParams, opts ...option.RequestOption) (*TranscriptionResponse, error) {
	var out TranscriptionResponse
	if err := s.client.Do(ctx, &specSTTTranscribe, core.Input{Params: map[string]any{"encoding": params.Encoding, "sample_rate": params.SampleRate}, Form: []core.FormField{{Name: "file", Value: params.File}, {Name: "model", Value: params.Model}, {Name: "language", Value: params.Language}, {Name: "timestamp_granularities[]", Value: params.TimestampGranularities}}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// STTTurnsService: the stt.turns operations.
type STTTurnsService struct {
	client *core.Client
}

func newSTTTurnsService(c *core.Client) *STTTurnsService {
	return &STTTurnsService{client: c}
}
