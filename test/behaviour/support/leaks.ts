// Checks that nothing a test opened (servers, client sockets) outlives it.
const NETWORK_RESOURCES = new Set(['TCPServerWrap', 'TCPSocketWrap', 'TCPWRAP', 'TCPConnectWrap']);

function openNetworkResources(): string[] {
  return process.getActiveResourcesInfo().filter((name) => NETWORK_RESOURCES.has(name));
}

/**
 * Waits (bounded) for every TCP handle of this process to close and returns those still open.
 * Client sockets close a moment after the server destroys its end, hence the polling.
 */
export async function leftoverNetworkResources(ms = 5_000): Promise<string[]> {
  const start = Date.now();
  let open = openNetworkResources();
  while (open.length > 0 && Date.now() - start < ms) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    open = openNetworkResources();
  }
  return open;
}

/** Waits (bounded) for every TCP connection to close and returns those still open; listening servers are ignored. */
export async function leftoverConnections(ms = 5_000): Promise<string[]> {
  const connections = (): string[] =>
    process.getActiveResourcesInfo().filter((name) => NETWORK_RESOURCES.has(name) && name !== 'TCPServerWrap');
  const start = Date.now();
  let open = connections();
  while (open.length > 0 && Date.now() - start < ms) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    open = connections();
  }
  return open;
}
