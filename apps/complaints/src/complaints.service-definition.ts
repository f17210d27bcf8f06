import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { complaintsConfigSchema } from './config/complaints.config';
import { ComplaintEntity, ComplaintStepEntity, CustomerComplaintHistoryEntity } from './complaints/infrastructure/complaint.entity';
import { CreateComplaints1732320005000 } from './migrations/1732320005000-create-complaints';
import { ComplaintHistory1732320005100 } from './migrations/1732320005100-complaint-history';

export const complaintsService: ServiceDefinition = {
  service: 'complaints',
  title: 'Complaints',
  description: 'Complaints, handling steps, committed deadlines and who complained before (docs/domain.md R-CP-*).',
  entities: [ComplaintEntity, ComplaintStepEntity, CustomerComplaintHistoryEntity],
  migrations: [CreateComplaints1732320005000, ComplaintHistory1732320005100],
  configSchema: complaintsConfigSchema,
};
