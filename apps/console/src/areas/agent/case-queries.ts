/** The reads every case screen shares, as TanStack Query hooks over the generated clients. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dispatch, intake, ok, warranty } from '../../api/clients';
import type { components as IntakeSchemas } from '../../api/generated/intake';
import type { CaseClocksView, Page, WorkOrderDetailView, WorkOrderView } from '../../api/undocumented';

/**
 * A case as GET /v1/cases pages it. Not `CaseResponse_Output`: that component of intake's document describes every
 * nullable string as an array of strings (a fault of the document's generation, see the report of issue #20), so the
 * single-case reads are read as this shape too.
 */
export type CaseView = IntakeSchemas['schemas']['CasePageResponse_Output']['items'][number];
export type CaseFilters = { status?: CaseView['status']; priority?: CaseView['priority']; q?: string; customerId?: string };

/** Server-paged: the cursor of the page asked for (undefined for the first). Polled so the queue stays current. */
export function useCasePage(filters: CaseFilters, cursor: string | undefined, limit = 20) {
  return useQuery({
    queryKey: ['cases', filters, cursor, limit],
    queryFn: async () => ok(await intake.GET('/v1/cases', { params: { query: { ...filters, cursor, limit } } })),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: async () => ok(await intake.GET('/v1/cases/{id}', { params: { path: { id } } })) as unknown as CaseView });
}

export function useClocks(id: string, enabled = true) {
  return useQuery({
    queryKey: ['clocks', id],
    queryFn: async () => ok(await intake.GET('/v1/cases/{id}/clocks', { params: { path: { id } } })) as unknown as CaseClocksView,
    staleTime: 30_000,
    refetchInterval: 60_000,
    enabled,
  });
}

export function useActivity(id: string) {
  return useQuery({ queryKey: ['activity', id], queryFn: async () => ok(await intake.GET('/v1/cases/{id}/activity', { params: { path: { id } } })) });
}

export function useDecision(decisionId: string | undefined) {
  return useQuery({
    queryKey: ['decision', decisionId],
    queryFn: async () => ok(await warranty.GET('/v1/entitlement-decisions/{id}', { params: { path: { id: decisionId as string } } })),
    enabled: Boolean(decisionId),
  });
}

/** The case's work orders with their assignments: why that engineer (R-DS-3). */
export function useWorkOrders(caseId: string) {
  return useQuery({
    queryKey: ['work-orders', caseId],
    queryFn: async () => {
      const page = ok(await dispatch.GET('/v1/work-orders', { params: { query: { caseId } } })) as unknown as Page<WorkOrderView>;
      return Promise.all(
        page.items.map(async (w) => ok(await dispatch.GET('/v1/work-orders/{id}', { params: { path: { id: w.id } } })) as unknown as WorkOrderDetailView),
      );
    },
    refetchInterval: 20_000,
  });
}
