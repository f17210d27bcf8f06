import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { productModelNotFound } from '../../installed-base.errors';
import { ProductModelPageResponse, ProductModelResponse, ProductModelView, toProductModelView } from '../../installed-base.view';
import { ProductModelEntity } from '../../infrastructure/installed-base.entities';

const listProductModelsQuery = z.strictObject({ ...pageQuery });
class ListProductModelsQuery extends createZodDto(listProductModelsQuery) {}

@ApiTags('installed base')
@Controller('v1/product-models')
export class ProductModelsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Product models and their warranty policies, newest first' })
  @ApiOkResponse({ type: ProductModelPageResponse.Output })
  list(@Query() q: ListProductModelsQuery): Promise<Page<ProductModelView>> {
    return paginate(this.dataSource.getRepository(ProductModelEntity).createQueryBuilder('p'), q, toProductModelView);
  }

  @Get(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'One product model by its code' })
  @ApiOkResponse({ type: ProductModelResponse.Output })
  async get(@Param('code') code: string): Promise<ProductModelView> {
    const found = await this.dataSource.getRepository(ProductModelEntity).findOneBy({ code });
    if (!found) throw productModelNotFound(code);
    return toProductModelView(found);
  }
}
