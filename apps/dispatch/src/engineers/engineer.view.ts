import { EngineerEntity } from './infrastructure/engineer.entity';

export function toEngineerView(e: EngineerEntity) {
  return {
    id: e.id,
    name: e.name,
    homeBranch: e.homeBranch,
    region: e.region,
    territories: e.territories,
    skills: e.skills,
    productLines: e.productLines,
    level: e.level,
    expert: e.expert,
    maxConcurrentOrders: e.maxConcurrentOrders,
    openOrders: e.openOrders,
    calendar: e.calendar,
    leave: e.leave,
    active: e.active,
    email: e.email,
    phone: e.phone,
    updatedAt: e.updatedAt.toISOString(),
  };
}

export type EngineerView = ReturnType<typeof toEngineerView>;
