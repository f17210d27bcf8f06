import { EntityManager } from 'typeorm';
import { CaseClocks } from '../domain/case-clocks';
import { ContractSlaTerms, EngineerResponsePlan, Priority, SlaPlan, choosePlan, engineerResponseOf, withContractTerms } from '../domain/sla-plan';
import { SlaClockStore } from '../infrastructure/sla-clock.store';
import { SlaPlanStore } from '../infrastructure/sla-plan.store';
import { CaseSla, SlaActor, SlaCaseNow, SlaDueAt, SlaMilestone, SlaTrigger } from './sla.port';

/**
 * One command's view of a case's clocks: read and locked at the first hook that needs them, changed in memory by
 * each hook (the rules are in domain/case-clocks.ts), written by `save` once. Every hook that changes a clock ends
 * in a recompute, in memory, so the next hook (and dueTimes) sees the deadlines the previous one left.
 */
export class CaseSlaSession implements CaseSla {
  private loaded?: Promise<CaseClocks>;

  constructor(
    private readonly m: EntityManager,
    private readonly caseId: string,
    private readonly clocks: SlaClockStore,
    private readonly plans: SlaPlanStore,
  ) {}

  async statusChanged(from: string, to: string, at: Date, by: SlaActor): Promise<void> {
    if (from === to) return;
    const clocks = await this.load();
    if (clocks.statusChanged(from, to, at, by === 'staff')) await this.recompute(clocks, at);
  }

  async milestone(milestone: SlaMilestone, at: Date): Promise<void> {
    const clocks = await this.load();
    clocks.stop(milestone, at);
    await this.recompute(clocks, at);
  }

  async priorityChanged(from: Priority, to: Priority, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void> {
    if (from === to) return;
    const clocks = await this.load();
    if (clocks.clocks.length === 0) return;
    const base = (await this.plans.cachedPlans(this.m)).find((p) => p.code === clocks.current()?.planCode);
    if (!base) return;
    const plan = await this.withTerms(base, terms);
    clocks.adopt(plan, to, now, at, { reason: 'priority-changed', from, to });
    await this.recompute(clocks, at);
  }

  async reclassified(from: Priority, to: Priority, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void> {
    const clocks = await this.load();
    if (clocks.clocks.length === 0) return;
    const base = (await this.plans.cachedPlans(this.m)).find((p) => p.code === clocks.current()?.planCode);
    if (!base) return;
    const plan = await this.withTerms(base, terms);
    clocks.adopt(plan, to, now, at, { reason: 'reclassified', from, to });
    await this.recompute(clocks, at);
  }

  async planKnown(contractPlanCode: string | null, at: Date, now: SlaCaseNow, terms?: ContractSlaTerms | null): Promise<void> {
    const clocks = await this.load();
    if (clocks.clocks.length === 0) return;
    const chosen = choosePlan({ contractPlanCode }, await this.plans.cachedPlans(this.m));
    const current = clocks.current() ?? clocks.clocks[0];
    // A contract with its own targets and calendar (R-WA-6) re-plans even on the plan the case already runs on.
    if (chosen.code === current.planCode && !terms) return;
    const plan = await this.withTerms(chosen, terms);
    clocks.adopt(plan, current.priority as Priority, now, at, { reason: 'plan-changed', from: current.planCode, to: plan.code });
    await this.recompute(clocks, at);
  }

  /** The plan on a contract's own terms; a calendar intake does not know keeps the plan's (logged in the rule). */
  private async withTerms(plan: SlaPlan, terms: ContractSlaTerms | null | undefined): Promise<SlaPlan> {
    if (!terms) return plan;
    const known = await this.plans.calendar(this.m, terms.calendarId);
    return withContractTerms(plan, known ? terms : { ...terms, calendarId: plan.calendarId });
  }


  async started(trigger: SlaTrigger, at: Date, now: SlaCaseNow): Promise<void> {
    const clocks = await this.load();
    if (clocks.clocks.length === 0) return;
    const plan = (await this.plans.cachedPlans(this.m)).find((p) => p.code === clocks.current()?.planCode);
    if (plan && clocks.trigger(plan, trigger, now, at)) await this.recompute(clocks, at);
  }

  async dueTimes(): Promise<SlaDueAt[]> {
    return (await this.load()).dueTimes();
  }

  async engineerResponse(): Promise<EngineerResponsePlan & { planCode: string }> {
    const clocks = await this.load();
    const plans = await this.plans.cachedPlans(this.m);
    const plan = plans.find((p) => p.code === clocks.current()?.planCode) ?? choosePlan({ contractPlanCode: null }, plans);
    return { planCode: plan.code, ...engineerResponseOf(plan) };
  }

  /** Writes what the hooks changed; nothing when no hook ran. */
  async save(): Promise<void> {
    if (this.loaded) await this.clocks.save(this.m, await this.loaded);
  }

  private load(): Promise<CaseClocks> {
    this.loaded ??= this.clocks.load(this.m, this.caseId, true);
    return this.loaded;
  }

  private async recompute(clocks: CaseClocks, at: Date): Promise<void> {
    clocks.recompute(at, await this.plans.calendarsOf(this.m, clocks.clocks));
  }
}
