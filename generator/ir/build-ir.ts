// IR stage: turns a loaded, validated OpenAPI document into the language-neutral `ApiModel`.
import path from 'node:path';
import type { Problem } from '../errors.js';
import type { SpecSource } from '../load/load-spec.js';
import { ConventionReader } from './conventions.js';
import { completeDiscriminators } from './discriminators.js';
import { markBase64Fields } from './streams.js';
import { splitReadWrite } from './visibility.js';
import { buildChannels } from './channels.js';
import { buildOperations } from './operations.js';
import { buildResourceTree } from './resources.js';
import { isRecord, SchemaRegistry } from './schemas.js';
import { IR_VERSION, type ApiModel } from './types.js';

export function buildIR(source: SpecSource): { model: ApiModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = source.root;
  const info = isRecord(root.info) ? root.info : {};
  const title = typeof info.title === 'string' && info.title.trim() !== '' ? info.title : 'API';
  const version = typeof info.version === 'string' || typeof info.version === 'number' ? String(info.version) : '0.0.0';
  const conventions = new ConventionReader(source, problems);
  const schemas = new SchemaRegistry(source, problems);
  schemas.registerComponents();

  const apiVersion = conventions.apiVersion();
  const pagination = conventions.pagination();
  const schemes = conventions.securitySchemes();
  const errors = conventions.errors(schemas);
  const operations = buildOperations({
    source,
    schemas,
    problems,
    schemes,
    ...(apiVersion ? { apiVersion } : {}),
    ...(pagination ? { pagination } : {}),
  });
  const channels = buildChannels({ source, schemas, problems, schemes });
  const tree = buildResourceTree(operations, channels, source, schemas, problems);
  const license = isRecord(info.license) && typeof info.license.name === 'string' ? info.license : undefined;

  const model: ApiModel = {
    irVersion: IR_VERSION,
    source: { specFile: path.basename(source.rootFile), openapiVersion: String(root.openapi ?? '') },
    info: {
      title,
      ...(typeof info.summary === 'string' ? { summary: info.summary } : {}),
      ...(typeof info.description === 'string' ? { description: info.description } : {}),
      version,
      ...(license
        ? {
            license: {
              name: license.name as string,
              ...(typeof license.identifier === 'string' ? { identifier: license.identifier } : {}),
              ...(typeof license.url === 'string' ? { url: license.url } : {}),
            },
          }
        : {}),
    },
    client: conventions.client(title, version),
    servers: conventions.servers(),
    ...(apiVersion ? { apiVersion } : {}),
    transport: conventions.transport(),
    retry: conventions.retry(),
    errors,
    ...(pagination ? { pagination } : {}),
    auth: { schemes },
    resources: tree.resources,
    rootOperations: tree.rootOperations,
    operations,
    channels,
    schemas: schemas.finish(),
  };
  completeDiscriminators(model);
  splitReadWrite(model, (name) => schemas.reserveTypeName(name));
  markBase64Fields(model);
  return { model, problems };
}
