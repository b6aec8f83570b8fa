import type { Server } from 'node:http';

/** A test server listening on 127.0.0.1 (never another address), and how to stop it. */
export interface Loopback {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `server` on 127.0.0.1 with an OS-chosen port. `close` also drops keep-alive sockets,
 * which fetch/undici would otherwise hold open.
 */
export async function listenOnLoopback(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
