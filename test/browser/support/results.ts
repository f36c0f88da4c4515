// What the browser page reports (on `window.__results`, and as a list in the DOM for the screenshot).

/** One line of the page's report. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** The header of a WAV file, as the page read it from the bytes it received. */
export interface WavInfo {
  riff: boolean;
  wave: boolean;
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
}

export interface PageResults {
  state: 'running' | 'done' | 'failed';
  /** The first exception the page did not expect, with its name. */
  error?: string;
  checks: Check[];
  /** The access token the page got from the backend route. */
  token?: string;
  bytes?: { base64: string; contentType: string | null; status: number; wav: WavInfo };
  websocket?: {
    contexts: { id: string; types: string[]; base64: string }[];
    close: { code: number; reason: string };
  };
  apiKey?: {
    /** The error `new Cartesia({ apiKey })` threw (null when it did not throw). */
    refused: { name: string; isConfigurationError: boolean; message: string } | null;
    /** `toJSON()` of the client built with `dangerouslyAllowBrowser: true` (null when that threw). */
    optedIn: Record<string, unknown> | null;
  };
}

/** What a careless page would embed: the client must refuse it. */
export const BROWSER_API_KEY = 'sk_car_browser_SECRET_9f3b';

/** Where the page publishes its results. */
export const RESULTS_KEY = '__cartesiaBrowserResults';
