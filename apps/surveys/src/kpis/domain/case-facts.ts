/**
 * What the KPIs know of one case (R-SV-4): a fold of the facts other services published about it. The fold is
 * order-independent (events of different producers arrive in any order), and a fact applied twice changes
 * nothing, so a replayed event or a late one gives the same case.
 */
export interface CaseFacts {
  caseId: string;
  openedAt: string | null;
  customerId: string | null;
  productModel: string | null;
  serialNumber: string | null;
  category: string | null;
  priority: string | null;
  channel: string | null;
  /** Intake's assignee (the subject of their token), used when no work order names an engineer. */
  caseAssignee: string | null;
  /** Dispatch's engineer on the latest work-order assignment, with when, and its branch. */
  workOrderEngineer: string | null;
  workOrderAssignedAt: string | null;
  branch: string | null;
  /** The service contract in force (warranty's entitlement decision): the unit is part of a fleet under contract. */
  contractId: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopenedAt: string | null;
  /** Intervals the case waited on the customer (R-SLA-6: the clock stands still). */
  waits: { from: string; to: string | null }[];
  /** Work orders completed for the case, with the visits each took. */
  workOrders: { workOrderId: string; visits: number | null; completedAt: string }[];
  /** The highest visit number that ended without the repair done, per work order. */
  incompleteVisits: Record<string, number>;
  /** R-DS-6: the repair this case repeats (same unit, same fault, within 3 months). */
  repeatOfCaseId: string | null;
  /** R-DS-6: later cases that repeated this case's repair. */
  repeatedByCaseIds: string[];
  csat: number | null;
  csatAt: string | null;
  nps: number | null;
  npsAt: string | null;
  complaintIds: string[];
  /** R-SLA-7: one entry per clock that breached (the first breach of it). */
  breaches: { clock: string; at: string }[];
}

export type CaseFact =
  | { kind: 'opened'; caseId: string; at: string; customerId: string; productModel: string; serialNumber: string; category: string; priority: string; channel: string }
  | { kind: 'priority-changed'; caseId: string; at: string; priority: string }
  | { kind: 'assigned'; caseId: string; at: string; assigneeId: string }
  | { kind: 'status-changed'; caseId: string; at: string; from: string; to: string }
  | { kind: 'resolved'; caseId: string; at: string }
  | { kind: 'closed'; caseId: string; at: string; customerId: string; productModel: string; category: string }
  | { kind: 'sla-breached'; caseId: string; at: string; clock: string; priority: string }
  | { kind: 'work-order-assigned'; caseId: string; at: string; engineerId: string; branch: string | null }
  | { kind: 'work-order-completed'; caseId: string; at: string; workOrderId: string; engineerId: string; visits: number | null }
  | { kind: 'visit-incomplete'; caseId: string; at: string; workOrderId: string; visitNumber: number }
  | { kind: 'repeat-flagged'; caseId: string; at: string; previousCaseId: string; serialNumber: string; productModel: string }
  | { kind: 'repeated-by'; caseId: string; at: string; laterCaseId: string }
  | { kind: 'entitlement'; caseId: string; at: string; contractId: string | null; serialNumber: string; productModel: string }
  | { kind: 'complaint'; caseId: string; at: string; complaintId: string; customerId: string }
  | { kind: 'survey-response'; caseId: string; at: string; customerId: string; csat: number | null; nps: number | null };

export function emptyCase(caseId: string): CaseFacts {
  return {
    caseId,
    openedAt: null,
    customerId: null,
    productModel: null,
    serialNumber: null,
    category: null,
    priority: null,
    channel: null,
    caseAssignee: null,
    workOrderEngineer: null,
    workOrderAssignedAt: null,
    branch: null,
    contractId: null,
    resolvedAt: null,
    closedAt: null,
    reopenedAt: null,
    waits: [],
    workOrders: [],
    incompleteVisits: {},
    repeatOfCaseId: null,
    repeatedByCaseIds: [],
    csat: null,
    csatAt: null,
    nps: null,
    npsAt: null,
    complaintIds: [],
    breaches: [],
  };
}

const later = (a: string | null, b: string): string => (a && a > b ? a : b);
const isLater = (a: string | null, b: string): boolean => !a || b >= a;

/** The case with one more fact; the input is not changed. */
export function applyFact(before: CaseFacts, fact: CaseFact): CaseFacts {
  const c: CaseFacts = structuredClone(before);
  switch (fact.kind) {
    case 'opened':
      c.openedAt = fact.at;
      c.customerId = fact.customerId;
      c.productModel = fact.productModel;
      c.serialNumber = fact.serialNumber;
      c.category = fact.category;
      c.channel = fact.channel;
      // A priority change may have arrived first: the opening's priority does not override it.
      c.priority ??= fact.priority;
      break;
    case 'priority-changed':
      c.priority = fact.priority;
      break;
    case 'assigned':
      c.caseAssignee = fact.assigneeId;
      break;
    case 'status-changed':
      if (fact.to === 'waiting-on-customer' && !c.waits.some((w) => w.from === fact.at)) c.waits.push({ from: fact.at, to: null });
      if (fact.from === 'waiting-on-customer') {
        const open = c.waits.filter((w) => w.to === null && w.from <= fact.at).sort((a, b) => b.from.localeCompare(a.from))[0];
        if (open) open.to = fact.at;
      }
      // R-IN-7: a reopened case is unresolved again until it is resolved anew.
      if (fact.to === 'reopened') c.reopenedAt = later(c.reopenedAt, fact.at);
      c.waits.sort((a, b) => a.from.localeCompare(b.from));
      break;
    case 'resolved':
      c.resolvedAt = later(c.resolvedAt, fact.at);
      break;
    case 'closed':
      c.closedAt = later(c.closedAt, fact.at);
      c.customerId ??= fact.customerId;
      c.productModel ??= fact.productModel;
      c.category ??= fact.category;
      break;
    case 'sla-breached':
      if (!c.breaches.some((b) => b.clock === fact.clock)) c.breaches.push({ clock: fact.clock, at: fact.at });
      c.priority ??= fact.priority;
      break;
    case 'work-order-assigned':
      if (isLater(c.workOrderAssignedAt, fact.at)) {
        c.workOrderEngineer = fact.engineerId;
        c.workOrderAssignedAt = fact.at;
        if (fact.branch) c.branch = fact.branch;
      }
      break;
    case 'work-order-completed':
      if (!c.workOrders.some((w) => w.workOrderId === fact.workOrderId)) {
        c.workOrders.push({ workOrderId: fact.workOrderId, visits: fact.visits, completedAt: fact.at });
      }
      c.workOrderEngineer ??= fact.engineerId;
      break;
    case 'visit-incomplete':
      c.incompleteVisits[fact.workOrderId] = Math.max(c.incompleteVisits[fact.workOrderId] ?? 0, fact.visitNumber);
      break;
    case 'repeat-flagged':
      c.repeatOfCaseId = fact.previousCaseId;
      c.serialNumber ??= fact.serialNumber;
      c.productModel ??= fact.productModel;
      break;
    case 'repeated-by':
      if (!c.repeatedByCaseIds.includes(fact.laterCaseId)) c.repeatedByCaseIds.push(fact.laterCaseId);
      break;
    case 'entitlement':
      c.contractId = fact.contractId;
      c.serialNumber ??= fact.serialNumber;
      c.productModel ??= fact.productModel;
      break;
    case 'complaint':
      if (!c.complaintIds.includes(fact.complaintId)) c.complaintIds.push(fact.complaintId);
      c.customerId ??= fact.customerId;
      break;
    case 'survey-response':
      // The latest answer counts.
      if (fact.csat !== null && isLater(c.csatAt, fact.at)) {
        c.csat = fact.csat;
        c.csatAt = fact.at;
      }
      if (fact.nps !== null && isLater(c.npsAt, fact.at)) {
        c.nps = fact.nps;
        c.npsAt = fact.at;
      }
      c.customerId ??= fact.customerId;
      break;
  }
  return c;
}

/** The case is resolved now: resolved, and not reopened since (R-IN-7). */
export function isResolved(c: CaseFacts): boolean {
  return c.resolvedAt !== null && (c.reopenedAt === null || c.resolvedAt > c.reopenedAt);
}

/** The engineer the case is counted for: dispatch's engineer on the work order, else intake's assignee. */
export function engineerOf(c: CaseFacts): string | null {
  return c.workOrderEngineer ?? c.caseAssignee;
}

/** On-site visits the repair took: what the completion says, else the incomplete visits plus the finishing one. */
export function visitsOf(c: CaseFacts): number | null {
  if (c.workOrders.length === 0) return null;
  return c.workOrders.reduce((sum, w) => sum + (w.visits ?? (c.incompleteVisits[w.workOrderId] ?? 0) + 1), 0);
}
