import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { EngineerProfileChangedV1, EngineerProfileChangedV1Data, OrgUnitChangedV1, OrgUnitChangedV1Data, WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1, CaseDispatchRequestedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { ProjectDispatchCommand } from '../commands/project-dispatch/project-dispatch.command';

/**
 * The directory follows dispatch and intake (issue #10, R-SLA-7): engineers and org units with their managers, the
 * region of a case's site and the engineer it was assigned to, so "the assigned engineer" and "the response-center
 * manager of the case's branch" are real people without re-entry.
 */
@Injectable()
export class OnDispatchDirectoryHandler {
  constructor(private readonly project: ProjectDispatchCommand) {}

  @OnEvent(EngineerProfileChangedV1, { name: 'directory-engineers' })
  engineer(event: EventEnvelope<EngineerProfileChangedV1Data>, ctx: EventContext): Promise<void> {
    return this.project.engineer(ctx.manager, event.data);
  }

  @OnEvent(OrgUnitChangedV1, { name: 'directory-org-units' })
  orgUnit(event: EventEnvelope<OrgUnitChangedV1Data>, ctx: EventContext): Promise<void> {
    return this.project.orgUnit(ctx.manager, event.data);
  }

  @OnEvent(CaseDispatchRequestedV1, { name: 'directory-case-regions' })
  caseRegion(event: EventEnvelope<CaseDispatchRequestedV1Data>, ctx: EventContext): Promise<void> {
    return this.project.caseRegion(ctx.manager, event.data.caseId, event.data.region, new Date(event.time));
  }

  @OnEvent(WorkOrderAssignedV1, { name: 'directory-case-engineers' })
  caseEngineer(event: EventEnvelope<WorkOrderAssignedV1Data>, ctx: EventContext): Promise<void> {
    return this.project.caseEngineer(ctx.manager, event.data.caseId, event.data.engineerId, new Date(event.data.assignedAt));
  }
}
