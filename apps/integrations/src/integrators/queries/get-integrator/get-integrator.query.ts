import { Injectable } from '@nestjs/common';
import { IntegratorView, toIntegratorView } from '../../integrator.view';
import { integratorNotFound } from '../../integrator.errors';
import { IntegratorRepository } from '../../infrastructure/integrator.repository';

@Injectable()
export class GetIntegratorQuery {
  constructor(private readonly integrators: IntegratorRepository) {}

  async execute(id: string): Promise<IntegratorView> {
    const integrator = await this.integrators.byId(id);
    if (!integrator) throw integratorNotFound(id);
    return toIntegratorView(integrator);
  }
}
