// Parses a recorded multipart/form-data body with busboy, as a real server would.
import busboy from 'busboy';
import type { RecordedRequest } from './server.js';

export interface MultipartField {
  name: string;
  value: string;
}

export interface MultipartFile {
  name: string;
  filename: string;
  mimeType: string;
  data: Buffer;
}

export interface MultipartBody {
  fields: MultipartField[];
  files: MultipartFile[];
}

export function parseMultipart(req: RecordedRequest): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    const fields: MultipartField[] = [];
    const files: MultipartFile[] = [];
    const pending: Promise<void>[] = [];
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => fields.push({ name, value }));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      pending.push(
        new Promise<void>((done, fail) => {
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', fail);
          stream.on('end', () => {
            files.push({ name, filename: info.filename ?? '', mimeType: info.mimeType, data: Buffer.concat(chunks) });
            done();
          });
        }),
      );
    });
    parser.on('error', reject);
    parser.on('close', () => {
      Promise.all(pending).then(() => resolve({ fields, files }), reject);
    });
    parser.end(req.body);
  });
}

/** Values of every field with `name`, in order. */
export function fieldValues(body: MultipartBody, name: string): string[] {
  return body.fields.filter((f) => f.name === name).map((f) => f.value);
}
