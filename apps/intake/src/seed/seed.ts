/**
 * Walking-skeleton reference data (npm run seed): the customer the README's example case is opened for, with the
 * contact it names. Fixed ids, inserted only when missing, so seeding again changes nothing (and keeps any edits).
 */
import { seedCommand } from '@aftersales/platform-service-defaults';
import { ContactEntity, CustomerEntity } from '../customers/infrastructure/customer.entity';
import { intakeService } from '../intake.service-definition';

/** The customerId of the README's `POST /v1/cases` example. */
const SEED_CUSTOMER_ID = '0192f3a0-7c1e-7c3a-9a4e-000000000001';
const SEED_CONTACT_ID = '0192f3a0-7c1e-7c3a-9a4e-0000000000c1';
const SEED_CUSTOMER_CODE = 'CU-DEMO-0001';

seedCommand(intakeService, async (ds) => {
  const now = new Date();
  await ds
    .createQueryBuilder()
    .insert()
    .into(CustomerEntity)
    .values({ id: SEED_CUSTOMER_ID, code: SEED_CUSTOMER_CODE, kind: 'person', name: 'Zhang San', createdAt: now, updatedAt: now, version: 1 })
    .orIgnore()
    .execute();
  // Another customer may already hold the code (nothing is inserted then): say so rather than report a customer that is not there.
  if (!(await ds.getRepository(CustomerEntity).existsBy({ id: SEED_CUSTOMER_ID }))) {
    throw new Error(`customer code ${SEED_CUSTOMER_CODE} belongs to another customer: the demo customer ${SEED_CUSTOMER_ID} was not created`);
  }
  await ds
    .createQueryBuilder()
    .insert()
    .into(ContactEntity)
    .values({ id: SEED_CONTACT_ID, customerId: SEED_CUSTOMER_ID, name: 'Zhang San', phone: '+86 10 5555 0101', email: null, preferredChannel: 'phone', createdAt: now, updatedAt: now })
    .orIgnore()
    .execute();
  return `customer Zhang San (${SEED_CUSTOMER_ID}, code ${SEED_CUSTOMER_CODE}) with a phone contact`;
});
