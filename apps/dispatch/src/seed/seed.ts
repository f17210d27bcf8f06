/** Walking-skeleton reference data (npm run seed): one hardware engineer in region east. */
import { seedCommand } from '@aftersales/platform-service-defaults';
import { dispatchService } from '../dispatch.service-definition';
import { EngineerEntity } from '../engineers/infrastructure/engineer.entity';

/** Fixed id, so seeding twice keeps one engineer (and tokens for them stay valid). */
const SEED_ENGINEER_ID = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';

seedCommand(dispatchService, async (ds) => {
  await ds.getRepository(EngineerEntity).upsert(
    { id: SEED_ENGINEER_ID, name: 'Li Wei', homeBranch: 'Shanghai', region: 'east', skills: ['hardware'], level: 2, maxConcurrentOrders: 5, active: true },
    ['id'],
  );
  return `engineer Li Wei (${SEED_ENGINEER_ID}), region east, skill hardware`;
});
