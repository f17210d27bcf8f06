import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderDiagnosedV1, WorkOrderVisitIncompleteV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { WorkOrderEntity } from '../../../work-orders/infrastructure/work-order.entity';
import { lockWorkOrder } from '../../../work-orders/infrastructure/work-order.repository';
import { WorkOrderCompletion } from '../../../work-orders/commands/work-order-completion';
import { notAssignedEngineer, timeInFuture, transitionOrConflict } from '../../../work-orders/work-order.errors';
import { mayGoOnSite } from '../../../remote-sessions/domain/remote-session.policy';
import * as visit from '../../domain/visit';
import { VisitEntity, toVisitView } from '../../infrastructure/visit.entity';
import { asDomainError, closedForVisit, contactFirst, remoteFirst, signatureNotPng, signatureTooLarge, visitNotFound, visitStillOpen } from '../../visit.errors';
import {
  ArriveRequest,
  CompleteVisitRequest,
  DiagnosisRequest,
  IncompleteVisitRequest,
  PartsUsedRequest,
  QualityCheckRequest,
  RepairPlanRequest,
  SIGNATURE_MAX_BYTES,
  SignOffRequest,
  TestResultsRequest,
  WorkLogRequest,
} from './record-visit.request';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** On-site visits, step by step (R-DS-4, R-DS-5, R-DS-8), by the assigned engineer (or a manager). */
@ApiTags('visits')
@Controller('v1')
export class RecordVisitHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly completion: WorkOrderCompletion,
    private readonly clock: Clock,
  ) {}

  @Post('work-orders/:id/visits')
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The engineer arrives on site (R-DS-4): opens a visit; the customer must have been called first' })
  arrive(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ArriveRequest, @CurrentUser() user: AuthUser) {
    return this.dataSource.transaction(async (m) => {
      const wo = await lockWorkOrder(m, id);
      authorize(wo, user);
      if (!mayGoOnSite(wo.serviceMode)) {
        throw remoteFirst(wo.serviceMode);
      }
      if (!wo.customerContactedAt) throw contactFirst();
      const now = this.clock.now();
      const arrivedAt = notInFuture(body.arrivedAt, now, 'arrivedAt');
      const [open] = await m.query(`SELECT id FROM visits WHERE work_order_id = $1 AND status = 'on-site'`, [id]);
      if (open) throw visitStillOpen(open.id);
      if (wo.status === 'assigned') wo.status = transitionOrConflict(wo.status, 'in-progress');
      else if (wo.status !== 'in-progress') throw closedForVisit(wo.status);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM visits WHERE work_order_id = $1`, [id]);
      const entity = m.getRepository(VisitEntity).create({
        ...visit.arrive(arrivedAt),
        id: uuidv7(),
        workOrderId: id,
        engineerId: wo.engineerId as string,
        visitNumber: n + 1,
        warehouseCode: null,
        signaturePng: null,
        version: 1,
      });
      await m.getRepository(VisitEntity).insert(entity);
      wo.nextVisitAt = null;
      wo.updatedAt = now;
      wo.version += 1;
      await m.save(wo);
      return toVisitView(entity);
    });
  }

  @Get('work-orders/:id/visits')
  @Roles('agent', 'engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'The visits of a work order, first first (the signature image itself is not returned)' })
  async list(@Param('id', new ParseUUIDPipe()) id: string) {
    const visits = await this.dataSource.getRepository(VisitEntity).find({ where: { workOrderId: id }, order: { visitNumber: 'ASC' } });
    return { items: visits.map(toVisitView) };
  }

  @Post('visits/:visitId/diagnosis')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({
    summary: 'R-DS-8: fault diagnosis; emits work-order.diagnosed (intake meets the R-SLA-3 diagnosis clock, warranty re-evaluates with the cause)',
  })
  diagnosis(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: DiagnosisRequest, @CurrentUser() user: AuthUser) {
    return this.step(
      id,
      user,
      async (v, now, e, wo, m) => {
        const next = visit.diagnose(v, body.diagnosis);
        wo.updatedAt = now;
        wo.version += 1;
        await this.outbox.append(m, WorkOrderDiagnosedV1, {
          aggregateId: wo.id,
          sequence: wo.version,
          data: {
            workOrderId: wo.id,
            workOrderNumber: wo.workOrderNumber,
            caseId: wo.caseId,
            visitId: e.id,
            engineerId: e.engineerId,
            serialNumber: wo.serialNumber,
            diagnosis: body.diagnosis,
            faultCode: body.faultCode ?? null,
            cause: body.cause ?? null,
            defectiveOnArrival: body.defectiveOnArrival,
            diagnosedAt: now.toISOString(),
          },
        });
        return next;
      },
      true,
    );
  }

  @Post('visits/:visitId/repair-plan')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: repair plan (steps, materials, manpower, time estimate), after the diagnosis' })
  repairPlan(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: RepairPlanRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, (v) => visit.planRepair(v, body));
  }

  @Post('visits/:visitId/work-log')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: an entry of the repair log' })
  workLog(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: WorkLogRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, (v, now) => visit.logWork(v, now.toISOString(), body.note));
  }

  @Post('visits/:visitId/parts')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4: parts used on this visit, with the customer’s consent' })
  parts(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: PartsUsedRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, (v, now, e) => {
      if (body.consent) notInFuture(body.consent.consentedAt, now, 'consent.consentedAt');
      e.warehouseCode = body.warehouseCode;
      return visit.useParts(v, body.partsUsed, body.consent);
    });
  }

  @Post('visits/:visitId/tests')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4: tests after the repair (a new result asks for a new inspection and sign-off)' })
  tests(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: TestResultsRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, (v, now) => visit.recordTests(v, body.results.map((r) => ({ ...r, at: now.toISOString() }))));
  }

  @Post('visits/:visitId/quality-check')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-8: quality inspection (质检验收) of the tested repair' })
  qualityCheck(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: QualityCheckRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, (v, now) => visit.inspectQuality(v, { ...body, at: now.toISOString() }));
  }

  @Post('visits/:visitId/sign-off')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: `R-DS-4: the customer's sign-off (签字确认): name, time and signature image (base64 PNG, at most ${SIGNATURE_MAX_BYTES} bytes)` })
  signOff(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: SignOffRequest, @CurrentUser() user: AuthUser) {
    const png = Buffer.from(body.signaturePng, 'base64');
    if (png.length > SIGNATURE_MAX_BYTES) throw signatureTooLarge(SIGNATURE_MAX_BYTES);
    if (png.length < PNG_MAGIC.length + 12 || !png.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) {
      throw signatureNotPng();
    }
    return this.step(id, user, (v, now, e) => {
      const signedAt = notInFuture(body.signedAt, now, 'signedAt');
      e.signaturePng = png;
      return visit.signOff(v, { customerName: body.customerName, signedAt, signatureBytes: png.length, signatureSha256: createHash('sha256').update(png).digest('hex') });
    });
  }

  @Post('visits/:visitId/complete')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'Complete the work order on this signed-off visit; emits work-order.completed with the parts used on every visit' })
  complete(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: CompleteVisitRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, async (v, now, e, wo, m) => {
      const done = visit.completeVisit(v, body.resolution, now.toISOString());
      const earlier: VisitEntity[] = await m.getRepository(VisitEntity).findBy({ workOrderId: wo.id });
      const all = [...earlier.filter((x) => x.id !== e.id), { ...e, ...done }];
      const events = await this.completion.complete(m, wo, {
        partsUsed: visit.mergeParts(all.flatMap((x) => x.partsUsed)),
        resolution: body.resolution,
        warehouseCode: e.warehouseCode ?? earlier.find((x) => x.warehouseCode)?.warehouseCode ?? 'CENTRAL',
        signOff: done.signOff,
        visits: all.length,
      });
      for (const e of events) await this.outbox.append(m, e.contract, e.input);
      return done;
    });
  }

  @Post('visits/:visitId/incomplete')
  @HttpCode(200)
  @Roles('engineer', 'expert', 'manager', 'admin')
  @ApiOperation({ summary: 'R-DS-4, R-DS-5: end a visit without the repair: why, the next visit, any standby unit lent; emits work-order.visit-incomplete' })
  incomplete(@Param('visitId', new ParseUUIDPipe()) id: string, @Body() body: IncompleteVisitRequest, @CurrentUser() user: AuthUser) {
    return this.step(id, user, async (v, now, e, wo, m) => {
      const ended = visit.endIncomplete(v, body, now.toISOString());
      const end = ended.incomplete as visit.IncompleteEnd;
      wo.nextVisitAt = new Date(end.nextVisitAt);
      if (end.standbyUnit) wo.standbyUnit = end.standbyUnit;
      wo.updatedAt = now;
      wo.version += 1;
      await this.outbox.append(m, WorkOrderVisitIncompleteV1, {
        aggregateId: wo.id,
        sequence: wo.version,
        data: {
          workOrderId: wo.id,
          workOrderNumber: wo.workOrderNumber,
          caseId: wo.caseId,
          visitId: e.id,
          visitNumber: e.visitNumber,
          engineerId: e.engineerId,
          reasonCode: end.reasonCode,
          reason: end.reason,
          nextVisitAt: end.nextVisitAt,
          standbyUnit: end.standbyUnit,
          endedAt: now.toISOString(),
        },
      });
      return ended;
    }, true);
  }

  /** Loads and locks the visit and its order, checks who may record, applies a domain step and stores the result. */
  private step(
    visitId: string,
    user: AuthUser,
    apply: (v: visit.Visit, now: Date, entity: VisitEntity, wo: WorkOrderEntity, m: EntityManager) => visit.Visit | Promise<visit.Visit>,
    saveOrder = false,
  ) {
    return this.dataSource.transaction(async (m) => {
      const found = await m.getRepository(VisitEntity).findOne({ where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw visitNotFound(visitId);
      const wo = await lockWorkOrder(m, found.workOrderId);
      authorize(wo, user);
      const now = this.clock.now();
      let next: visit.Visit;
      try {
        next = await apply(found, now, found, wo, m);
      } catch (error) {
        throw asDomainError(error);
      }
      Object.assign(found, next, { version: found.version + 1 });
      await m.getRepository(VisitEntity).save(found);
      if (saveOrder) await m.save(wo);
      return toVisitView(found);
    });
  }
}

function authorize(wo: WorkOrderEntity, user: AuthUser): void {
  const staff = user.roles.includes('manager') || user.roles.includes('admin');
  if (!staff && wo.engineerId !== user.sub) throw notAssignedEngineer('records the visit');
}

function notInFuture(at: string | undefined, now: Date, field: string): string {
  if (at === undefined) return now.toISOString();
  if (Date.parse(at) > now.getTime()) throw timeInFuture(field);
  return new Date(at).toISOString();
}
