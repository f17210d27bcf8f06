import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const createEndpointSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000).describe('Where each event is POSTed'),
  subjects: z.array(z.string().min(1).max(200)).min(1).max(50).describe('R-IG-4: subject filters (* and >), within the token\'s subjects'),
  ordered: z.boolean().default(false).describe('R-IG-4: send the events of one aggregate one after the other'),
});
export class CreateEndpointRequest extends createZodDto(createEndpointSchema) {}
