import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, AuthUser } from '@aftersales/platform-service-defaults';
import { storeAttachment } from '../../../case-attachments/commands/add-attachment/add-attachment.command';
import { attachmentRules } from '../../../config/attachments.config';
import { OpenCaseCommand } from '../../../cases/commands/open-case/open-case.command';
import { openCaseSchema } from '../../../cases/commands/open-case/open-case.request';
import { CaseEntity } from '../../../cases/infrastructure/case.entity';
import { CaseRepository } from '../../../cases/infrastructure/case.repository';
import { Clock } from '../../../cases/infrastructure/clock';
import { ContactEntity } from '../../../customers/infrastructure/customer.entity';
import { NOT_GIVEN, attachmentDecision, clip } from '../../../email/domain/inbound-mail.policy';
import { REPLIES, WechatInbound, identificationIn, inboundKey, mobileDigits, productInChat } from '../../domain/wechat-protocol';
import { WechatChannelSettings, wechatChannelSettings } from '../../wechat.config';
import { WechatFollowerEntity, WechatInboundEntity, WechatInboundOutcome } from '../../infrastructure/wechat.entities';

/** A picture WeChat posted, fetched from its PicUrl before the transaction (null when it could not be). */
export interface FetchedPicture {
  content: Buffer;
  contentType: string;
}

interface Outcome {
  outcome: WechatInboundOutcome;
  caseId: string | null;
  reply: string | null;
}

/** Statuses in which a follower's next message is added to their case rather than opening another. */
const OPEN = ['new', 'acknowledged', 'in-progress', 'waiting-on-customer', 'waiting-on-parts', 'reopened'];

/**
 * R-IN-1 WeChat channel: a message to the official account opens a case, or is added to the follower's open case
 * (R-IN-6), in one transaction that also records the post by its MsgId with the reply given, so WeChat's retries
 * change nothing and get the same reply. A follower is linked to a customer contact the first time they identify
 * themselves by a registered mobile number or a case number; until then they are asked to, and what they wrote
 * waits to open their case.
 */
@Injectable()
export class ReceiveWechatMessageCommand {
  private readonly logger = new Logger('WechatChannel');
  private readonly settings: WechatChannelSettings;
  private readonly maxAttachmentBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly openCase: OpenCaseCommand,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.settings = wechatChannelSettings(config);
    this.maxAttachmentBytes = attachmentRules(config).maxBytes;
  }

  /** The passive reply's text, or null for none (the controller answers `success`). */
  async execute(message: WechatInbound, picture: FetchedPicture | null = null): Promise<string | null> {
    const key = inboundKey(message);
    return this.dataSource.transaction(async (m) => {
      // A retry that arrives while the first post is still in its transaction waits here, then finds it recorded.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`wechat:${message.fromUserName}`]);
      const earlier = await m.getRepository(WechatInboundEntity).findOne({ where: { inboundKey: key } });
      if (earlier) return earlier.replyText;
      const now = this.clock.now();
      const follower = await this.follower(m, message, now);
      const result = await this.handle(m, follower, message, picture, now);
      await m.getRepository(WechatFollowerEntity).save(follower);
      await m.getRepository(WechatInboundEntity).insert({
        inboundKey: key,
        openId: message.fromUserName,
        receivedAt: now,
        outcome: result.outcome,
        caseId: result.caseId,
        replyText: result.reply,
      });
      this.logger.log(`wechat ${message.msgType}: ${result.outcome}`);
      return result.reply;
    });
  }

  private async follower(m: EntityManager, message: WechatInbound, now: Date): Promise<WechatFollowerEntity> {
    const known = await m.getRepository(WechatFollowerEntity).findOne({ where: { openId: message.fromUserName } });
    const follower =
      known ??
      Object.assign(new WechatFollowerEntity(), {
        openId: message.fromUserName,
        accountId: message.toUserName,
        customerId: null,
        contactId: null,
        linkedBy: null,
        linkedAt: null,
        pendingText: null,
        subscribed: true,
      });
    // Any message or event from the follower opens WeChat's 48-hour window for messages back to them.
    follower.lastMessageAt = now;
    return follower;
  }

  private async handle(m: EntityManager, follower: WechatFollowerEntity, message: WechatInbound, picture: FetchedPicture | null, now: Date): Promise<Outcome> {
    if (message.msgType === 'event') {
      const event = (message.event ?? '').toLowerCase();
      if (event === 'unsubscribe') {
        follower.subscribed = false;
        return { outcome: 'ignored', caseId: null, reply: null };
      }
      if (event === 'subscribe') {
        follower.subscribed = true;
        return { outcome: follower.customerId ? 'ignored' : 'asked-to-identify', caseId: null, reply: follower.customerId ? null : REPLIES.askToIdentify };
      }
      return { outcome: 'ignored', caseId: null, reply: null };
    }
    const text = textOf(message);
    if (text === null) return { outcome: 'ignored', caseId: null, reply: REPLIES.unsupported };
    if (!follower.customerId) return this.identify(m, follower, text, now);
    return this.fromCustomer(m, follower, message, text, picture, now);
  }

  /** An unknown follower: a registered mobile number or a case number links them; anything else is kept and asked. */
  private async identify(m: EntityManager, follower: WechatFollowerEntity, text: string, now: Date): Promise<Outcome> {
    const said = identificationIn(text);
    if (!said) {
      follower.pendingText = clip([follower.pendingText, text].filter(Boolean).join('\n')).text;
      return { outcome: 'asked-to-identify', caseId: null, reply: REPLIES.askToIdentify };
    }
    const contact = said.by === 'phone' ? await this.contactWithMobile(m, said.digits) : await this.contactOfCase(m, said.caseNumber);
    if (!contact) return { outcome: 'asked-to-identify', caseId: null, reply: REPLIES.notFound };
    Object.assign(follower, { customerId: contact.customerId, contactId: contact.id, linkedBy: said.by, linkedAt: now });
    const pending = follower.pendingText;
    follower.pendingText = null;
    if (!pending) return { outcome: 'linked', caseId: null, reply: REPLIES.linked(contact.name) };
    const opened = await this.open(m, follower, contact, pending, now);
    return { outcome: 'case-opened', caseId: opened.id, reply: `${REPLIES.linked(contact.name)}\n${REPLIES.opened(opened.caseNumber)}` };
  }

  private async fromCustomer(
    m: EntityManager,
    follower: WechatFollowerEntity,
    message: WechatInbound,
    text: string,
    picture: FetchedPicture | null,
    now: Date,
  ): Promise<Outcome> {
    const contact = follower.contactId ? await m.getRepository(ContactEntity).findOne({ where: { id: follower.contactId } }) : null;
    if (!contact || !follower.customerId) {
      // The contact was removed since: ask again rather than file under nobody.
      Object.assign(follower, { customerId: null, contactId: null, linkedBy: null, linkedAt: null, pendingText: text });
      return { outcome: 'asked-to-identify', caseId: null, reply: REPLIES.askToIdentify };
    }
    const open = await this.openCaseOf(m, follower, text);
    const actor = `user:wechat:${follower.openId}`;
    if (open) {
      await this.cases.log(m, open.id, {
        actor,
        kind: 'customer-note',
        visibility: 'public',
        detail: { channel: 'wechat', text: clip(text).text, ...mediaFacts(message) },
        at: now,
      });
      await this.attachPicture(m, open.id, message, picture, actor, now);
      await m.getRepository(CaseEntity).update({ id: open.id }, { updatedAt: now });
      return { outcome: 'note-added', caseId: open.id, reply: REPLIES.added(open.caseNumber) };
    }
    const opened = await this.open(m, follower, contact, text, now, message);
    await this.attachPicture(m, opened.id, message, picture, actor, now);
    return { outcome: 'case-opened', caseId: opened.id, reply: REPLIES.opened(opened.caseNumber) };
  }

  /**
   * The case a linked follower's message belongs to: the one of their customer it names by number, else the newest
   * case this follower opened over WeChat that is still open; null opens a new one.
   */
  private async openCaseOf(m: EntityManager, follower: WechatFollowerEntity, text: string): Promise<CaseEntity | null> {
    const named = identificationIn(text);
    if (named?.by === 'case-number') {
      const c = await m.getRepository(CaseEntity).findOne({ where: { caseNumber: named.caseNumber } });
      if (c && c.customerId === follower.customerId && OPEN.includes(c.status)) return c;
    }
    const rows: { case_id: string }[] = await m.query(
      `SELECT w.case_id FROM wechat_inbound w JOIN cases c ON c.id = w.case_id
        WHERE w.open_id = $1 AND w.outcome = 'case-opened' AND c.customer_id = $2 AND c.status = ANY($3)
        ORDER BY w.received_at DESC LIMIT 1`,
      [follower.openId, follower.customerId, OPEN],
    );
    return rows[0] ? m.getRepository(CaseEntity).findOne({ where: { id: rows[0].case_id } }) : null;
  }

  private async open(
    m: EntityManager,
    follower: WechatFollowerEntity,
    contact: ContactEntity,
    text: string,
    now: Date,
    message?: WechatInbound,
  ): Promise<{ id: string; caseNumber: string }> {
    const product = productInChat(text);
    // The same validation as POST /v1/cases: a message opens exactly the cases a person could open over HTTP.
    const request = openCaseSchema.parse({
      channel: 'wechat',
      customerId: contact.customerId,
      contact: { name: contact.name, ...(contact.phone ? { phone: contact.phone } : {}), ...(contact.email ? { email: contact.email } : {}) },
      productModel: product.productModel ?? NOT_GIVEN,
      serialNumber: product.serialNumber ?? NOT_GIVEN,
      symptoms: clip(text).text,
      category: this.settings.defaultCategory,
      priority: this.settings.defaultPriority,
    });
    const user: AuthUser = { sub: `wechat:${follower.openId}`, roles: ['customer'], customerId: contact.customerId, name: contact.name };
    const { body } = await this.openCase.execute(request, user, undefined, m);
    await this.cases.log(m, body.id, {
      actor: `user:${user.sub}`,
      kind: 'wechat-received',
      visibility: 'public',
      detail: {
        channel: 'wechat',
        account: follower.accountId,
        linkedBy: follower.linkedBy,
        ...(message ? mediaFacts(message) : {}),
        defaults: { category: this.settings.defaultCategory, priority: this.settings.defaultPriority },
      },
      at: new Date(body.createdAt),
    });
    return { id: body.id, caseNumber: body.caseNumber };
  }

  private async attachPicture(m: EntityManager, caseId: string, message: WechatInbound, picture: FetchedPicture | null, actor: string, now: Date): Promise<void> {
    if (message.msgType !== 'image' || !picture) return;
    const decision = attachmentDecision({ filename: `wechat-${message.msgId ?? message.createTime}.jpg`, ...picture }, 0, this.maxAttachmentBytes);
    if (!decision.store) {
      await this.cases.log(m, caseId, { actor, kind: 'attachment-refused', visibility: 'internal', detail: { channel: 'wechat', fileName: decision.fileName, reason: decision.reason }, at: now });
      return;
    }
    await storeAttachment(m, caseId, { fileName: decision.fileName, contentType: decision.contentType, content: picture.content, visibility: 'public' }, actor, now);
  }

  /** A registered contact with this mainland mobile number, the one registered first. */
  private async contactWithMobile(m: EntityManager, digits: string): Promise<ContactEntity | null> {
    const candidates = await m
      .getRepository(ContactEntity)
      .createQueryBuilder('c')
      .where(`c.phone_digits LIKE :suffix`, { suffix: `%${digits}` })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(20)
      .getMany();
    return candidates.find((c) => mobileDigits(c.phone) === digits) ?? null;
  }

  /** The contact of a case the follower names: the customer's contact with the case's phone, else its first. */
  private async contactOfCase(m: EntityManager, caseNumber: string): Promise<ContactEntity | null> {
    const c = await m.getRepository(CaseEntity).findOne({ where: { caseNumber } });
    if (!c) return null;
    const contacts = await m.getRepository(ContactEntity).find({ where: { customerId: c.customerId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const phone = mobileDigits(c.contact.phone);
    return contacts.find((x) => phone && mobileDigits(x.phone) === phone) ?? contacts.find((x) => x.name === c.contact.name) ?? contacts[0] ?? null;
  }
}

/** What a message says in words: its text, a voice message's recognised speech, or a marker for a picture or voice. */
function textOf(message: WechatInbound): string | null {
  switch (message.msgType) {
    case 'text':
      return (message.content ?? '').trim() || null;
    case 'image':
      return '[图片 picture]';
    case 'voice':
      return message.recognition?.trim() || '[语音 voice message]';
    default:
      return null;
  }
}

/** The media of a picture or voice message, as the activity log keeps it (WeChat's media id fetches it for 3 days). */
function mediaFacts(message: WechatInbound): Record<string, unknown> {
  if (message.msgType === 'image') return { messageType: 'image', mediaId: message.mediaId ?? null };
  if (message.msgType === 'voice') return { messageType: 'voice', mediaId: message.mediaId ?? null, format: message.format ?? null };
  return { messageType: message.msgType };
}
