import { EventContract, EventData } from '@aftersales/contracts-core';
import { WorkOrderAcknowledgementRemindedV1, WorkOrderAssignedV1 } from '@aftersales/contracts-dispatch';
import { CaseEscalatedV1, SlaBreachedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { ComplaintDeadlineWarningV1, ComplaintEscalatedV1, ComplaintNotify } from '@aftersales/contracts-complaints';
import { DepotRepairStepRecordedV1, RmaDeadlineMissedV1, RmaDeadlineWarnedV1, RmaReturnChasedV1, RmaReturnOverdueV1, RmaReturnRemindedV1 } from '@aftersales/contracts-rma-inventory';
import { SurveyRemindedV1, SurveySentV1 } from '@aftersales/contracts-surveys';
import { ContractExpiringV1 } from '@aftersales/contracts-warranty';
import { Channel } from '../../directory/domain/directory';
import { PersonEntity } from '../../directory/infrastructure/directory.entity';
import { localTime } from '../domain/format';
import { Priority } from '../domain/quiet-hours';

/**
 * One notice an event calls for (docs/notifications.md, "The notice catalogue"): the template family, who is told
 * and how, how pressing it is, and the template variables for one person (a fixed list of fields, never the whole
 * event, never customer contact data).
 */
export interface NoticeSpec {
  /** The template family (notification_templates.notice), e.g. sla-breached; its templates come in a migration. */
  notice: string;
  caseId: string | null;
  /** P1/P2 pass quiet hours and the SMS limit; P3/P4 and null wait for them. */
  priority: Priority | null;
  /** Passes quiet hours and the SMS limit whatever the priority (R-SLA-4: the engineer must call now). */
  urgent: boolean;
  /** Roles resolved in the case's branch by the directory (R-SLA-7), and people named by id. */
  roles: readonly string[];
  users: readonly string[];
  /** The channels asked for, or each person's preferred one; in-app is always added. */
  channels: readonly Channel[] | 'preferred';
  context: (person: PersonEntity) => Record<string, string | number>;
}

/** A registration: the event, its durable consumer (one per entry, shared by replicas), and the notices it calls for. */
export interface NoticeDefinition<C extends EventContract = EventContract> {
  contract: C;
  /** The consumer's purpose: `notifications__<consumer>`. Never rename it (the consumer's position is kept under it). */
  consumer: string;
  /** Usually one notice; none when this event is not a notice (e.g. a first assignment). */
  notices: (data: EventData<C>) => NoticeSpec[];
}

/** Typed registration (the data type follows the contract). */
export function defineNotice<C extends EventContract>(d: NoticeDefinition<C>): NoticeDefinition {
  return d as unknown as NoticeDefinition;
}

/**
 * Every event that calls for a notice. Adding one is an entry here plus its templates (zh-CN and en, email, SMS,
 * in-app) in a migration; the consumer, dedupe, quiet hours, retries and delivery status come with it.
 */
export const NOTICE_CATALOGUE: readonly NoticeDefinition[] = [
  // R-SLA-7: intake's ladder steps name who is told (roles and users) and how (email and SMS).
  defineNotice({
    contract: SlaWarningV1,
    consumer: 'notify-sla-warning',
    notices: (d) => [
      {
        notice: 'sla-warning',
        caseId: d.caseId,
        priority: d.priority,
        urgent: false,
        roles: d.recipients.roles,
        users: d.recipients.users,
        channels: d.recipients.channels,
        context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, remainingMinutes: d.remainingMinutes, reason: d.reason, dueAt: localTime(d.dueAt, p.timeZone) }),
      },
    ],
  }),
  defineNotice({
    contract: SlaBreachedV1,
    consumer: 'notify-sla-breached',
    notices: (d) => [
      {
        notice: 'sla-breached',
        caseId: d.caseId,
        priority: d.priority,
        urgent: false,
        roles: d.recipients.roles,
        users: d.recipients.users,
        channels: d.recipients.channels,
        context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, dueAt: localTime(d.dueAt, p.timeZone) }),
      },
    ],
  }),
  defineNotice({
    contract: CaseEscalatedV1,
    consumer: 'notify-case-escalated',
    notices: (d) => [
      {
        notice: 'case-escalated',
        caseId: d.caseId,
        priority: d.priority,
        urgent: false,
        roles: d.recipients.roles,
        users: d.recipients.users,
        channels: d.recipients.channels,
        context: (p) => ({ caseNumber: d.caseNumber, priority: d.priority, clock: d.clock, level: d.level, reason: d.reason, reactBy: localTime(d.reactBy, p.timeZone) }),
      },
    ],
  }),
  // R-SLA-4: the engineer who has not contacted the customer 30/45 minutes after assignment is reminded; urgent, the
  // customer is waiting, so quiet hours do not hold it. Engineers are named by dispatch's engineer id.
  defineNotice({
    contract: WorkOrderAcknowledgementRemindedV1,
    consumer: 'notify-acknowledgement-reminded',
    notices: (d) => [
      {
        notice: 'acknowledgement-reminder',
        caseId: d.caseId,
        priority: null,
        urgent: true,
        roles: [],
        users: [d.engineerId],
        channels: 'preferred',
        context: (p) => ({ workOrderNumber: d.workOrderNumber, minutes: d.minutesSinceAssignment, respondBy: localTime(d.respondBy, p.timeZone) }),
      },
    ],
  }),
  // R-SLA-4: a reassignment tells the new engineer to respond at once and the previous one that the order went
  // elsewhere. First assignments reach the engineer through dispatch's work board: not a notice.
  defineNotice({
    contract: WorkOrderAssignedV1,
    consumer: 'notify-work-order-reassigned',
    notices: (d) => {
      if (d.assignment !== 'reassigned') return [];
      const base = { caseId: d.caseId, priority: null, urgent: true, roles: [], channels: 'preferred' as const, context: () => ({ workOrderNumber: d.workOrderNumber }) };
      return [{ ...base, notice: 'reassigned-to-you', users: [d.engineerId] }, ...(d.previousEngineerId ? [{ ...base, notice: 'reassigned-away', users: [d.previousEngineerId] }] : [])];
    },
  }),
  // R-WA-6: a service contract or extended warranty ends soon: the sales manager on the roster offers the renewal,
  // and the customer's contact is told if the directory knows them (by the customer id as an external id). Not
  // pressing: quiet hours hold its SMS.
  defineNotice({
    contract: ContractExpiringV1,
    consumer: 'notify-contract-expiring',
    notices: (d) => [
      {
        notice: 'contract-expiring',
        caseId: null,
        priority: 'P4',
        urgent: false,
        roles: ['sales-manager'],
        users: d.customerId ? [d.customerId] : [],
        channels: ['email'],
        context: () => ({ contractNumber: d.contractNumber, serialNumber: d.serialNumber, tier: d.tier, endsOn: d.endsOn, daysLeft: d.daysLeft }),
      },
    ],
  }),
  // R-SV-1: the closed case's survey invitation and its reminder reach the customer by their preferred channel
  // (the directory knows customers by their customer id as an external id); not pressing, quiet hours hold it.
  defineNotice({
    contract: SurveySentV1,
    consumer: 'notify-survey-invitation',
    notices: (d) => [customerNotice('survey-invitation', d.caseId, d.recipient.customerId, () => ({ caseNumber: d.caseNumber, title: d.title, link: d.link, expiresAt: d.expiresAt.slice(0, 10) }))],
  }),
  defineNotice({
    contract: SurveyRemindedV1,
    consumer: 'notify-survey-reminder',
    notices: (d) => [customerNotice('survey-reminder', d.caseId, d.recipient.customerId, () => ({ caseNumber: d.caseNumber, title: d.title, link: d.link, expiresAt: d.expiresAt.slice(0, 10) }))],
  }),
  // R-CP-4: a complaint deadline close, and each rung of the complaint ladder, reach the people the event names.
  defineNotice({
    contract: ComplaintDeadlineWarningV1,
    consumer: 'notify-complaint-deadline-warning',
    notices: (d) => [
      {
        notice: 'complaint-deadline-warning',
        caseId: null,
        priority: 'P2',
        urgent: false,
        ...complaintAudience(d.notify),
        channels: ['email'],
        context: (p) => ({ complaintNumber: d.complaintNumber, deadline: d.deadline, dueAt: localTime(d.dueAt, p.timeZone) }),
      },
    ],
  }),
  defineNotice({
    contract: ComplaintEscalatedV1,
    consumer: 'notify-complaint-escalated',
    notices: (d) => [
      {
        notice: 'complaint-escalated',
        caseId: null,
        priority: 'P1',
        urgent: false,
        ...complaintAudience(d.notify),
        channels: ['email', 'sms'],
        context: (p) => ({ complaintNumber: d.complaintNumber, deadline: d.deadline, level: d.level, reactBy: localTime(d.reactBy, p.timeZone) }),
      },
    ],
  }),
  // R-RMA-3: the faulty unit's return is due, overdue, chased: the customer is told each time.
  defineNotice({
    contract: RmaReturnRemindedV1,
    consumer: 'notify-rma-return-reminded',
    notices: (d) => [customerNotice('rma-return-reminder', d.caseId, d.customerId, () => ({ rmaNumber: d.rmaNumber, serialNumber: d.serialNumber, returnDueOn: d.returnDueOn }))],
  }),
  defineNotice({
    contract: RmaReturnOverdueV1,
    consumer: 'notify-rma-return-overdue',
    notices: (d) => [customerNotice('rma-return-overdue', d.caseId, d.customerId, () => ({ rmaNumber: d.rmaNumber, serialNumber: d.serialNumber, returnDueOn: d.returnDueOn }))],
  }),
  defineNotice({
    contract: RmaReturnChasedV1,
    consumer: 'notify-rma-return-chased',
    notices: (d) => [customerNotice('rma-return-chaser', d.caseId, d.customerId, () => ({ rmaNumber: d.rmaNumber, serialNumber: d.serialNumber, returnDueOn: d.returnDueOn, chaser: d.chaser, of: d.of }))],
  }),
  // R-RMA-6: each step of a carry-in or mail-in repair (received and checked, diagnosed, quoted, repaired, QC, shipped
  // back) is told to the customer, in the words the depot recorded for them.
  defineNotice({
    contract: DepotRepairStepRecordedV1,
    consumer: 'notify-depot-repair-step',
    notices: (d) => [customerNotice('depot-repair-step', d.caseId, d.customerId, () => ({ repairNumber: d.repairNumber, serialNumber: d.serialNumber, step: d.step, summary: d.summary }))],
  }),
  // R-RMA-2, R-RMA-7: an RMA clock close or missed (review, ship-by, processing) reaches the RMA administrators, and a
  // missed review its manager.
  defineNotice({
    contract: RmaDeadlineWarnedV1,
    consumer: 'notify-rma-deadline-warned',
    notices: (d) => [
      { notice: 'rma-deadline-warning', caseId: d.caseId, priority: 'P3', urgent: false, roles: ['rma-admin'], users: [], channels: ['email'], context: (p) => ({ rmaNumber: d.rmaNumber, clock: d.clock, dueAt: localTime(d.dueAt, p.timeZone) }) },
    ],
  }),
  defineNotice({
    contract: RmaDeadlineMissedV1,
    consumer: 'notify-rma-deadline-missed',
    notices: (d) => [
      {
        notice: 'rma-deadline-missed',
        caseId: d.caseId,
        priority: 'P2',
        urgent: false,
        roles: ['rma-admin', ...(d.escalatedTo ? [d.escalatedTo] : [])],
        users: [],
        channels: ['email', 'sms'],
        context: (p) => ({ rmaNumber: d.rmaNumber, clock: d.clock, dueAt: localTime(d.dueAt, p.timeZone) }),
      },
    ],
  }),
];

/** A notice to a customer, named by their customer id (the directory's external id), by their preferred channel. */
function customerNotice(notice: string, caseId: string | null, customerId: string | null, context: () => Record<string, string | number>): NoticeSpec {
  return { notice, caseId, priority: 'P4', urgent: false, roles: [], users: customerId ? [customerId] : [], channels: 'preferred', context };
}

/** Who a complaint event says must be told: named people by id, else the holders of the audience's role. */
const COMPLAINT_ROLES: Record<ComplaintNotify[number]['audience'], string> = {
  officer: 'complaint-officer',
  manager: 'complaint-manager',
  management: 'management',
  customer: 'customer',
  'technical-center': 'technical-manager',
};
function complaintAudience(notify: ComplaintNotify): { roles: string[]; users: string[] } {
  const users = notify.filter((n) => n.userId).map((n) => n.userId as string);
  const roles = notify.filter((n) => !n.userId && n.audience !== 'customer').map((n) => COMPLAINT_ROLES[n.audience]);
  return { roles: [...new Set(roles)], users: [...new Set(users)] };
}
