import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { z } from 'zod';
import { AppConfig, AuthUser } from '@aftersales/platform-service-defaults';
import { openCaseSchema } from '../../../cases/commands/open-case/open-case.request';
import { OpenCaseCommand } from '../../../cases/commands/open-case/open-case.command';
import { CaseEntity } from '../../../cases/infrastructure/case.entity';
import { CaseRepository } from '../../../cases/infrastructure/case.repository';
import { storeAttachment } from '../../../case-attachments/commands/add-attachment/add-attachment.command';
import { attachmentRules } from '../../../config/attachments.config';
import {
  AttachmentDecision,
  NOT_GIVEN,
  attachmentDecision,
  caseNumberInSubject,
  contactName,
  automatedReason,
  noteOf,
  ownText,
  reportedProduct,
  symptomsOf,
} from '../../domain/inbound-mail.policy';
import { EmailChannelSettings, emailChannelSettings } from '../../email.config';
import { mailSenderThrottled } from '../../email.errors';
import { InboundEmailEntity, InboundEmailOutcome } from '../../infrastructure/inbound-email.entity';
import { SenderCustomerResolver } from '../../infrastructure/sender-customer.resolver';

/** A mail as the SMTP listener parsed it. */
export interface InboundMail {
  /** Message-ID, else the hash of the mail's bytes (see messageKey). */
  messageKey: string;
  /** The envelope's MAIL FROM; null for the null reverse-path `<>` of bounces. */
  envelopeFrom: string | null;
  /** The first From header address. */
  from: { address: string; name?: string } | null;
  subject: string;
  /** The plain text (mailparser derives it from the HTML when the mail has no text part). */
  text: string;
  /** Message keys of the mails this one replies to (In-Reply-To, References), newest first. */
  repliesTo: string[];
  /** The top-level Content-Type's value (`multipart/report` for delivery reports). */
  contentType?: string;
  headers: { autoSubmitted?: string; precedence?: string; xAutoreply?: string; xAutoResponseSuppress?: string };
  attachments: { filename: string | null; contentType: string; content: Buffer }[];
}

export type ReceiveMailOutcome =
  | { outcome: 'case-opened' | 'note-added'; caseId: string; caseNumber: string }
  | { outcome: 'duplicate'; caseNumber: string | null }
  | { outcome: 'ignored'; reason: string };

interface Sender {
  address: string;
  name: string;
}

const emailAddress = z.email();

/**
 * R-IN-1 email channel: a mail to the support address opens a case (through the same command and validation as
 * POST /v1/cases); a reply that names its case, by the case number in the subject or by the mails it answers,
 * becomes a customer note on that case (R-IN-6). One transaction records the mail by its message key with the
 * case or the note, so the same mail sent again changes nothing.
 */
@Injectable()
export class ReceiveMailCommand {
  private readonly settings: EmailChannelSettings;
  private readonly maxAttachmentBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly openCase: OpenCaseCommand,
    private readonly cases: CaseRepository,
    private readonly senders: SenderCustomerResolver,
    config: AppConfig,
  ) {
    this.settings = emailChannelSettings(config);
    this.maxAttachmentBytes = attachmentRules(config).maxBytes;
  }

  execute(mail: InboundMail): Promise<ReceiveMailOutcome> {
    return this.dataSource.transaction(async (m) => {
      const now = new Date();
      const sender = senderOf(mail);
      const automated = automatedReason({ ...mail, fromAddress: mail.from?.address });
      const ignored = !sender ? 'no valid sender address' : automated ? `automated mail: ${automated}` : null;
      const thread = sender && !ignored ? await this.caseRepliedTo(m, mail) : null;
      const outcome: InboundEmailOutcome = ignored ? 'ignored' : thread ? 'note-added' : 'case-opened';
      if (outcome === 'case-opened' && sender) await this.holdToHourlyLimit(m, sender, now);
      // First, so that a copy of this mail in a concurrent transaction waits here and then sees it taken.
      const claimed: unknown[] = await m.query(
        `INSERT INTO inbound_email (message_key, received_at, outcome, case_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (message_key) DO NOTHING RETURNING message_key`,
        [mail.messageKey, now, outcome, thread?.id ?? null],
      );
      if (claimed.length === 0) return this.duplicate(m, mail.messageKey);
      if (ignored || !sender) return { outcome: 'ignored', reason: ignored ?? 'no valid sender address' };
      if (thread) {
        await this.addNote(m, thread, mail, sender, now);
        return { outcome: 'note-added', caseId: thread.id, caseNumber: thread.caseNumber };
      }
      const opened = await this.open(m, mail, sender, now);
      await m.getRepository(InboundEmailEntity).update({ messageKey: mail.messageKey }, { caseId: opened.caseId });
      return { outcome: 'case-opened', ...opened };
    });
  }

  /**
   * Loop protection: at most EMAIL_MAX_CASES_PER_SENDER_PER_HOUR new cases from one address in any hour (replies to
   * a case are notes and do not count). Mails from one sender are taken one at a time, so two at once cannot both
   * be the last one allowed.
   */
  private async holdToHourlyLimit(m: EntityManager, sender: Sender, now: Date): Promise<void> {
    const limit = this.settings.maxCasesPerSenderPerHour;
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 3834))`, [`email-sender:${sender.address}`]);
    const [{ opened }] = (await m.query(
      `SELECT count(*)::int AS opened FROM cases WHERE channel = 'email' AND lower(contact->>'email') = $1 AND created_at > $2`,
      [sender.address, new Date(now.getTime() - 3_600_000)],
    )) as { opened: number }[];
    if (opened >= limit) throw mailSenderThrottled(limit);
  }

  /** The case a reply belongs to: the number in its subject first, else the case of a mail it answers. */
  private async caseRepliedTo(m: EntityManager, mail: InboundMail): Promise<CaseEntity | null> {
    const caseNumber = caseNumberInSubject(mail.subject);
    if (caseNumber) {
      const named = await m.getRepository(CaseEntity).findOne({ where: { caseNumber } });
      if (named) return named;
    }
    if (mail.repliesTo.length === 0) return null;
    const earlier = await m.getRepository(InboundEmailEntity).find({ where: { messageKey: In(mail.repliesTo), caseId: Not(IsNull()) } });
    const newest = mail.repliesTo.map((key) => earlier.find((e) => e.messageKey === key)).find((e) => e !== undefined);
    return newest?.caseId ? m.getRepository(CaseEntity).findOne({ where: { id: newest.caseId } }) : null;
  }

  /**
   * R-IN-6: the customer's note. From the case's contact or another contact of its customer it is public; from
   * anyone else it is kept for the staff only (internal), so nobody writes into a customer's case history by
   * knowing its number.
   */
  private async addNote(m: EntityManager, c: CaseEntity, mail: InboundMail, sender: Sender, now: Date): Promise<void> {
    const fromCustomer =
      c.contact.email?.toLowerCase() === sender.address || (await this.senders.registeredWith(m, sender.address)).includes(c.customerId);
    const note = noteOf(mail.text);
    const actor = `user:${emailUser(sender).sub}`;
    const visibility = fromCustomer ? 'public' : 'internal';
    const files = this.decide(mail);
    await this.cases.log(m, c.id, {
      actor,
      kind: 'customer-note',
      visibility,
      detail: {
        channel: 'email',
        text: note.text,
        ...(note.truncated ? { truncated: true } : {}),
        ...(fromCustomer ? {} : { senderNotOnCase: true }),
        ...mailFacts(mail, sender, files),
      },
      at: now,
    });
    await this.attach(m, c.id, mail, files, actor, visibility, now);
    await m.getRepository(CaseEntity).update({ id: c.id }, { updatedAt: now });
  }

  private decide(mail: InboundMail): AttachmentDecision[] {
    return mail.attachments.map((a, i) => attachmentDecision(a, i, this.maxAttachmentBytes));
  }

  /** The attachments the case's attachment rules accept, each with its own activity entry. */
  private async attach(
    m: EntityManager,
    caseId: string,
    mail: InboundMail,
    files: AttachmentDecision[],
    actor: string,
    visibility: 'public' | 'internal',
    at: Date,
  ): Promise<void> {
    for (const [i, file] of files.entries()) {
      if (!file.store) continue;
      await storeAttachment(m, caseId, { fileName: file.fileName, contentType: file.contentType, content: mail.attachments[i].content, visibility }, actor, at);
    }
  }

  private async open(m: EntityManager, mail: InboundMail, sender: Sender, now: Date): Promise<{ caseId: string; caseNumber: string }> {
    const customer = await this.senders.resolve(m, sender, now);
    const product = reportedProduct(ownText(mail.text));
    const symptoms = symptomsOf(mail.subject, mail.text);
    // The same validation as POST /v1/cases: a mail opens exactly the cases a person could open over HTTP.
    const request = openCaseSchema.parse({
      channel: 'email',
      customerId: customer.customerId,
      contact: { name: sender.name, email: sender.address },
      productModel: product.productModel ?? NOT_GIVEN,
      serialNumber: product.serialNumber ?? NOT_GIVEN,
      symptoms: symptoms.text,
      category: this.settings.defaultCategory,
      priority: this.settings.defaultPriority,
    });
    const user = emailUser(sender, customer.customerId);
    const { body } = await this.openCase.execute(request, user, undefined, m);
    // Right after the case-opened entry, which carries the case's own creation time.
    const at = new Date(body.createdAt);
    const files = this.decide(mail);
    await this.cases.log(m, body.id, {
      actor: `user:${user.sub}`,
      kind: 'email-received',
      visibility: 'public',
      detail: {
        ...mailFacts(mail, sender, files),
        customer: { matchedBy: customer.matchedBy, otherCandidates: customer.otherCandidates },
        defaults: {
          category: this.settings.defaultCategory,
          priority: this.settings.defaultPriority,
          ...(product.productModel ? {} : { productModel: NOT_GIVEN }),
          ...(product.serialNumber ? {} : { serialNumber: NOT_GIVEN }),
        },
        ...(symptoms.truncated ? { symptomsTruncated: true } : {}),
      },
      at,
    });
    await this.attach(m, body.id, mail, files, `user:${user.sub}`, 'public', at);
    return { caseId: body.id, caseNumber: body.caseNumber };
  }

  private async duplicate(m: EntityManager, messageKey: string): Promise<ReceiveMailOutcome> {
    const first = await m.getRepository(InboundEmailEntity).findOneOrFail({ where: { messageKey } });
    const c = first.caseId ? await m.getRepository(CaseEntity).findOne({ where: { id: first.caseId } }) : null;
    return { outcome: 'duplicate', caseNumber: c?.caseNumber ?? null };
  }
}

/** Who wrote the mail: the From header, else the envelope sender; null when neither is a valid address. */
function senderOf(mail: InboundMail): Sender | null {
  for (const candidate of [mail.from, mail.envelopeFrom ? { address: mail.envelopeFrom } : null]) {
    const address = candidate?.address.trim().toLowerCase();
    if (address && emailAddress.safeParse(address).success) return { address, name: contactName(address, candidate?.name) };
  }
  return null;
}

/**
 * The sender acts as the customer opening their own case (R-IN-8: the case is theirs), identified by their address:
 * the activity log shows `user:email:<address>`.
 */
function emailUser(sender: Sender, customerId?: string): AuthUser {
  return { sub: `email:${sender.address}`, roles: ['customer'], customerId, name: sender.name };
}

/** What the activity log keeps of a mail: every attachment by name, type and size, stored or why not. */
function mailFacts(mail: InboundMail, sender: Sender, files: AttachmentDecision[]): Record<string, unknown> {
  return {
    from: sender.address,
    subject: mail.subject,
    messageId: mail.messageKey,
    attachments: mail.attachments.map((a, i) => {
      const file = files[i];
      return { name: file.fileName, contentType: a.contentType, size: a.content.length, stored: file.store, ...(file.store ? {} : { reason: file.reason }) };
    }),
  };
}
