import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ImportReport, ImportUnitsCommand } from './import-units.command';
import { ImportUnitsRequest } from './import-units.request';

class ImportReportResponse extends createZodDto(
  z.object({
    rows: z.number().int(),
    registered: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), serialNumber: z.string().nullable(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  }),
) {}

@ApiTags('installed base')
@Controller('v1/units/imports')
export class ImportUnitsHttpController {
  constructor(private readonly command: ImportUnitsCommand) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Register many units from a CSV file (R-WA-5), with a report per refused row',
    description: 'Good rows are registered in one transaction; a bad row is never registered in part. A file that is not CSV or lacks a required column is a 400 and changes nothing.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first report' })
  @ApiOkResponse({ type: ImportReportResponse.Output })
  async import(@Body() body: ImportUnitsRequest, @CurrentUser() user: AuthUser, @Headers('idempotency-key') key: string | undefined): Promise<ImportReport> {
    return (await this.command.execute(body, user, key)).body;
  }
}
