import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { NotificationRules, notificationRules } from '../../../config/notifications.config';
import { Channel } from '../../../directory/domain/directory';
import { PersonEntity } from '../../../directory/infrastructure/directory.entity';
import { DirectoryRepository } from '../../../directory/infrastructure/directory.repository';
import { TemplateRenderer } from '../../../templates/template.renderer';
import { Priority, holdsInQuietHours, quietUntil } from '../../domain/quiet-hours';
import { smsLength, smsSegments } from '../../domain/sms-length';
import { unresolvedRecipients } from '../../delivery.metrics';
import { DeliveryEntity, UnresolvedRecipientEntity } from '../../infrastructure/delivery.entity';
import { DeliveryTimers } from '../../timers/delivery.timers';

/** What an event asks to be told, and to whom (a NoticeSpec of the notice catalogue, with the event it came from). */
export interface NoticeRequest {
  eventId: string;
  eventType: string;
  /** The template family, e.g. sla-breached. */
  notice: string;
  caseId: string | null;
  priority: Priority | null;
  /** Goes through quiet hours whatever the priority (R-SLA-4: the engineer must call now). */
  urgent: boolean;
  roles: readonly string[];
  users: readonly string[];
  /** The channels the event asks for; `preferred`: the person's preferred one. In-app is always added. */
  channels: readonly Channel[] | 'preferred';
  /** The template variables for one person (dates in their time zone). Never customer contact data. */
  context: (person: PersonEntity) => Record<string, string | number>;
  now: Date;
}

const ADDRESS: Record<Channel, (p: PersonEntity) => string | null> = { email: (p) => p.email, sms: (p) => p.phone, 'in-app': () => null, dingtalk: (p) => p.phone, wecom: (p) => p.phone };
/** A robot message says what the in-app notice says (subject and body); no templates of its own. */
const TEMPLATE_CHANNEL: Record<Channel, string> = { email: 'email', sms: 'sms', 'in-app': 'in-app', dingtalk: 'in-app', wecom: 'in-app' };

/**
 * R-SLA-7: resolves who is told, records who could not be resolved, and writes one delivery per (event, person,
 * channel) in the consumer's transaction; a redelivered event adds nothing (unique key). Queued deliveries get their
 * first send attempt as a durable timer; SMS in quiet hours is held for the morning digest.
 */
@Injectable()
export class NotifyCommand {
  private readonly logger = new Logger('Notify');
  private readonly rules: NotificationRules;

  constructor(
    private readonly directory: DirectoryRepository,
    private readonly renderer: TemplateRenderer,
    private readonly timers: DeliveryTimers,
    config: AppConfig,
  ) {
    this.rules = notificationRules(config);
  }

  async execute(m: EntityManager, request: NoticeRequest): Promise<void> {
    // R-SLA-7: roles resolve in the case's branch (its site's region, else its engineer's home unit), else platform-wide.
    const { people, unresolved, orgUnit } = await this.directory.resolve(m, { roles: request.roles, users: request.users, caseId: request.caseId, at: request.now });
    for (const u of unresolved) {
      this.logger.warn(`${request.eventType} ${request.eventId}: unresolved ${u.kind} ${u.ref}: ${u.reason}`);
      const recorded = await m
        .createQueryBuilder()
        .insert()
        .into(UnresolvedRecipientEntity)
        .values({ id: uuidv7(), eventId: request.eventId, eventType: request.eventType, caseId: request.caseId, kind: u.kind, ref: u.ref, reason: u.reason, orgUnit, recordedAt: request.now })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((recorded.raw as unknown[]).length > 0) unresolvedRecipients.inc({ kind: u.kind });
    }
    const planned: Planned[] = [];
    for (const person of people) {
      const asked = request.channels === 'preferred' ? [person.preferredChannel as Channel] : request.channels;
      for (const channel of [...new Set<Channel>([...asked, 'in-app'])]) planned.push(await this.plan(m, request, person, channel));
    }
    if (planned.length === 0) return;
    // One statement for every delivery of the notice; a key seen before (redelivery, replay, a replica) adds nothing
    // and schedules nothing.
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values(planned.map((p) => p.row))
      .orIgnore()
      .returning(['id'])
      .execute();
    const inserted = new Set((result.raw as { id: string }[]).map((r) => r.id));
    for (const { row, then } of planned) {
      if (!inserted.has(row.id as string)) continue;
      if (then.kind === 'attempt') await this.timers.scheduleAttempt(m, row.id as string, 1, request.now);
      if (then.kind === 'digest') await this.timers.scheduleDigest(m, then.personId, then.at);
    }
  }

  /** One delivery's row, and what follows once it is stored: its first attempt, the digest it waits for, or nothing. */
  private async plan(m: EntityManager, request: NoticeRequest, person: PersonEntity, channel: Channel): Promise<Planned> {
    const row: Partial<DeliveryEntity> = {
      id: uuidv7(),
      key: `${request.eventId}:${person.id}:${channel}`,
      eventId: request.eventId,
      eventType: request.eventType,
      notice: request.notice,
      caseId: request.caseId,
      personId: person.id,
      channel,
      address: ADDRESS[channel](person),
      priority: request.priority,
      urgent: request.urgent,
      language: person.language,
      attempts: 0,
      queuedAt: request.now,
      body: '',
    };
    try {
      const rendered = await this.renderer.render(m, request.notice, person.language, TEMPLATE_CHANNEL[channel], request.context(person));
      Object.assign(row, {
        templateId: rendered.templateId,
        templateVersion: rendered.templateVersion,
        subject: rendered.subject,
        body: rendered.body,
        smsTemplateCode: channel === 'sms' ? rendered.smsTemplateCode : null,
        smsParams: channel === 'sms' ? rendered.smsParams : null,
      });
    } catch (error) {
      return { row: { ...row, status: 'failed', failedAt: request.now, lastError: `TEMPLATE: ${(error as Error).message}` }, then: NOTHING };
    }
    if (channel === 'in-app') return { row: { ...row, status: 'sent', sentAt: request.now }, then: NOTHING };
    if (!row.address) {
      return { row: { ...row, status: 'failed', failedAt: request.now, lastError: `NO_ADDRESS: ${person.name} has no ${channel === 'email' ? 'email' : 'phone'}` }, then: NOTHING };
    }
    if (channel === 'sms') {
      const length = smsLength(this.rules.smsSignName, row.body ?? '');
      const segments = smsSegments(length);
      if (segments > this.rules.smsMaxSegments) {
        return { row: { ...row, status: 'failed', failedAt: request.now, lastError: `SMS_TOO_LONG: ${length} characters, ${segments} segments > ${this.rules.smsMaxSegments}` }, then: NOTHING };
      }
    }
    const quiet =
      person.quietHoursStart && person.quietHoursEnd ? quietUntil({ start: person.quietHoursStart, end: person.quietHoursEnd, timeZone: person.timeZone }, request.now) : null;
    if (quiet && holdsInQuietHours({ priority: request.priority, urgent: request.urgent }, channel)) {
      return { row: { ...row, status: 'held', holdUntil: quiet }, then: { kind: 'digest', personId: person.id, at: quiet } };
    }
    return { row: { ...row, status: 'queued' }, then: { kind: 'attempt' } };
  }
}

interface Planned {
  row: Partial<DeliveryEntity>;
  then: { kind: 'nothing' } | { kind: 'attempt' } | { kind: 'digest'; personId: string; at: Date };
}

const NOTHING = { kind: 'nothing' } as const;
