import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { ReservationView } from '../../stock.view';
import { ReleaseReservationCommand } from './release-reservation.command';
import { ReleaseReservationRequest } from './release-reservation.request';

@ApiTags('stock')
@Controller('v1/stock/reservations')
export class ReleaseReservationHttpController {
  constructor(private readonly command: ReleaseReservationCommand) {}

  @Post(':id/release')
  @HttpCode(200)
  @Roles('rma-admin', 'agent', 'engineer', 'manager', 'admin')
  @ApiOperation({ summary: 'Release a reservation, or part of it, back to available stock (or to the contract hold it was drawn from)' })
  @ApiOkResponse({ description: 'The reservation after the release' })
  @ApiProblems({
    400: 'An invalid id or body',
    404: 'RMA.RESERVATION_NOT_FOUND',
    409: 'RMA.RESERVATION_NOT_ACTIVE, RMA.RELEASE_EXCEEDS_RESERVATION',
  })
  release(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReleaseReservationRequest, @CurrentUser() user: AuthUser): Promise<ReservationView> {
    return this.command.execute(id, body, user);
  }
}
