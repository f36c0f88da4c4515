// The only module that reaches into openapi-typescript's published files (not its public index): its schema
// transformer and the helpers it needs. The index also loads @redocly/openapi-core (some 250 modules, ~0.3 s) for
// its whole-document API, which this set does not use. Internal paths can move in any release, so the version is
// pinned exactly in package.json and checked here: another version is refused with what to do, not a stray error.
// Both are CommonJS and loaded with `require`: importing TypeScript's 9 MB compiler from ESM makes Node parse it
// twice more (format detection, export names), ~200 ms.
import { createRequire } from 'node:module';
import type * as OpenApiTypeScript from 'openapi-typescript';
import type * as TypeScript from 'typescript';

export type { GlobalContext, OpenAPI3, SchemaObject } from 'openapi-typescript';

/** The version whose internal layout this module reads (package.json pins the same; a test holds them together). */
export const OPENAPI_TYPESCRIPT_VERSION = '7.13.0';

const require = createRequire(import.meta.url);
const { version } = require('openapi-typescript/package.json') as { version: string };
if (version !== OPENAPI_TYPESCRIPT_VERSION) {
  throw new Error(
    `the TypeScript set reads openapi-typescript ${OPENAPI_TYPESCRIPT_VERSION}'s internal modules, and ${version} is installed: ` +
      `run npm ci (or update templates/typescript/helpers/openapi-typescript.ts and its pin in package.json together)`,
  );
}

export const transformSchemaObject = (
  require('openapi-typescript/dist/transform/schema-object.cjs') as { default: (typeof OpenApiTypeScript)['transformSchemaObject'] }
).default;
export const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as Pick<typeof OpenApiTypeScript, 'astToString'>;
export const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as Pick<
  typeof OpenApiTypeScript,
  'resolveRef' | 'scanDiscriminators'
>;
export const ts = require('typescript') as typeof TypeScript;
