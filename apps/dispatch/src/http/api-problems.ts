import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

type ProblemStatus = 400 | 403 | 404 | 409 | 422;

/**
 * Documents an operation's own 4xx answers with its DISPATCH.* codes in words. The shared document builder
 * (libs/platform/service-defaults, problem-openapi.ts) makes each of them application/problem+json and adds the
 * edge's answers every service shares (401 with its WWW-Authenticate header, 403 for the roles), so only what is
 * particular to the operation is named here; `403` adds the operation's own refusals to the role check. With any
 * response declared, Nest no longer adds the implicit 200/201: operations declare their success response beside
 * this (`@ApiOkResponse`, `@ApiCreatedResponse`).
 */
export function ApiProblems(problems: Partial<Record<ProblemStatus, string>>): MethodDecorator & ClassDecorator {
  const described = ([400, 403, 404, 409, 422] as const)
    .filter((status) => problems[status])
    .map((status) => [status, status === 403 ? `A role that may not do this, or ${problems[403]}` : (problems[status] as string)] as const);
  return applyDecorators(...described.map(([status, description]) => ApiResponse({ status, description })));
}
