import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { priorityLevel, serviceMode } from '@aftersales/contracts-core';
import { caseCategory } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, CurrentUser, IdempotencyService, Roles } from '@aftersales/platform-service-defaults';
import { caseHasWorkOrder } from '../../work-order.errors';
import { toWorkOrderView } from '../../work-order.view';
import { CreateWorkOrderCommand } from './create-work-order.command';

const createWorkOrderSchema = z.strictObject({
  caseId: z.uuid(),
  caseNumber: z.string().trim().min(1).max(50),
  customerId: z.uuid(),
  productModel: z.string().trim().min(1).max(100),
  serialNumber: z.string().trim().min(1).max(100),
  category: caseCategory,
  priority: priorityLevel,
  serviceMode: serviceMode.describe('R-DS-1'),
  inWarranty: z.boolean(),
  region: z.string().trim().min(1).max(50).nullable().describe('Region of the site (R-DS-3)'),
  siteAddress: z.string().trim().min(1).max(500).optional(),
  requiredLevel: z.number().int().min(1).max(5).optional(),
});
class CreateWorkOrderRequest extends createZodDto(createWorkOrderSchema) {}

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class CreateWorkOrderHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly command: CreateWorkOrderCommand,
  ) {}

  @Post()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Create a work order by hand for a case; assigned at once or queued (R-DS-3); emits work-order.assigned or work-order.queued' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  async create(
    @Body() body: CreateWorkOrderRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ) {
    const result = await this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key, scope: `create-work-order:${user.sub}`, request: body }, async () => {
        const created = await this.command.createIn(m, body, `user:${user.sub}`);
        if (!created) throw caseHasWorkOrder(body.caseId);
        for (const e of created.events) await this.outbox.append(m, e.contract, e.input);
        return { status: 201, body: toWorkOrderView(created.wo) };
      }),
    );
    reply.status(result.status);
    return result.body;
  }
}
