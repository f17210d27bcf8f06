import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import { putTemplateSchema } from './commands/put-template/put-template.request';
import { SurveyTemplateEntity } from './infrastructure/survey-template.entity';

export const templateViewSchema = z.object({ code: z.string(), version: z.number().int(), definition: putTemplateSchema, createdAt: isoDateTime, createdBy: z.string() });
export type TemplateView = z.infer<typeof templateViewSchema>;
export class TemplateResponse extends createZodDto(templateViewSchema) {}
export class TemplateListResponse extends createZodDto(z.object({ items: z.array(templateViewSchema) })) {}

export function toTemplateView(t: SurveyTemplateEntity): TemplateView {
  return { code: t.code, version: t.version, definition: t.definition as TemplateView['definition'], createdAt: t.createdAt.toISOString(), createdBy: t.createdBy };
}
