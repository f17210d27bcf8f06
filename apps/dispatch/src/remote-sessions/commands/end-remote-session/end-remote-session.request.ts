import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REMOTE_OUTCOMES } from '../../domain/remote-session.policy';

export const endRemoteSessionSchema = z.strictObject({ outcome: z.enum(REMOTE_OUTCOMES), notes: z.string().trim().max(10_000).optional() });
export class EndRemoteSessionRequest extends createZodDto(endRemoteSessionSchema) {}
