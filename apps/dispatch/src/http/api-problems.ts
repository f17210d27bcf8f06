import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

type ProblemStatus = 400 | 403 | 404 | 409 | 422;

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * Documents an operation's 4xx answers, each application/problem+json with its DISPATCH.* codes in words. Every
 * operation is behind a bearer token and roles, so 401 and 403 are always there; `403` adds the operation's own
 * refusals to the role check. With any response declared, Nest no longer adds the implicit 200/201: operations
 * declare their success response beside this (`@ApiOkResponse`, `@ApiCreatedResponse`).
 */
export function ApiProblems(problems: Partial<Record<ProblemStatus, string>>): MethodDecorator & ClassDecorator {
  const described: [number, string][] = [
    ...(problems[400] ? [[400, problems[400]] as [number, string]] : []),
    [401, 'No valid bearer token'],
    [403, problems[403] ? `A role that may not do this, or ${problems[403]}` : 'A role that may not do this'],
    ...([404, 409, 422] as const).filter((s) => problems[s]).map((s) => [s, problems[s] as string] as [number, string]),
  ];
  return applyDecorators(...described.map(([status, description]) => ApiResponse({ status, description, content: problem })));
}
