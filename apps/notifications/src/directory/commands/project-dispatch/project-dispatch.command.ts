import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { EngineerProfileChangedV1Data, OrgUnitChangedV1Data } from '@aftersales/contracts-dispatch';
import { Channel } from '../../domain/directory';
import { OrgUnitEntity, PersonEntity, RoleAssignmentEntity } from '../../infrastructure/directory.entity';
import { DirectoryRepository } from '../../infrastructure/directory.repository';

/** What the directory sets for a person dispatch names first: the rest (quiet hours, language) is the person's own. */
const DEFAULT_LANGUAGE = 'zh-CN';
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const RESPONSE_CENTER_MANAGER = 'response-center-manager';

interface Contact {
  userId: string;
  name: string;
  email: string | null | undefined;
  phone: string | null | undefined;
}

/**
 * The directory as a projection of dispatch (issue #10, R-SLA-7): engineers and the managers of org units become
 * people without being entered twice, an org unit's manager holds the response-center-manager role in it, and a case
 * is placed by the region of its site and its engineer. Dispatch owns name, contacts, home unit and active; the
 * directory keeps what the person set (preferred channel, language, quiet hours). Each event carries the whole state
 * and its changedAt: an older one (a replay, a late redelivery) changes nothing.
 */
@Injectable()
export class ProjectDispatchCommand {
  constructor(private readonly directory: DirectoryRepository) {}

  async engineer(m: EntityManager, d: EngineerProfileChangedV1Data): Promise<void> {
    await this.person(m, { userId: d.engineerId, name: d.name, email: d.email, phone: d.phone }, new Date(d.changedAt), {
      orgUnit: d.homeBranch,
      active: d.active,
      timeZone: d.timeZone ?? DEFAULT_TIME_ZONE,
    });
  }

  async orgUnit(m: EntityManager, d: OrgUnitChangedV1Data): Promise<void> {
    const changedAt = new Date(d.changedAt);
    const repo = m.getRepository(OrgUnitEntity);
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('notifications:org-unit:' || $1))`, [d.code]);
    const existing = await repo.findOneBy({ code: d.code });
    if (existing && existing.changedAt.getTime() > changedAt.getTime()) return;
    const manager = d.manager ? await this.person(m, d.manager, changedAt, {}) : null;
    await repo.save(repo.create({ code: d.code, name: d.name, kind: d.kind, regions: d.regions, managerPersonId: manager?.id ?? null, changedAt }));
    // The manager named by dispatch holds the role in the unit from the change on; a former one until then.
    const source = `dispatch:org-unit:${d.code}`;
    const roles = m.getRepository(RoleAssignmentEntity);
    const open = await roles.createQueryBuilder('a').where('a.source = :source AND a.valid_until IS NULL', { source }).getMany();
    if (manager && open.some((a) => a.personId === manager.id)) return;
    for (const a of open) {
      if (a.validFrom.getTime() < changedAt.getTime()) await roles.update(a.id, { validUntil: changedAt, updatedAt: changedAt });
      else await roles.delete(a.id);
    }
    if (manager) {
      await roles.insert({ id: uuidv7(), role: RESPONSE_CENTER_MANAGER, orgUnit: d.code, personId: manager.id, validFrom: changedAt, validUntil: null, source, updatedAt: changedAt });
    }
  }

  /** CaseDispatchRequestedV1: the region of the case's site. */
  async caseRegion(m: EntityManager, caseId: string, region: string | null, at: Date): Promise<void> {
    await m.query(
      `INSERT INTO directory_case_branches (case_id, region, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (case_id) DO UPDATE SET region = COALESCE(EXCLUDED.region, directory_case_branches.region), updated_at = EXCLUDED.updated_at`,
      [caseId, region, at],
    );
  }

  /** WorkOrderAssignedV1: the engineer assigned to the case last (an older assignment arriving late changes nothing). */
  async caseEngineer(m: EntityManager, caseId: string, engineerId: string, assignedAt: Date): Promise<void> {
    await m.query(
      `INSERT INTO directory_case_branches (case_id, engineer_id, assigned_at, updated_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (case_id) DO UPDATE SET engineer_id = EXCLUDED.engineer_id, assigned_at = EXCLUDED.assigned_at, updated_at = EXCLUDED.updated_at
       WHERE directory_case_branches.assigned_at IS NULL OR directory_case_branches.assigned_at <= EXCLUDED.assigned_at`,
      [caseId, engineerId, assignedAt],
    );
  }

  /**
   * The person dispatch names by user id: the one already answering to it (person id, external id or login subject),
   * else a new person with that id, whose inbox is their login's. Contacts dispatch does not know are kept.
   */
  private async person(m: EntityManager, c: Contact, changedAt: Date, more: { orgUnit?: string; active?: boolean; timeZone?: string }): Promise<PersonEntity> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('notifications:person:' || $1))`, [c.userId]);
    const repo = m.getRepository(PersonEntity);
    const existing = await this.directory.byReference(m, c.userId);
    if (existing) {
      if (existing.dispatchChangedAt && existing.dispatchChangedAt.getTime() > changedAt.getTime()) return existing;
      const email = c.email ?? existing.email;
      const phone = c.phone ?? existing.phone;
      const externalIds = existing.externalIds.includes(c.userId) ? existing.externalIds : [...existing.externalIds, c.userId];
      const changes = { name: c.name, email, phone, externalIds, orgUnit: more.orgUnit ?? existing.orgUnit, active: more.active ?? existing.active, dispatchChangedAt: changedAt };
      await repo.update(existing.id, { ...changes, version: existing.version + 1, updatedAt: changedAt });
      return { ...existing, ...changes };
    }
    const subjectTaken = await repo.existsBy({ authSubject: c.userId });
    const preferred: Channel = c.phone ? 'sms' : c.email ? 'email' : 'in-app';
    const person = repo.create({
      id: c.userId,
      name: c.name,
      email: c.email ?? null,
      phone: c.phone ?? null,
      preferredChannel: preferred,
      language: DEFAULT_LANGUAGE,
      timeZone: more.timeZone ?? DEFAULT_TIME_ZONE,
      quietHoursStart: null,
      quietHoursEnd: null,
      authSubject: subjectTaken ? null : c.userId,
      externalIds: [c.userId],
      orgUnit: more.orgUnit ?? null,
      active: more.active ?? true,
      dispatchChangedAt: changedAt,
      version: 1,
      updatedAt: changedAt,
    });
    await repo.insert(person);
    return person;
  }
}
