import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

type ProblemStatus = 400 | 403 | 404 | 409 | 422;

/**
 * Documents an operation's own 4xx answers with its RMA.* codes in words. The shared document builder makes each of
 * them application/problem+json and adds the answers every service shares (401, 403 for the roles).
 */
export function ApiProblems(problems: Partial<Record<ProblemStatus, string>>): MethodDecorator & ClassDecorator {
  const described = ([400, 403, 404, 409, 422] as const)
    .filter((status) => problems[status])
    .map((status) => [status, status === 403 ? `A role that may not do this, or ${problems[403]}` : (problems[status] as string)] as const);
  return applyDecorators(...described.map(([status, description]) => ApiResponse({ status, description })));
}
