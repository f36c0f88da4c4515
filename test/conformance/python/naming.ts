// Prints, as JSON, the conformance cases (parsed by the same loader as the TypeScript runner) and how the Python client names what the conformance cases name the IR's way: the attribute path and
// argument names of every operation, the error classes and the client options. It asks the Python template set's
// own helpers (templates/python/helpers.ts), so the runner maps names exactly as the templates do.
import { buildModel } from '../../../generator/pipeline.js';
import { pyImportName, pySnakeName } from '../../../templates/python/helpers/names.js';
import { PythonHelpers, pythonCallNaming } from '../../../templates/python/helpers.js';
import { CARTESIA_SPEC } from '../../support/paths.js';
import { loadCases } from '../server.js';

const { model } = buildModel(process.argv[2] ?? CARTESIA_SPEC);
const helpers = new PythonHelpers(model);
const options = ['baseURL', 'timeout', 'maxRetries', 'version', 'defaultHeaders', ...model.auth.schemes.map((s) => s.option)];
process.stdout.write(
  JSON.stringify({
    package: pyImportName(model.client.packageName),
    client: helpers.naming.client,
    asyncClient: helpers.naming.asyncClient,
    operations: pythonCallNaming(model),
    errors: Object.fromEntries(helpers.naming.errors),
    options: Object.fromEntries(options.map((o) => [o, o === 'baseURL' ? 'base_url' : pySnakeName(o)])),
    cases: loadCases(),
    requestOptions: { headers: 'headers', query: 'query', body: 'body', timeout: 'timeout', maxRetries: 'max_retries', version: 'version' },
  }),
);
