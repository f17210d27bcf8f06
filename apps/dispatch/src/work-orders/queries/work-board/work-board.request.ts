import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const workBoardQuery = z.strictObject({
  branchCode: z.string().trim().min(1).max(40).optional().describe('One branch’s columns; without it, the counts of every branch'),
});
export class WorkBoardRequest extends createZodDto(workBoardQuery) {}
