import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { CodePipe } from '../../../http/codes';
import { SetMinimumCommand } from './set-minimum.command';
import { SetMinimumRequest } from './set-minimum.request';

@ApiTags('stock')
@Controller('v1/warehouses')
export class SetMinimumHttpController {
  constructor(private readonly command: SetMinimumCommand) {}

  @Put(':code/minimums/:partNumber')
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Set the minimum level of a part in a warehouse; below it the part is short and reported once per crossing (R-RMA-5)' })
  @ApiOkResponse({ description: 'The level with its new minimum' })
  @ApiProblems({ 400: 'An invalid code, part number or body', 404: 'RMA.WAREHOUSE_NOT_FOUND, RMA.PART_NOT_FOUND', 409: 'RMA.WAREHOUSE_INACTIVE, RMA.PART_INACTIVE' })
  set(@Param('code', new CodePipe()) code: string, @Param('partNumber', new CodePipe()) partNumber: string, @Body() body: SetMinimumRequest, @CurrentUser() user: AuthUser) {
    return this.command.execute(code, partNumber, body, user);
  }
}
