import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new endpoint's signing secret: 32 random bytes, shown as `whsec_` + base64 (Standard Webhooks, 24 to 64 bytes). */
export function newEndpointSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export interface AttemptResult {
  status?: number;
  error?: string;
  latencyMs: number;
  /** The server's Retry-After, in ms, when it sent one. */
  retryAfterMs?: number;
}

/**
 * One signed POST (Standard Webhooks): `webhook-id` is the event id (the same on every retry, the receiver's
 * idempotency key), `webhook-timestamp` this attempt's Unix seconds, `webhook-signature` `v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>`, signed by the standardwebhooks library. Redirects are not followed (a 3xx is a failure).
 * The timestamp is the system clock's: receivers check it against theirs (5 minutes either way).
 */
export async function postSigned(input: { url: string; secret: string; messageId: string; body: string; timeoutMs: number }): Promise<AttemptResult> {
  const sentAt = new Date();
  const signature = new Webhook(input.secret).sign(input.messageId, sentAt, input.body);
  const started = performance.now();
  try {
    const response = await fetch(input.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'aftersales-webhooks/1',
        'webhook-id': input.messageId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: input.body,
    });
    // Read (and drop) the body so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, latencyMs: Math.round(performance.now() - started), retryAfterMs: retryAfter(response.headers.get('retry-after')) };
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return { error: cause ?? (error as Error).name ?? 'error', latencyMs: Math.round(performance.now() - started) };
  }
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 86_400) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.min(at - Date.now(), 86_400_000));
}
