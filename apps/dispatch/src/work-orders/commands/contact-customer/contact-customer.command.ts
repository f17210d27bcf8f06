import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkOrderCustomerContactedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { AcknowledgementTimers } from '../../timers/acknowledgement.timers';
import { lockWorkOrder } from '../../infrastructure/work-order.repository';
import { workOrderCustomerContactedData } from '../../integration/work-order-customer-contacted.mapping';
import { alreadyContacted, contactBeforeAssignment, contactInFuture, noContactToRecord, notAssignedEngineer } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { ContactCustomerRequest } from './contact-customer.request';

/** R-SLA-4: the engineer has contacted the customer; the acknowledgement timers stop and intake is told. */
@Injectable()
export class ContactCustomerCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly ackTimers: AcknowledgementTimers,
    private readonly clock: Clock,
  ) {}

  execute(id: string, request: ContactCustomerRequest, user: AuthUser): Promise<WorkOrderView> {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      const staff = user.roles.includes('manager') || user.roles.includes('admin');
      if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('can record the contact');
      const { engineerId, assignedAt, respondBy } = wo;
      if (!engineerId || !assignedAt || !respondBy || (wo.status !== 'assigned' && wo.status !== 'in-progress')) throw noContactToRecord(wo.status);
      if (wo.customerContactedAt) throw alreadyContacted(wo.customerContactedAt);
      const now = this.clock.now();
      const at = request.contactedAt ? new Date(request.contactedAt) : now;
      if (at.getTime() > now.getTime()) throw contactInFuture();
      if (at.getTime() < assignedAt.getTime()) throw contactBeforeAssignment();
      wo.customerContactedAt = at;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      if (wo.assignment?.assignmentId) await this.ackTimers.cancel(m, wo.id, wo.assignment.assignmentId, now);
      await this.outbox.append(m, WorkOrderCustomerContactedV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: workOrderCustomerContactedData({ ...wo, engineerId, assignedAt, respondBy }, { channel: request.channel, at }),
      });
      return toWorkOrderView(wo);
    });
  }
}
