import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { caseCategory, caseChannel } from '@aftersales/contracts-intake';
import { FOLLOW_UP_ACTIONS, QUESTION_KINDS } from '../../domain/survey-template';
import { codeInvalid } from '../../survey-template.errors';

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A template or plan code from the path, checked. */
export function templateCodeParam(code: string): string {
  if (!CODE.test(code)) throw codeInvalid(code);
  return code;
}

const localText = z.strictObject({ 'zh-CN': z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) }).describe('The text in zh-CN and en');

export const putTemplateSchema = z.strictObject({
  title: localText,
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
        kind: z.enum(QUESTION_KINDS).describe('csat 1-5, nps 0-10, yes-no, choice (one of options), text'),
        text: localText,
        required: z.boolean(),
        options: z.array(z.strictObject({ value: z.string().regex(/^[a-z0-9-]{1,40}$/), text: localText })).max(20).optional(),
        overall: z.boolean().optional().describe('The one csat question whose score is the overall satisfaction'),
        followUp: z
          .strictObject({
            atOrBelow: z.number().int().describe('A score at or below this (yes-no: yes 1, no 0) is followed up'),
            actions: z.array(z.enum(FOLLOW_UP_ACTIONS)).min(1).max(3),
          })
          .optional(),
      }),
    )
    .min(1)
    .max(30),
  appliesTo: z.strictObject({
    categories: z.array(caseCategory).min(1).optional(),
    channels: z.array(caseChannel).min(1).optional(),
    underContract: z.boolean().optional(),
  }),
  priority: z.number().int().min(-1000).max(1000),
  reminderAfterDays: z.number().int().min(1).max(60).nullable(),
  expiresAfterDays: z.number().int().min(1).max(90),
  active: z.boolean(),
});
export class PutTemplateRequest extends createZodDto(putTemplateSchema) {}
