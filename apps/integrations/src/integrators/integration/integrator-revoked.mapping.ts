import { IntegratorRevokedV1Data } from '@aftersales/contracts-integrations';
import { IntegratorEntity } from '../infrastructure/integrator.entity';

export function integratorRevokedData(i: IntegratorEntity & { revokedBy: string; revokedAt: Date }): IntegratorRevokedV1Data {
  return { integratorId: i.id, clientId: i.clientId, revokedBy: i.revokedBy, revokedAt: i.revokedAt.toISOString() };
}
