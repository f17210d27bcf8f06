import { DomainError } from '@aftersales/platform-service-defaults';
import { InvalidKpiDefinition, KpiDefinitionDocument, validateDefinitions } from './domain/kpi-definition';

export function kpiDefinitionNotFound(version: number): DomainError {
  return new DomainError('SURVEYS.KPI_DEFINITION_NOT_FOUND', `KPI definition version ${version} not found`, 404);
}

/** A new version must say which one it replaces: two editors at once do not overwrite each other unseen. */
export function kpiDefinitionStale(basedOn: number, current: number): DomainError {
  return new DomainError('SURVEYS.KPI_DEFINITION_STALE', `The definitions are at version ${current}, not ${basedOn}: read them again`, 409, { basedOn, current });
}

/** The rules of a definition document its shape cannot say (domain/kpi-definition.ts), as a 422 listing them. */
export function validDefinitionsOrUnprocessable(doc: KpiDefinitionDocument): KpiDefinitionDocument {
  const problems = validateDefinitions(doc);
  if (problems.length === 0) return doc;
  const error = new InvalidKpiDefinition(problems);
  throw new DomainError('SURVEYS.KPI_DEFINITION_INVALID', error.message, 422, { problems });
}
