import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, Roles } from '@aftersales/platform-service-defaults';
import { ProductModelPageResponse, ProductModelResponse, ProductModelView } from '../../installed-base.view';
import { ProductModelsQuery } from './product-models.query';
import { ListProductModelsRequest } from './product-models.request';

@ApiTags('installed base')
@Controller('v1/product-models')
export class ProductModelsHttpController {
  constructor(private readonly query: ProductModelsQuery) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Product models and their warranty policies, newest first' })
  @ApiOkResponse({ type: ProductModelPageResponse.Output })
  list(@Query() q: ListProductModelsRequest): Promise<Page<ProductModelView>> {
    return this.query.list(q);
  }

  @Get(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'One product model by its code' })
  @ApiOkResponse({ type: ProductModelResponse.Output })
  get(@Param('code') code: string): Promise<ProductModelView> {
    return this.query.get(code);
  }
}
