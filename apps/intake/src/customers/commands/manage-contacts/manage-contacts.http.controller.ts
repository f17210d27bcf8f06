import { Body, Controller, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ContactResponse, ContactView } from '../../customer.view';
import { contactPatchSchema, contactSchema } from '../customer.requests';
import { ManageContactsCommand } from './manage-contacts.command';

class AddContactRequest extends createZodDto(contactSchema) {}
class UpdateContactRequest extends createZodDto(contactPatchSchema) {}

@ApiTags('customers')
@Controller('v1/customers/:customerId/contacts')
export class ManageContactsHttpController {
  constructor(private readonly command: ManageContactsCommand) {}

  @Post()
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Add a contact (name, phone, email, preferred channel) to a customer; personal data (R-IN-8)' })
  @ApiCreatedResponse({ type: ContactResponse.Output })
  add(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Body() body: AddContactRequest, @CurrentUser() user: AuthUser): Promise<ContactView> {
    return this.command.add(customerId, body, user);
  }

  @Patch(':contactId')
  @Roles('agent', 'manager', 'admin')
  @ApiOperation({ summary: 'Change a contact; null clears phone or email, as long as the preferred channel stays reachable' })
  @ApiOkResponse({ type: ContactResponse.Output })
  update(
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @Body() body: UpdateContactRequest,
    @CurrentUser() user: AuthUser,
  ): Promise<ContactView> {
    return this.command.update(customerId, contactId, body, user);
  }
}
