import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { CodePipe } from '../../../http/codes';
import { PartView } from '../../stock.view';
import { PutPartCommand } from './put-part.command';
import { PutPartRequest } from './put-part.request';

@ApiTags('parts')
@Controller('v1/parts')
export class PutPartHttpController {
  constructor(private readonly command: PutPartCommand) {}

  @Put(':partNumber')
  @Roles('rma-admin', 'admin')
  @ApiOperation({ summary: 'Add a spare part to the catalogue or change it: models it fits, ranked substitutes, serialised or bulk, unit cost, critical (R-RMA-5)' })
  @ApiOkResponse({ description: 'The part as saved' })
  @ApiProblems({
    400: 'An invalid part number or body; RMA.SUBSTITUTE_OF_ITSELF',
    409: 'RMA.SERIALISED_CHANGE_WITH_STOCK: serialised or bulk changes only while none is on hand',
    422: 'RMA.UNKNOWN_SUBSTITUTE: a substitute is not in the catalogue',
  })
  put(@Param('partNumber', new CodePipe()) partNumber: string, @Body() body: PutPartRequest): Promise<PartView> {
    return this.command.execute(partNumber, body);
  }
}
