/**
 * What may be attached to a case (R-IN-2: proof of purchase, photos of the fault, logs). An allow-list, not a
 * deny-list: a type nobody asked for is refused, and the bytes must look like the declared type, so a file that
 * claims to be a PDF cannot be an executable that a browser later runs.
 */
export const ATTACHMENT_CONTENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/zip',
  'text/plain',
  'text/csv',
] as const;
export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: Partial<Record<AttachmentContentType, (bytes: Uint8Array) => boolean>> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/gif': (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'application/zip': (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
};

/** Why the bytes are not what the content type says, or null when they are. Text must be UTF-8 without NUL. */
export function contentMismatch(contentType: AttachmentContentType, bytes: Uint8Array): string | null {
  const signature = SIGNATURES[contentType];
  if (signature) return signature(bytes) ? null : `the content is not ${contentType}`;
  if (bytes.includes(0)) return `the content is not ${contentType}: it holds binary data`;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    return `the content is not ${contentType}: it is not UTF-8`;
  }
}
