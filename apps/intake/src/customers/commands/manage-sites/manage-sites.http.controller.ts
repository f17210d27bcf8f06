import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { SiteResponse, SiteView } from '../../customer.view';
import { sitePatchSchema, siteSchema } from '../customer.requests';
import { ManageSitesCommand } from './manage-sites.command';

class AddSiteRequest extends createZodDto(siteSchema) {}
class UpdateSiteRequest extends createZodDto(sitePatchSchema) {}

@ApiTags('customers')
@Controller('v1/customers/:customerId/sites')
export class ManageSitesHttpController {
  constructor(private readonly command: ManageSitesCommand) {}

  @Post()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Add a site (address, region, IANA time zone) to a customer' })
  @ApiCreatedResponse({ type: SiteResponse.Output })
  add(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Body() body: AddSiteRequest, @CurrentUser() user: AuthUser): Promise<SiteView> {
    return this.command.add(customerId, body, user);
  }

  @Patch(':siteId')
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Change a site; an unknown time zone is a 400' })
  @ApiOkResponse({ type: SiteResponse.Output })
  update(
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Param('siteId', new ParseUUIDPipe()) siteId: string,
    @Body() body: UpdateSiteRequest,
    @CurrentUser() user: AuthUser,
  ): Promise<SiteView> {
    return this.command.update(customerId, siteId, body, user);
  }
}
