// Secrets never leave the process: a registry (or a proxy before it) whose refusal echoes the
// request's Authorization header must not get the token into the result, the text or the comment.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/dispatch.js';

let server: Server;
let url: string;

beforeAll(async () => {
  // Answers every request 403 with the Authorization header it received, as a careless proxy does.
  server = createServer((request, response) => {
    response.writeHead(403, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        error_code: 'PERMISSION_DENIED',
        message: `Denied for Authorization: ${request.headers.authorization ?? '(none)'}`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function run(env: NodeJS.ProcessEnv): Promise<string> {
  let out = '';
  const code = await main(
    [
      'registry-approval',
      '--registry',
      'mlflow',
      '--mlflow-tracking-uri',
      url,
      '--model',
      'churn:3',
      '--format',
      'json',
    ],
    { cwd: process.cwd(), env, stdout: (t) => (out += t), stderr: (t) => (out += t) },
  );
  expect(code).toBe(2); // a refusal is an infrastructure error: could not judge
  return out;
}

describe('secrets in a server reply', () => {
  it('a bearer token echoed back is redacted from the result', async () => {
    const token = 'dapi-SECRET-token-0123456789';
    const out = await run({ MLFLOW_TRACKING_TOKEN: token });
    expect(out).toContain('Denied for Authorization: Bearer ***');
    expect(out).not.toContain(token);
  });

  it('a basic-auth password is redacted as itself and inside the base64 header', async () => {
    const password = 'hunter2-very-secret';
    const out = await run({ MLFLOW_TRACKING_USERNAME: 'dana', MLFLOW_TRACKING_PASSWORD: password });
    const header = Buffer.from(`dana:${password}`).toString('base64');
    expect(out).not.toContain(password);
    expect(out).not.toContain(header);
  });
});
