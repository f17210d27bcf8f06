import { RemoteSessionEntity } from './infrastructure/remote-session.entity';

export function toRemoteSessionView(s: RemoteSessionEntity) {
  return {
    id: s.id,
    workOrderId: s.workOrderId,
    engineerId: s.engineerId,
    consent: s.consent,
    tool: s.tool,
    startedAt: s.startedAt.toISOString(),
    endedAt: s.endedAt?.toISOString() ?? null,
    outcome: s.outcome,
    notes: s.notes,
    version: s.version,
  };
}

export type RemoteSessionView = ReturnType<typeof toRemoteSessionView>;
