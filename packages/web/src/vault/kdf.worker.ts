/// <reference lib="webworker" />
import { deriveMasterKey, type Argon2Params } from '@mend/core/crypto/kdf';

interface KdfRequest {
  id: number;
  password: string;
  salt: Uint8Array;
  params: Argon2Params;
}

/**
 * Runs Argon2id off the page's thread (it takes about half a second and 64 MiB), so the page can show
 * progress and stay responsive. Nothing is kept here between requests.
 */
self.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const { id, password, salt, params } = event.data;
  try {
    const master = await deriveMasterKey({ password, salt, params });
    self.postMessage({ id, master }, [master.buffer]);
  } catch {
    self.postMessage({ id, error: true });
  }
};
