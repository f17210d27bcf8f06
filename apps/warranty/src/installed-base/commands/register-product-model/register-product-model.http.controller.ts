import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { ProductModelResponse, ProductModelView } from '../../installed-base.view';
import { RegisterProductModelCommand } from './register-product-model.command';
import { RegisterProductModelRequest } from './register-product-model.request';

@ApiTags('installed base')
@Controller('v1/product-models')
export class RegisterProductModelHttpController {
  constructor(private readonly command: RegisterProductModelCommand) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a product model with its warranty policy (R-WA-1); a code already registered is a 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first answer' })
  @ApiCreatedResponse({ type: ProductModelResponse.Output })
  async register(
    @Body() body: RegisterProductModelRequest,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { status(code: number): unknown },
  ): Promise<ProductModelView> {
    const result = await this.command.execute(body, user, key);
    reply.status(result.status);
    return result.body;
  }
}
