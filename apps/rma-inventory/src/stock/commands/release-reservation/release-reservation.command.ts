import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { ReservationView, toReservationView } from '../../stock.view';
import { StockReservations } from '../stock-reservations';
import { ReleaseReservationRequest } from './release-reservation.request';

/** Gives a reservation (or part of a contract hold) back: to available stock, or to the hold it came from. */
@Injectable()
export class ReleaseReservationCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reservations: StockReservations,
  ) {}

  execute(id: string, request: ReleaseReservationRequest, user: AuthUser): Promise<ReservationView> {
    return this.dataSource.transaction(async (m) =>
      toReservationView(await this.reservations.release(m, { reservationId: id, quantity: request.quantity, reason: request.reason, actor: user.sub })),
    );
  }
}
