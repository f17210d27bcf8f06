import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { RevisitScheduledV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { surveyRules } from '../../config/surveys.config';
import {
  ContractPeriodicPlan,
  StoredPlan,
  afterServicePlanFor,
  afterServicePlannedOn,
  contractPlanFor,
  nextPeriodicPlannedOn,
  revisitCalendar,
  withinContract,
  workingDayOnOrAfter,
} from '../domain/revisit-plan';
import { RevisitContractEntity, RevisitEntity } from '../infrastructure/revisit.entities';
import { RevisitPlanRepository } from '../infrastructure/revisit-plan.repository';
import { revisitScheduledData } from '../integration/revisit-scheduled.mapping';

/** The event being handled, so the revisit.scheduled written carries its correlation on. */
export interface Cause {
  correlationId: string;
  causationId: string;
}

/**
 * R-SV-2: plans revisit (回访) tasks, each due on a working day of the business calendar, once per source (a
 * replayed event plans nothing twice): after a service by the case's category, and periodically for contracts.
 */
@Injectable()
export class RevisitPlanner {
  constructor(
    private readonly plans: RevisitPlanRepository,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  private get timeZone(): string {
    return surveyRules(this.config).timeZone;
  }

  async afterService(
    m: EntityManager,
    c: { caseId: string; customerId: string; category: string; closedAt: Date; productModel: string | null; serialNumber: string | null },
    now: Date,
    cause?: Cause,
  ): Promise<RevisitEntity | null> {
    const plan = afterServicePlanFor(await this.plans.latest(m), c.category);
    if (!plan) return null;
    const plannedOn = afterServicePlannedOn(plan.definition, c.closedAt, this.timeZone);
    return this.insert(m, plan, { sourceKey: `case:${c.caseId}:${plan.code}`, customerId: c.customerId, caseId: c.caseId, contractId: null, productModel: c.productModel, serialNumber: c.serialNumber, plannedOn }, now, cause);
  }

  /** A contract learnt from warranty: remembered, and its first periodic revisit planned one period from today. */
  async learnContract(
    m: EntityManager,
    k: { contractId: string; customerId: string; serialNumber: string; productModel: string | null; slaPlanCode: string | null; endsOn?: string | null },
    now: Date,
    cause?: Cause,
  ): Promise<void> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO revisit_contracts (contract_id, customer_id, serial_number, product_model, sla_plan_code, ends_on, learned_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (contract_id) DO NOTHING RETURNING contract_id`,
      [k.contractId, k.customerId, k.serialNumber, k.productModel, k.slaPlanCode, k.endsOn ?? null, now],
    );
    if (k.endsOn) await m.getRepository(RevisitContractEntity).update({ contractId: k.contractId }, { endsOn: k.endsOn });
    if (inserted.length === 0) return;
    const contract = (await m.getRepository(RevisitContractEntity).findOneBy({ contractId: k.contractId })) as RevisitContractEntity;
    const today = DateTime.fromJSDate(now, { zone: this.timeZone }).toISODate() as string;
    const plan = contractPlanFor(await this.plans.latest(m), contract.slaPlanCode);
    if (plan) await this.periodic(m, plan, contract, nextPeriodicPlannedOn(plan.definition.every, today), now, cause);
  }

  /** After a periodic revisit is done or given up: the next one, one period after the last planned date. */
  async nextPeriodic(m: EntityManager, done: RevisitEntity, now: Date): Promise<void> {
    if (done.kind !== 'contract-periodic' || !done.contractId) return;
    const contract = await m.getRepository(RevisitContractEntity).findOneBy({ contractId: done.contractId });
    const plan = (await this.plans.version(m, done.planCode, done.planVersion)) as StoredPlan<ContractPeriodicPlan> | null;
    if (!contract || !plan || plan.definition.kind !== 'contract-periodic') return;
    const latest = contractPlanFor(await this.plans.latest(m), contract.slaPlanCode);
    if (!latest) return;
    await this.periodic(m, latest, contract, nextPeriodicPlannedOn(latest.definition.every, done.plannedOn), now);
  }

  private async periodic(m: EntityManager, plan: StoredPlan<ContractPeriodicPlan>, contract: RevisitContractEntity, plannedOn: string, now: Date, cause?: Cause): Promise<void> {
    if (!withinContract(plannedOn, contract.endsOn)) return;
    await this.insert(
      m,
      plan,
      {
        sourceKey: `contract:${contract.contractId}:${plannedOn}`,
        customerId: contract.customerId,
        caseId: null,
        contractId: contract.contractId,
        productModel: contract.productModel,
        serialNumber: contract.serialNumber,
        plannedOn,
      },
      now,
      cause,
    );
  }

  private async insert(
    m: EntityManager,
    plan: StoredPlan,
    r: Pick<RevisitEntity, 'sourceKey' | 'customerId' | 'caseId' | 'contractId' | 'productModel' | 'serialNumber' | 'plannedOn'>,
    now: Date,
    cause?: Cause,
  ): Promise<RevisitEntity | null> {
    const revisit = m.getRepository(RevisitEntity).create({
      id: uuidv7(),
      planCode: plan.code,
      planVersion: plan.version,
      kind: plan.definition.kind,
      ...r,
      dueOn: workingDayOnOrAfter(revisitCalendar(this.timeZone), r.plannedOn),
      status: 'scheduled',
      attempts: 0,
      findings: null,
      satisfaction: null,
      newProblems: [],
      completedBy: null,
      completedAt: null,
      createdAt: now,
      version: 1,
    });
    const inserted = await m.createQueryBuilder().insert().into(RevisitEntity).values(revisit).orIgnore().returning(['id']).execute();
    if (inserted.raw.length === 0) return null;
    await this.outbox.append(m, RevisitScheduledV1, { aggregateId: revisit.id, sequence: 1, data: revisitScheduledData(revisit), ...cause });
    return revisit;
  }
}
