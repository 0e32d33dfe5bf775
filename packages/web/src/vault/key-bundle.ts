import { fromBase64Url, toBase64Url } from '@mend/core';
import type { StoredKeyBundle } from '@mend/core/crypto/index';
import type { KeyBundle } from '../api/api-client.ts';

export function encodeKeyBundle(bundle: StoredKeyBundle): KeyBundle {
  return {
    wrappedAccountKey: toBase64Url(bundle.wrappedAccountKey),
    recoveryWrappedAccountKey: toBase64Url(bundle.recoveryWrappedAccountKey),
    identityPublicKey: toBase64Url(bundle.identityPublicKey),
    sealedIdentitySecretKey: toBase64Url(bundle.sealedIdentitySecretKey),
  };
}

export function decodeKeyBundle(bundle: KeyBundle): StoredKeyBundle {
  return {
    wrappedAccountKey: fromBase64Url(bundle.wrappedAccountKey),
    recoveryWrappedAccountKey: fromBase64Url(bundle.recoveryWrappedAccountKey),
    identityPublicKey: fromBase64Url(bundle.identityPublicKey),
    sealedIdentitySecretKey: fromBase64Url(bundle.sealedIdentitySecretKey),
  };
}
