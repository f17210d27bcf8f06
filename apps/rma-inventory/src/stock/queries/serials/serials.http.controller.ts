import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { SerialPipe } from '../../../http/codes';
import { SerialsQuery } from './serials.query';

@ApiTags('stock')
@Controller('v1/stock/serials')
export class SerialsHttpController {
  constructor(private readonly query: SerialsQuery) {}

  @Get(':serialNumber')
  @Roles('rma-admin', 'agent', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'A serialised unit: where it is now and its history from receipt to the customer and back (R-RMA-5)' })
  @ApiOkResponse({ description: 'The unit and its history' })
  @ApiProblems({ 400: 'An invalid serial number', 404: 'RMA.SERIAL_NOT_FOUND' })
  one(@Param('serialNumber', new SerialPipe()) serialNumber: string) {
    return this.query.one(serialNumber);
  }
}
