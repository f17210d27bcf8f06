import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@aftersales/platform-service-defaults';
import { ApiProblems } from '../../../http/api-problems';
import { WorkBoardQuery } from './work-board.query';
import { WorkBoardRequest } from './work-board.request';

@ApiTags('work-orders')
@Controller('v1/work-orders')
export class WorkBoardHttpController {
  constructor(private readonly query: WorkBoardQuery) {}

  @Get('board')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'The manager’s board: work orders by branch and status (counts), and one branch’s open orders by status' })
  @ApiOkResponse({ description: 'The board' })
  @ApiProblems({ 400: 'An invalid branch code' })
  board(@Query() q: WorkBoardRequest) {
    return this.query.execute(q);
  }
}
