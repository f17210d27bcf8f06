import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { COMMENT_MAX_LENGTH, SCORE_MAX, SCORE_MIN } from '../../domain/survey.policy';

/** An answer to one question: a score (csat 1-5, nps 0-10), yes/no, a choice's value or text. */
export const answerValue = z.union([z.number(), z.boolean(), z.string().max(COMMENT_MAX_LENGTH)]);

export const recordResponseSchema = z.strictObject({
  score: z.number().int().min(SCORE_MIN).max(SCORE_MAX).describe('Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)'),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH).optional().describe(`Free text, at most ${COMMENT_MAX_LENGTH} characters`),
  answers: z.record(z.string().max(100), answerValue).optional().describe('The template’s other questions, by question id'),
});
export class RecordResponseRequest extends createZodDto(recordResponseSchema) {}
