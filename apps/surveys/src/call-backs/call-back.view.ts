import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, isoDateTime } from '@aftersales/contracts-core';
import { CallBackEntity } from './infrastructure/call-back.entity';

export const callBackViewSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid().describe('The survey whose low score asked for the call-back (R-SV-3)'),
  responseId: z.uuid(),
  caseId: z.uuid(),
  customerId: z.uuid(),
  questionId: z.string(),
  score: z.number().int(),
  dueOn: isoDate.describe('The next working day after the answer'),
  status: z.enum(['open', 'done']),
  reached: z.boolean().nullable(),
  notes: z.string().nullable(),
  completedBy: z.string().nullable(),
  completedAt: isoDateTime.nullable(),
  version: z.number().int(),
});
export type CallBackView = z.infer<typeof callBackViewSchema>;
export class CallBackResponse extends createZodDto(callBackViewSchema) {}
export class CallBackPageResponse extends createZodDto(z.object({ items: z.array(callBackViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toCallBackView(c: CallBackEntity): CallBackView {
  return {
    id: c.id,
    surveyId: c.surveyId,
    responseId: c.responseId,
    caseId: c.caseId,
    customerId: c.customerId,
    questionId: c.questionId,
    score: c.score,
    dueOn: c.dueOn,
    status: c.status,
    reached: c.reached,
    notes: c.notes,
    completedBy: c.completedBy,
    completedAt: c.completedAt?.toISOString() ?? null,
    version: c.version,
  };
}
