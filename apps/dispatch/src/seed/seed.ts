/**
 * Walking-skeleton reference data (npm run seed): the organisation (call center, technical center, repair center,
 * two neighbouring branches) and one hardware engineer in region east.
 */
import { seedCommand } from '@aftersales/platform-service-defaults';
import { dispatchService } from '../dispatch.service-definition';
import { EngineerEntity } from '../engineers/infrastructure/engineer.entity';
import { OrgUnitEntity } from '../organisation/infrastructure/org-unit.entity';

/** Fixed id, so seeding twice keeps one engineer (and tokens for them stay valid). */
const SEED_ENGINEER_ID = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';

seedCommand(dispatchService, async (ds) => {
  const now = new Date();
  await ds.getRepository(OrgUnitEntity).upsert(
    [
      { code: 'CC', name: 'Call center', kind: 'call-center', regions: [], neighbours: [], updatedAt: now },
      { code: 'TC', name: 'Technical center', kind: 'technical-center', regions: [], neighbours: [], updatedAt: now },
      { code: 'RC', name: 'Repair center', kind: 'repair-center', regions: [], neighbours: [], updatedAt: now },
      { code: 'BR-SH', name: 'Shanghai branch', kind: 'branch', regions: ['east'], neighbours: ['BR-NJ'], updatedAt: now },
      { code: 'BR-NJ', name: 'Nanjing branch', kind: 'branch', regions: ['central-east'], neighbours: ['BR-SH'], updatedAt: now },
    ],
    ['code'],
  );
  await ds.getRepository(EngineerEntity).upsert(
    { id: SEED_ENGINEER_ID, name: 'Li Wei', homeBranch: 'BR-SH', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 5, active: true, updatedAt: now },
    ['id'],
  );
  return `org units CC, TC, RC, BR-SH, BR-NJ; engineer Li Wei (${SEED_ENGINEER_ID}), branch BR-SH, region east, skill hardware`;
});
