/**
 * The answers whose OpenAPI operations declare no response schema yet, so openapi-typescript cannot type them:
 * intake's GET /v1/cases/{id}/clocks and dispatch's work-order, visit and engineer reads. Only the fields the console
 * shows, read as the services' views build them (intake sla/queries/case-clocks, dispatch work-order.view.ts and
 * visit.view.ts). Delete each one when its service documents the response (see the report of issue #20).
 */
export interface ClockView {
  clock: string;
  rule: string;
  planCode: string;
  priority: string;
  calendarId: string;
  timeZone: string;
  targetMinutes: number;
  state: 'running' | 'paused' | 'breached' | 'met' | 'withdrawn';
  startedAt: string;
  dueAt: string | null;
  stoppedAt: string | null;
  breachedAt: string | null;
  elapsedMinutes: number;
  remainingMinutes: number;
  why: string;
  nextSteps: { at: string; action: string; level: number; notifyRoles: string[]; reason: string }[];
}

export interface EscalationView {
  id: string;
  clock: string;
  level: number;
  reason: string;
  escalatedAt: string;
  reactBy: string | null;
  reactedAt: string | null;
  reactedBy: string | null;
}

export interface CaseClocksView {
  caseId: string;
  now: string;
  clocks: ClockView[];
  escalations: EscalationView[];
}

export interface WorkOrderView {
  id: string;
  workOrderNumber: string;
  caseId: string;
  caseNumber: string;
  productModel: string;
  serialNumber: string;
  serviceMode: string;
  priority: string;
  category: string;
  region: string | null;
  branchCode: string | null;
  siteAddress: string | null;
  status: 'queued' | 'assigned' | 'in-progress' | 'completed' | 'cancelled';
  engineerId: string | null;
  queueReason: string | null;
  respondBy: string | null;
  customerContactedAt: string | null;
  nextVisitAt: string | null;
  resolution: string | null;
  createdAt: string;
  version: number;
}

export interface AssignmentView {
  id: string;
  engineerId: string;
  kind: string;
  score: Record<string, unknown> | null;
  assignedBy: string;
  note: string | null;
  assignedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface WorkOrderDetailView extends WorkOrderView {
  assignments: AssignmentView[];
  pendingReminders: { dueAt: string; step: string }[];
}

export interface VisitView {
  id: string;
  workOrderId: string;
  visitNumber: number;
  status: string;
  arrivedAt: string;
  diagnosis: { diagnosis: string } | null;
  testResults: { name: string; passed: boolean }[];
  qualityCheck: { passed: boolean } | null;
  signOff: { customerName: string; signedAt: string } | null;
  resolution: string | null;
}

export interface EngineerView {
  id: string;
  name: string;
  homeBranch: string;
  skills: string[];
  level: number;
  active: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
