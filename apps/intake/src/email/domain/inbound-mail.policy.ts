import { createHash } from 'node:crypto';
import { convert } from 'html-to-text';
import { ATTACHMENT_CONTENT_TYPES, AttachmentContentType, contentMismatch } from '../../case-attachments/domain/attachment-policy';

/**
 * The email channel's rules (R-IN-1, R-IN-6), pure over plain data: which mail is a reply to a case, which is
 * automated, and what of its text becomes the case's symptoms or the customer's note.
 */

/** R-IN-3 case numbers as CaseRepository.nextCaseNumber makes them: CS-YYYYMMDD-NNNNNN. */
const CASE_NUMBER = /\bCS-(\d{8})-(\d{6,})\b/i;

/** The case number a subject carries ("Re: [CS-20261123-000042] Printer"), upper-cased, or null. */
export function caseNumberInSubject(subject: string): string | null {
  const found = CASE_NUMBER.exec(subject);
  return found ? `CS-${found[1]}-${found[2]}` : null;
}

/** Longest Message-ID kept as it is; longer ones are kept as their hash (they are keys of a unique index). */
const MAX_MESSAGE_KEY = 250;

/**
 * The key a mail is recognised by when it comes again (an SMTP retry, a re-sent copy): its Message-ID without the
 * angle brackets, else, for a mail without one, the hash of its bytes (a retry resends the same bytes).
 */
export function messageKey(messageId: string | undefined, raw: Buffer): string {
  const id = normalizeMessageId(messageId);
  return id ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

/** `<abc@host>` -> `abc@host`; null when there is none. Message-IDs are compared exactly (RFC 5322 3.6.4). */
export function normalizeMessageId(id: string | undefined | null): string | null {
  const bare = (id ?? '').trim().replace(/^<|>$/g, '').trim();
  if (!bare) return null;
  return bare.length > MAX_MESSAGE_KEY ? `sha256:${createHash('sha256').update(bare).digest('hex')}` : bare;
}

/** The Message-IDs of the mails this one answers (In-Reply-To and References), newest first, as message keys. */
export function repliedToKeys(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const ids = (header: string) => header.match(/<[^<>]+>/g) ?? [header];
  const newestFirst = [...(inReplyTo ? ids(inReplyTo) : []), ...[references ?? []].flat().flatMap(ids).reverse()];
  return [...new Set(newestFirst.map(normalizeMessageId).filter((k): k is string => k !== null))];
}

/** The headers and envelope facts the automated-mail rules look at. */
export interface AutomationSignals {
  envelopeFrom: string | null;
  /** The From header's address, lower-cased, if any. */
  fromAddress?: string | null;
  subject?: string;
  /** The top-level Content-Type, e.g. `multipart/report; report-type=delivery-status`. */
  contentType?: string;
  headers: { autoSubmitted?: string; precedence?: string; xAutoreply?: string; xAutoResponseSuppress?: string };
}

/**
 * Subjects that clients put on the replies they send by themselves: Outlook and Exchange in Chinese (自动回复:,
 * 自动答复:), Foxmail and QQ Mail (自动回复), Outlook in English (Automatic reply:, Auto-Reply:), and the
 * out-of-office notices of older servers. Anchored at the start: "Re: 自动回复的问题" written by a person is a reply.
 */
const AUTO_REPLY_SUBJECT = [
  /^\s*(?:\[[^\]]*\]\s*)?(?:自动回复|自动答复|自動回覆|自動回复)/,
  /^\s*(?:\[[^\]]*\]\s*)?(?:Automatic reply|Auto-?Reply|Autoreply|Out of (?:the )?Office)\s*[:：]/i,
];

/** Mailboxes that only servers write from (RFC 5321 4.5.1 postmaster; MAILER-DAEMON of sendmail, Postfix, Exim). */
const SERVER_MAILBOX = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;

/**
 * Why a mail is one no person wrote, or null when a person wrote it: bounces (the null reverse-path `<>`, a
 * delivery report from MAILER-DAEMON or postmaster, any multipart/report), auto-replies (RFC 3834
 * Auto-Submitted, Exchange's X-Auto-Response-Suppress, X-Autoreply, an auto-reply subject) and bulk mail
 * (Precedence). A service desk that opened cases from them would fill its queue with out-of-office notices
 * and register "Mail Delivery System" as a customer; one that answered them would loop (R-IN-1).
 */
export function automatedReason(mail: AutomationSignals): string | null {
  if (!mail.envelopeFrom) return 'bounce (null reverse-path)';
  const contentType = mail.contentType?.trim().toLowerCase() ?? '';
  if (contentType.startsWith('multipart/report')) return 'delivery or read report (multipart/report)';
  const senders = [mail.envelopeFrom, mail.fromAddress ?? ''].map((a) => a.trim().toLowerCase());
  if (senders.some((a) => SERVER_MAILBOX.test(a))) return 'mail from a mail server (MAILER-DAEMON, postmaster)';
  const autoSubmitted = mail.headers.autoSubmitted?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `auto-submitted (${autoSubmitted.split(';')[0].trim()})`;
  if (mail.headers.xAutoreply?.trim()) return 'auto-reply (X-Autoreply)';
  // Exchange and Outlook put it on their own out-of-office replies and delivery notices; a person's mail has none.
  if (mail.headers.xAutoResponseSuppress?.trim()) return 'auto-reply (X-Auto-Response-Suppress)';
  if (AUTO_REPLY_SUBJECT.some((pattern) => pattern.test(mail.subject ?? ''))) return 'auto-reply (subject)';
  const precedence = mail.headers.precedence?.trim().toLowerCase() ?? '';
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `bulk mail (Precedence: ${precedence})`;
  return null;
}

/** Whether a person wrote it: see automatedReason. */
export function isAutomated(mail: AutomationSignals): boolean {
  return automatedReason(mail) !== null;
}

/**
 * Where the writer's own words end in a reply: quoted lines, the "On ... wrote:" line of most clients
 * (在 ... 写道： in Chinese ones), Outlook's separators, and the signature delimiter "-- " (RFC 3676 4.3).
 */
const END_OF_OWN_TEXT = [
  /^-- ?$/,
  /^>/,
  /^On .{1,200} wrote:$/,
  /^在.{1,200}写道[:：]$/,
  /^-{2,}\s*(Original Message|原始邮件|Forwarded message)\s*-{2,}$/i,
  /^_{20,}$/,
];

/** The text the writer added, without what they quoted or their signature. */
export function ownText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line) => END_OF_OWN_TEXT.some((marker) => marker.test(line.trimEnd())));
  return (end === -1 ? lines : lines.slice(0, end)).join('\n').trim();
}

/**
 * The plain text of an HTML body, for mail that has no text part (Outlook and QQ Mail send HTML only inside
 * multipart/mixed when there are attachments): paragraphs and line breaks kept, links as their text, images
 * and styles dropped, no wrapping (the "型号：" lines must stay whole for reportedProduct).
 */
export function textOfHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Longest symptoms the open-case request takes (openCaseSchema), and the longest note the channel keeps. */
export const MAX_TEXT = 10_000;
const TRUNCATED = '\n[… truncated]';

/** Text cut to MAX_TEXT, saying so. */
export function clip(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_TEXT) return { text, truncated: false };
  return { text: text.slice(0, MAX_TEXT - TRUNCATED.length) + TRUNCATED, truncated: true };
}

/** R-IN-2 symptoms (故障现象) of a case opened by mail: its subject, then the writer's own text. */
export function symptomsOf(subject: string, text: string): { text: string; truncated: boolean } {
  return clip([subject.trim(), ownText(text)].filter(Boolean).join('\n\n') || '(empty mail)');
}

/** What a reply adds to its case: the writer's own text, or all of it when the reply is only a quote. */
export function noteOf(text: string): { text: string; truncated: boolean } {
  return clip(ownText(text) || text.trim());
}

/** What a mail does not say and an open case needs (product model, serial): the agent completes it. */
export const NOT_GIVEN = 'unknown';

/**
 * The product a customer names in the mail, as a service desk's mail template asks for it
 * ("Model: PX-2000", "序列号：SN-1"), else null: the agent completes it.
 */
export function reportedProduct(text: string): { productModel: string | null; serialNumber: string | null } {
  const field = (labels: string) => {
    const found = new RegExp(`^[ \\t]*(?:${labels})[ \\t]*[:：][ \\t]*(\\S[^\\n]{0,99})$`, 'im').exec(text);
    return found ? found[1].trim() : null;
  };
  return {
    productModel: field('product model|model|型号|产品型号'),
    serialNumber: field('serial number|serial no\\.?|serial|s/n|sn|序列号|机身号'),
  };
}

/** A sender's name for the contact: the display name, else the mailbox part of the address. */
export function contactName(address: string, displayName: string | undefined): string {
  const name = (displayName ?? '').trim() || address.split('@')[0] || address;
  return name.slice(0, 200);
}

export type AttachmentDecision =
  | { store: true; fileName: string; contentType: AttachmentContentType }
  | { store: false; fileName: string; reason: string };

/**
 * Whether a mail's attachment goes into the case's attachments (R-IN-2) under the rules of POST
 * /v1/cases/:id/attachments (the type allow-list, the size limit, content that matches its type); one that does
 * not is still listed in the activity log, with the reason.
 */
export function attachmentDecision(
  file: { filename: string | null; contentType: string; content: Uint8Array },
  position: number,
  maxBytes: number,
): AttachmentDecision {
  const fileName = (file.filename ?? '').replace(/[\\/\p{Cc}]/gu, '_').trim().slice(0, 255) || `attachment-${position + 1}`;
  const contentType = file.contentType.toLowerCase() as AttachmentContentType;
  if (!ATTACHMENT_CONTENT_TYPES.includes(contentType)) return { store: false, fileName, reason: `type ${file.contentType} is not accepted` };
  if (file.content.length === 0) return { store: false, fileName, reason: 'empty' };
  if (file.content.length > maxBytes) return { store: false, fileName, reason: `larger than ${maxBytes} bytes` };
  const mismatch = contentMismatch(contentType, file.content);
  return mismatch ? { store: false, fileName, reason: mismatch } : { store: true, fileName, contentType };
}
