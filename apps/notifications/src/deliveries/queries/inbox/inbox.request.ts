import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const inboxQuery = z.strictObject({ unread: z.enum(['true', 'false']).optional().describe('Only notices not yet read'), ...pageQuery });
export class InboxRequest extends createZodDto(inboxQuery) {}
