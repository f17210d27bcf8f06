import { IntegratorRegisteredV1Data } from '@aftersales/contracts-integrations';
import { IntegratorEntity } from '../infrastructure/integrator.entity';

/** The payload of integrator.registered.v1: never the secret nor its hash. */
export function integratorRegisteredData(i: IntegratorEntity): IntegratorRegisteredV1Data {
  return { integratorId: i.id, name: i.name, clientId: i.clientId, subjects: i.subjects, registeredBy: i.registeredBy, registeredAt: i.registeredAt.toISOString() };
}
