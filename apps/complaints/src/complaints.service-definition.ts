import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { complaintsConfigSchema } from './config/complaints.config';
import { complaintEntities } from './complaints/infrastructure/complaint.entity';
import { CreateComplaints1732320005000 } from './migrations/1732320005000-create-complaints';
import { ComplaintHistory1732320005100 } from './migrations/1732320005100-complaint-history';
import { ComplaintHandling1732320005200 } from './migrations/1732320005200-complaint-handling';
import { EscalationReaction1732320005300 } from './migrations/1732320005300-escalation-reaction';

export const complaintsService: ServiceDefinition = {
  service: 'complaints',
  title: 'Complaints',
  description: 'Complaints handled step by step to a committed deadline, escalated when missed, and who complained before (docs/domain.md R-CP-*).',
  entities: complaintEntities,
  migrations: [CreateComplaints1732320005000, ComplaintHistory1732320005100, ComplaintHandling1732320005200, EscalationReaction1732320005300],
  configSchema: complaintsConfigSchema,
};
