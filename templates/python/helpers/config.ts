// The runtime's view of the API's conventions and of each operation and channel: the generator's language-neutral
// data (`clientConfig`, `operationDescriptor`, `channelDescriptor`) with Python's snake_case keys, rendered into the
// client and resource modules as dict literals (see `client_config` and `OperationSpec` in the runtime).
import {
  channelDescriptor,
  clientConfig,
  operationDescriptor,
  snakeCase,
  type ApiModel,
  type Channel,
  type Operation,
} from 'openapi-client-generator/helpers';
import { pyDistributionName, pyImportName, pySnakeName } from './names.js';

/** The client configuration, as the Python runtime takes it: a timeout in seconds, its logger's name, the
 * credential options as keyword arguments; browsers do not concern it. */
export function runtimeConfig(model: ApiModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(clientConfig(model, snakeCase))) {
    if (key === 'package_name') out[key] = pyDistributionName(String(value));
    else if (key === 'timeout_ms') {
      out.timeout = Number(value) / 1000;
      out.logger_name = pyImportName(model.client.packageName);
    } else if (key === 'environment') {
      if (Object.keys(value as object).length > 0) out[key] = value;
    } else if (key === 'credentials')
      out[key] = (value as Record<string, unknown>[]).map(({ browser: _browser, ...credential }) => ({
        ...credential,
        option: pySnakeName(String(credential.option)),
      }));
    else out[key] = value;
  }
  return out;
}

/** The runtime descriptor of an operation (see `OperationSpec` in the runtime). */
export function operationData(op: Operation): Record<string, unknown> {
  return operationDescriptor(op, snakeCase);
}

/** The runtime descriptor of a channel (see `ChannelSpec` in the runtime). */
export function channelData(channel: Channel): Record<string, unknown> {
  return channelDescriptor(channel, snakeCase);
}
