// Base of every generated resource class (`client.voices`, `client.agents.calls`, ...).
import type { BaseClient } from './base-client.js';

export class APIResource {
  // Private so that the client (and its credentials) never shows up when a resource is serialized.
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
    this.#client = client;
  }

  protected get _client(): BaseClient {
    return this.#client;
  }
}
