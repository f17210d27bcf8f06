import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { TemplatePublishedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { SurveyTemplateDefinition, validateTemplate } from '../../domain/survey-template';
import { SurveyTemplateEntity } from '../../infrastructure/survey-template.entity';
import { templateInvalid } from '../../survey-template.errors';
import { TemplateView, toTemplateView } from '../../survey-template.view';
import { PutTemplateRequest } from './put-template.request';
import { templatePublishedData } from '../../integration/template-published.mapping';

/**
 * R-SV-1: a template is data; a changed definition is stored as its next version and used for cases closed from
 * then on, while sent surveys keep the version they were sent with.
 */
@Injectable()
export class PutTemplateCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  execute(code: string, request: PutTemplateRequest, user: AuthUser): Promise<{ status: 200 | 201; body: TemplateView }> {
    const definition = request as SurveyTemplateDefinition;
    const problems = validateTemplate(definition);
    if (problems.length) throw templateInvalid(problems);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`survey-template:${code}`]);
      const repo = m.getRepository(SurveyTemplateEntity);
      const latest = await repo.findOne({ where: { code }, order: { version: 'DESC' } });
      if (latest && isDeepStrictEqual(latest.definition, definition)) return { status: 200, body: toTemplateView(latest) };
      const template = repo.create({ code, version: (latest?.version ?? 0) + 1, definition, createdAt: this.clock.now(), createdBy: `user:${user.sub}` });
      await repo.insert(template);
      // The aggregate is the template or plan code; its version is the envelope sequence.
      await this.outbox.append(m, TemplatePublishedV1, { aggregateId: `survey-template:${code}`, sequence: template.version, data: templatePublishedData(template) });
      return { status: 201, body: toTemplateView(template) };
    });
  }
}
