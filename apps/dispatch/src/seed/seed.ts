/**
 * Walking-skeleton reference data (npm run seed): the organisation (call center, technical center, repair center,
 * two neighbouring branches with their response-center managers) and one hardware engineer in region east. Each
 * saved row is announced as the commands announce it (OrgUnitChangedV1, EngineerProfileChangedV1, through the
 * outbox: the relay publishes them when dispatch runs), so the notifier's directory knows them too (issue #10).
 */
import { EngineerProfileChangedV1, OrgUnitChangedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { seedCommand } from '@aftersales/platform-service-defaults';
import { dispatchService } from '../dispatch.service-definition';
import { EngineerEntity } from '../engineers/infrastructure/engineer.entity';
import { engineerProfileChangedData } from '../engineers/integration/engineer-profile-changed.mapping';
import { OrgUnitEntity } from '../organisation/infrastructure/org-unit.entity';
import { orgUnitChangedData } from '../organisation/integration/org-unit-changed.mapping';

/** Fixed ids, so seeding twice keeps one engineer (and tokens for them stay valid). */
const SEED_ENGINEER_ID = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';
const SEED_MANAGER_SH = '0192f3a0-7c1e-7c3a-9a4e-0000000000b1';
const SEED_MANAGER_NJ = '0192f3a0-7c1e-7c3a-9a4e-0000000000b2';

seedCommand(dispatchService, async (ds) => {
  const now = new Date();
  // Only the service name and namespace are read by append (the relay of the running service publishes).
  const outbox = new OutboxService({ service: 'dispatch', namespace: process.env.NATS_NAMESPACE ?? '' } as ConstructorParameters<typeof OutboxService>[0]);
  const units: Omit<OrgUnitEntity, 'version'>[] = [
    { code: 'CC', name: 'Call center', kind: 'call-center', regions: [], neighbours: [], manager: null, updatedAt: now },
    { code: 'TC', name: 'Technical center', kind: 'technical-center', regions: [], neighbours: [], manager: null, updatedAt: now },
    { code: 'RC', name: 'Repair center', kind: 'repair-center', regions: [], neighbours: [], manager: null, updatedAt: now },
    {
      code: 'BR-SH',
      name: 'Shanghai branch',
      kind: 'branch',
      regions: ['east'],
      neighbours: ['BR-NJ'],
      manager: { userId: SEED_MANAGER_SH, name: 'Wang Fang', email: 'wang.fang@example.com', phone: '13800000001' },
      updatedAt: now,
    },
    {
      code: 'BR-NJ',
      name: 'Nanjing branch',
      kind: 'branch',
      regions: ['central-east'],
      neighbours: ['BR-SH'],
      manager: { userId: SEED_MANAGER_NJ, name: 'Zhou Min', email: 'zhou.min@example.com', phone: '13800000002' },
      updatedAt: now,
    },
  ];
  await ds.transaction(async (m) => {
    for (const u of units) {
      const version = ((await m.getRepository(OrgUnitEntity).findOneBy({ code: u.code }))?.version ?? 0) + 1;
      const unit = m.getRepository(OrgUnitEntity).create({ ...u, version });
      await m.getRepository(OrgUnitEntity).save(unit);
      await outbox.append(m, OrgUnitChangedV1, { aggregateId: unit.code, sequence: version, data: orgUnitChangedData(unit, now) });
    }
    const repo = m.getRepository(EngineerEntity);
    const existing = await repo.findOneBy({ id: SEED_ENGINEER_ID });
    const engineer = repo.create({
      ...existing,
      id: SEED_ENGINEER_ID,
      name: 'Li Wei',
      homeBranch: 'BR-SH',
      region: 'east',
      skills: ['hardware'],
      level: 2,
      maxConcurrentOrders: 5,
      active: true,
      email: 'li.wei@example.com',
      phone: '13800000003',
      version: (existing?.version ?? 0) + 1,
      updatedAt: now,
    });
    await repo.save(engineer);
    await outbox.append(m, EngineerProfileChangedV1, { aggregateId: engineer.id, sequence: engineer.version, data: engineerProfileChangedData(engineer, now) });
  });
  return `org units CC, TC, RC, BR-SH (manager Wang Fang), BR-NJ (manager Zhou Min); engineer Li Wei (${SEED_ENGINEER_ID}), branch BR-SH, region east, skill hardware; announced to the notifier`;
});
