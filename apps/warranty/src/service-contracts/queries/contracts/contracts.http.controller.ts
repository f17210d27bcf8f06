import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { ServiceContractEntity } from '../../infrastructure/service-contract.entity';
import { contractNotFound } from '../../service-contracts.errors';
import { ServiceContractPageResponse, ServiceContractResponse, ServiceContractView, toContractView } from '../../service-contracts.view';

const listContractsQuery = z.strictObject({ serialNumber: z.string().trim().min(1).max(100).optional(), customerId: z.uuid().optional(), ...pageQuery });
class ListContractsQuery extends createZodDto(listContractsQuery) {}

@ApiTags('service contracts')
@Controller('v1/service-contracts')
export class ContractsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('admin', 'agent', 'manager')
  @ApiOperation({ summary: 'Service contracts, newest first, by unit or customer' })
  @ApiOkResponse({ type: ServiceContractPageResponse.Output })
  list(@Query() q: ListContractsQuery): Promise<Page<ServiceContractView>> {
    const qb = this.dataSource.getRepository(ServiceContractEntity).createQueryBuilder('c');
    if (q.serialNumber) qb.andWhere('c.serial_number = :serial', { serial: q.serialNumber });
    if (q.customerId) qb.andWhere('c.customer_id = :customerId', { customerId: q.customerId });
    return paginate(qb, q, toContractView);
  }

  @Get(':id')
  @Roles('admin', 'agent', 'manager')
  @ApiOperation({ summary: 'One service contract' })
  @ApiOkResponse({ type: ServiceContractResponse.Output })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ServiceContractView> {
    const found = await this.dataSource.getRepository(ServiceContractEntity).findOneBy({ id });
    if (!found) throw contractNotFound(id);
    return toContractView(found);
  }
}
