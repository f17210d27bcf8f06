import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { COMMENT_MAX_LENGTH, SCORE_MAX, SCORE_MIN } from '../../domain/survey.policy';

export const recordResponseSchema = z.strictObject({
  score: z.number().int().min(SCORE_MIN).max(SCORE_MAX).describe('Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)'),
  comment: z.string().trim().max(COMMENT_MAX_LENGTH).optional().describe(`Free text, at most ${COMMENT_MAX_LENGTH} characters`),
});
export class RecordResponseRequest extends createZodDto(recordResponseSchema) {}
