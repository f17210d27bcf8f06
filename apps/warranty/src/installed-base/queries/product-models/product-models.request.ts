import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listProductModelsQuery = z.strictObject({ ...pageQuery });
export class ListProductModelsRequest extends createZodDto(listProductModelsQuery) {}
