import { EngineerProfileChangedV1Data } from '@aftersales/contracts-dispatch';
import { EngineerEntity } from '../infrastructure/engineer.entity';

/** R-DS-3: the whole saved profile the notifier keeps in its directory (R-SLA-7): no skills, calendar or leave. */
export function engineerProfileChangedData(e: EngineerEntity, at: Date): EngineerProfileChangedV1Data {
  return {
    engineerId: e.id,
    name: e.name,
    email: e.email,
    phone: e.phone,
    homeBranch: e.homeBranch,
    region: e.region,
    active: e.active,
    timeZone: e.calendar?.timeZone ?? null,
    changedAt: at.toISOString(),
  };
}
