// The first question about any input: is it an OpenAPI 3.0/3.1 document at all? Answered before
// anything else is read, so that a Swagger 1.x or AsyncAPI file gets one clear sentence, not a cascade.
// (A Swagger 2.0 document arrives here already upgraded to 3.0 by the load stage.)
import { GeneratorError, problem, specName, type SourceLocation } from '../errors.js';

export function assertOpenApi3(root: Record<string, unknown>, locate: (pointer: string) => SourceLocation): string {
  if (root.swagger !== undefined) {
    throw new GeneratorError(
      problem(
        'unsupported-version',
        `this is a Swagger${specName(root.swagger, false)} document; only Swagger 2.0 and OpenAPI 3.0 and 3.1 are supported`,
        'convert it to Swagger 2.0 or OpenAPI 3 first',
        locate('/swagger'),
      ),
    );
  }
  if (root.asyncapi !== undefined) {
    throw new GeneratorError(
      problem(
        'unsupported-version',
        `this is an AsyncAPI${specName(root.asyncapi, false)} document, not an OpenAPI one`,
        'pass the OpenAPI document that describes the REST API',
        locate('/asyncapi'),
      ),
    );
  }
  const version = root.openapi;
  if (version === undefined) {
    throw new GeneratorError(
      problem(
        'not-openapi',
        'the document has no `openapi` field, so it is not an OpenAPI document',
        'start the file with `openapi: 3.1.0`',
        locate(''),
      ),
    );
  }
  if (typeof version !== 'string' || !/^3\.[01]\.\d+/.test(version)) {
    throw new GeneratorError(
      problem(
        'unsupported-version',
        `OpenAPI version${specName(version)} is not supported; this generator reads 3.0.x and 3.1.x`,
        'set `openapi:` to a 3.0.x or 3.1.x version the document follows',
        locate('/openapi'),
      ),
    );
  }
  return version;
}
