/*
 * The optional lock's cryptography (WebCrypto, loaded only when the lock is
 * used). A passphrase becomes an AES-GCM key through PBKDF2; the key seals
 * each record and lives in this tab's memory only. What is stored is the lock
 * record: a random salt, the iteration count, and a known text sealed with the
 * key, so a wrong passphrase is told from a right one before anything is
 * read or written. The passphrase itself is never stored anywhere, so a
 * forgotten one cannot be recovered.
 */
import { STORAGE_NAMES, type Sealer } from './caseStore';

/**
 * PBKDF2 with HMAC-SHA-256 at 600,000 iterations: OWASP's Password Storage Cheat Sheet (2023 onward)
 * recommends at least this many for PBKDF2-HMAC-SHA256. A stored lock asking for fewer is refused.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** AES-GCM's recommended 96-bit nonce, fresh and random for every seal (NIST SP 800-38D, 5.2.1.1). */
const IV_BYTES = 12;
const CHECK_TEXT = 'billpath-lock';

/** A sealed value as stored: the ciphertext, bound to the key it is stored under. */
export type Sealed = { sealed: 'AES-GCM'; lock: string; iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
export type LockRecord = { format: 'billpath.lock'; version: 1; id: string; iterations: number; salt: Uint8Array<ArrayBuffer>; check: Sealed };

/** Text as bytes WebCrypto takes. */
const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // The same passphrase typed on another keyboard (composed or decomposed accents) gives the same key:
  // Unicode NFKC first, as NIST SP 800-63B-4, 3.1.1.2 advises.
  const material = await crypto.subtle.importKey('raw', bytes(passphrase.normalize('NFKC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function sealerOf(lockId: string, key: CryptoKey): Sealer {
  return {
    lockId,
    async seal(at, value): Promise<Sealed> {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bytes(at) }, key, bytes(JSON.stringify(value)));
      return { sealed: 'AES-GCM', lock: lockId, iv, data };
    },
    async open(at, stored) {
      const { lock, iv, data } = stored as Partial<Sealed>;
      if (lock !== lockId) throw new Error('It was locked with another passphrase, which this one does not open.');
      try {
        return JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv!, additionalData: bytes(at) }, key, data!)));
      } catch {
        throw new Error('Its locked contents are damaged: they no longer match what was sealed.');
      }
    },
  };
}

/** A new lock for `passphrase`: the record to store and the sealer that goes with it. */
export async function createLock(passphrase: string): Promise<{ lock: LockRecord; sealer: Sealer }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const id = crypto.randomUUID();
  const sealer = sealerOf(id, await keyFrom(passphrase, salt, PBKDF2_ITERATIONS));
  const check = (await sealer.seal(STORAGE_NAMES.lock, CHECK_TEXT)) as Sealed;
  return { lock: { format: 'billpath.lock', version: 1, id, iterations: PBKDF2_ITERATIONS, salt, check }, sealer };
}

export type Unlocked = { ok: true; sealer: Sealer } | { ok: false; reason: 'wrong-passphrase' | 'damaged-lock' };

/** More than this many iterations would freeze the page for minutes: only a damaged record asks for it. */
const MAX_ITERATIONS = 10_000_000;

const isLockRecord = (value: unknown): value is LockRecord => {
  const lock = value as Partial<LockRecord> | null;
  return (
    lock?.format === 'billpath.lock' &&
    typeof lock.id === 'string' &&
    Number.isSafeInteger(lock.iterations) &&
    lock.iterations! >= PBKDF2_ITERATIONS &&
    lock.iterations! <= MAX_ITERATIONS &&
    ArrayBuffer.isView(lock.salt) &&
    lock.salt.byteLength >= SALT_BYTES &&
    typeof lock.check === 'object'
  );
};

/** The sealer for a stored lock, if `passphrase` is its passphrase. Nothing is written either way. */
export async function openLock(stored: unknown, passphrase: string): Promise<Unlocked> {
  if (!isLockRecord(stored)) return { ok: false, reason: 'damaged-lock' };
  const sealer = sealerOf(stored.id, await keyFrom(passphrase, stored.salt, stored.iterations));
  try {
    return (await sealer.open(STORAGE_NAMES.lock, stored.check)) === CHECK_TEXT ? { ok: true, sealer } : { ok: false, reason: 'wrong-passphrase' };
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
}
