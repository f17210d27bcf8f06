import { Injectable } from '@nestjs/common';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { EndpointAccess } from '../../infrastructure/endpoint-access';
import { EndpointView, toEndpointView } from '../../webhook.view';

@Injectable()
export class GetEndpointQuery {
  constructor(private readonly access: EndpointAccess) {}

  async execute(id: string, user: AuthUser): Promise<EndpointView> {
    return toEndpointView(await this.access.visible(user, id));
  }
}
