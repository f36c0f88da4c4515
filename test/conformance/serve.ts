// Runs the conformance server on its own, for runners in other languages: prints its URL on the first line, and
// stops when stdin closes (so it never outlives the runner that started it).
import { ConformanceServer } from './server.js';

const server = new ConformanceServer();
const url = await server.listen();
process.stdout.write(`${url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
