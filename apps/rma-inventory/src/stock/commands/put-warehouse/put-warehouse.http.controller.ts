import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { CodePipe } from '../../../http/codes';
import { WarehouseView } from '../../stock.view';
import { PutWarehouseCommand } from './put-warehouse.command';
import { PutWarehouseRequest } from './put-warehouse.request';

@ApiTags('warehouses')
@Controller('v1/warehouses')
export class PutWarehouseHttpController {
  constructor(private readonly command: PutWarehouseCommand) {}

  @Put(':code')
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Register or change a warehouse: central, branch, engineer van or depot, with its time zone and calendar (R-RMA-5)' })
  @ApiOkResponse({ description: 'The warehouse as saved' })
  @ApiProblems({
    400: 'An invalid code or body; RMA.INVALID_TIME_ZONE, RMA.INVALID_CALENDAR, RMA.VAN_NEEDS_ENGINEER, RMA.BRANCH_NEEDS_REGION',
  })
  put(@Param('code', new CodePipe()) code: string, @Body() body: PutWarehouseRequest): Promise<WarehouseView> {
    return this.command.execute(code, body);
  }
}
