import { deriveMasterKey } from '@mend/core/crypto/kdf';
import type { DeriveMasterKey } from './auth-actions.ts';

type Reply = { id: number; master?: Uint8Array; error?: true };

/**
 * Argon2id in a dedicated worker (browser only). If workers are unavailable or the worker fails to
 * start, it falls back to this thread: slower to look at, same result.
 */
export function createWorkerKdf(): DeriveMasterKey {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (master: Uint8Array) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const created = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<Reply>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.master) waiting?.resolve(event.data.master);
      else waiting?.reject(new Error('key derivation failed'));
    };
    created.onerror = () => {
      for (const waiting of pending.values()) waiting.reject(new Error('key derivation worker failed'));
      pending.clear();
      worker = null;
    };
    return created;
  }

  return async (input) => {
    if (typeof Worker === 'undefined') return deriveMasterKey(input);
    try {
      worker ??= start();
      const id = nextId++;
      const current = worker;
      return await new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        current.postMessage({ id, password: input.password, salt: input.salt, params: input.params });
      });
    } catch {
      return deriveMasterKey(input);
    }
  };
}
