import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { text } from '../visit.schemas';

export const logWorkSchema = z.strictObject({ note: text(10_000) });
export class LogWorkRequest extends createZodDto(logWorkSchema) {}
