import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { ServiceContractPageResponse, ServiceContractResponse, ServiceContractView } from '../../service-contracts.view';
import { ContractsQuery } from './contracts.query';
import { ListContractsRequest } from './contracts.request';

@ApiTags('service contracts')
@Controller('v1/service-contracts')
export class ContractsHttpController {
  constructor(private readonly query: ContractsQuery) {}

  @Get()
  @Roles('admin', 'agent', 'manager')
  @ApiOperation({ summary: 'Service contracts, newest first, by unit or customer' })
  @ApiOkResponse({ type: ServiceContractPageResponse.Output })
  list(@Query() q: ListContractsRequest): Promise<Page<ServiceContractView>> {
    return this.query.list(q);
  }

  @Get(':id')
  @Roles('admin', 'agent', 'manager')
  @ApiOperation({ summary: 'One service contract' })
  @ApiOkResponse({ type: ServiceContractResponse.Output })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ServiceContractView> {
    return this.query.get(id);
  }
}
