import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { entitlementDecisionViewSchema } from '../../entitlement.view';
import { AddEvidenceCommand, EvidenceResult } from './add-evidence.command';
import { AddEvidenceRequest } from './add-evidence.request';

class EvidenceResultResponse extends createZodDto(
  z.object({ changed: z.boolean().describe('What the customer gets changed: entitlement.changed.v1 was published'), decision: entitlementDecisionViewSchema }),
) {}

@ApiTags('entitlements')
@Controller('v1/entitlement-decisions/:id/evidence')
export class AddEvidenceHttpController {
  constructor(private readonly command: AddEvidenceCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('engineer', 'expert', 'admin')
  @ApiOperation({
    summary: "Add the engineer's diagnosis or a return inspection to a case's decision and re-evaluate it (R-WA-2, R-WA-3, R-WA-4, R-WA-7)",
    description:
      'The decision is re-evaluated for the day the case opened; when the outcome changes (e.g. human damage turns a free repair into paid service) entitlement.changed.v1 is published. The same evidence again changes nothing.',
  })
  @ApiOkResponse({ type: EvidenceResultResponse.Output })
  add(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AddEvidenceRequest, @CurrentUser() user: AuthUser): Promise<EvidenceResult> {
    return this.command.execute(id, body, user);
  }
}
