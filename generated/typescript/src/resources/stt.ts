// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { STTBatchModel, STTEncoding, TimestampGranularity, TranscriptionResponse } from '../models.js';

const sttTranscribeOperation: OperationSpec = {
  method: 'POST',
  path: '/stt',
  query: [{ name: 'encoding' }, { name: 'sample_rate' }],
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['TokenAuth'], ['APIKeyAuth']],
};

/**
 * Speech-to-text: transcribe recorded audio files into text.
 */
export class Stt extends APIResource {
  /**
   * Speech-to-Text (Batch)
   *
   * Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).
   *
   * `POST /stt`
   */
  transcribe(params: SttTranscribeParams, options?: RequestOptions): APIPromise<TranscriptionResponse> {
    return this._client.request<TranscriptionResponse>(sttTranscribeOperation, {}, params, options);
  }
}

/** Parameters of `client.stt.transcribe`. */
export type SttTranscribeParams = {
  encoding?: STTEncoding | null;
  /**
   * Audio sample rate in hertz.
   */
  sample_rate?: number | null;
} & {
  /** Format: binary */
  file: Uploadable;
  model: STTBatchModel;
  /**
   * @description ISO-639-1 code of the language spoken in the audio; `en` if omitted.
   * @enum {string}
   */
  language?:
    | 'en'
    | 'zh'
    | 'de'
    | 'es'
    | 'ru'
    | 'ko'
    | 'fr'
    | 'ja'
    | 'pt'
    | 'tr'
    | 'pl'
    | 'ca'
    | 'nl'
    | 'ar'
    | 'sv'
    | 'it'
    | 'id'
    | 'hi'
    | 'fi'
    | 'vi'
    | 'he'
    | 'uk'
    | 'el'
    | 'ms'
    | 'cs'
    | 'ro'
    | 'da'
    | 'hu'
    | 'ta'
    | 'no'
    | 'th'
    | 'ur'
    | 'hr'
    | 'bg'
    | 'lt'
    | 'la'
    | 'mi'
    | 'ml'
    | 'cy'
    | 'sk'
    | 'te'
    | 'fa'
    | 'lv'
    | 'bn'
    | 'sr'
    | 'az'
    | 'sl'
    | 'kn'
    | 'et'
    | 'mk'
    | 'br'
    | 'eu'
    | 'is'
    | 'hy'
    | 'ne'
    | 'mn'
    | 'bs'
    | 'kk'
    | 'sq'
    | 'sw'
    | 'gl'
    | 'mr'
    | 'pa'
    | 'si'
    | 'km'
    | 'sn'
    | 'yo'
    | 'so'
    | 'af'
    | 'oc'
    | 'ka'
    | 'be'
    | 'tg'
    | 'sd'
    | 'gu'
    | 'am'
    | 'yi'
    | 'lo'
    | 'uz'
    | 'fo'
    | 'ht'
    | 'ps'
    | 'tk'
    | 'nn'
    | 'mt'
    | 'sa'
    | 'lb'
    | 'my'
    | 'bo'
    | 'tl'
    | 'mg'
    | 'as'
    | 'tt'
    | 'haw'
    | 'ln'
    | 'ha'
    | 'ba'
    | 'jw'
    | 'su'
    | 'yue';
  /** @description Which timestamp granularities to include in the result; only `word` is available for now. */
  'timestamp_granularities[]'?: TimestampGranularity[];
};
