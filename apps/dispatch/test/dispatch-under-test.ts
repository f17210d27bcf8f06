/** Dispatch in-process for one test file: the shared harness with a manual clock and intake's stream. */
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { dispatchService } from '../src/dispatch.service-definition';

export type DispatchUnderTest = ServiceUnderTest<ManualClock>;

export function startDispatch(): Promise<DispatchUnderTest> {
  return startServiceUnderTest({ definition: dispatchService, appModule: AppModule, clock: new ManualClock(new Date()), streams: ['intake'] });
}

/** Registers organisation units and engineers as an administrator would; each PUT must answer 200. */
export async function putOrganisation(t: DispatchUnderTest, org: { units?: [string, object][]; engineers?: [string, object][] }): Promise<void> {
  const admin = await t.token('admin');
  for (const [code, body] of org.units ?? []) expect([code, (await t.http('PUT', `/v1/org-units/${code}`, { token: admin, body })).status]).toEqual([code, 200]);
  for (const [id, body] of org.engineers ?? []) expect([id, (await t.http('PUT', `/v1/engineers/${id}`, { token: admin, body })).status]).toEqual([id, 200]);
}
