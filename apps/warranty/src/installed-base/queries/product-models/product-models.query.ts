import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { productModelNotFound } from '../../installed-base.errors';
import { ProductModelView, toProductModelView } from '../../installed-base.view';
import { ProductModelEntity } from '../../infrastructure/installed-base.entities';
import { ListProductModelsRequest } from './product-models.request';

/** Product models and their warranty policies (R-WA-1). */
@Injectable()
export class ProductModelsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ListProductModelsRequest): Promise<Page<ProductModelView>> {
    return paginate(this.dataSource.getRepository(ProductModelEntity).createQueryBuilder('p'), q, toProductModelView);
  }

  async get(code: string): Promise<ProductModelView> {
    const found = await this.dataSource.getRepository(ProductModelEntity).findOneBy({ code });
    if (!found) throw productModelNotFound(code);
    return toProductModelView(found);
  }
}
