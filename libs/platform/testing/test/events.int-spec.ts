/** The test harness's event collector on the NATS 2.9 the platform targets (no 2.10 multi-filter consumers). */
import { CaseClosedV1, CaseOpenedV1 } from '@aftersales/contracts-intake';
import { collectEvents, provisionTestStream, publishTestEvent, testInfra, testNamespace, waitFor } from '../src';

describe('collectEvents', () => {
  const natsUrl = testInfra().natsUrl;
  const ns = testNamespace('collector');

  it('with a subject, sees only the events of that subject', async () => {
    await provisionTestStream(natsUrl, ns, 'intake');
    const opened = await collectEvents(natsUrl, ns, 'intake', { subject: CaseOpenedV1.subject });
    const everything = await collectEvents(natsUrl, ns, 'intake');
    try {
      await publishTestEvent(natsUrl, ns, CaseClosedV1, { aggregateId: CaseClosedV1.example.caseId, data: CaseClosedV1.example });
      const sent = await publishTestEvent(natsUrl, ns, CaseOpenedV1, { aggregateId: CaseOpenedV1.example.caseId, data: CaseOpenedV1.example });
      await opened.waitFor((e) => e.id === sent.id);
      await waitFor(() => everything.all().length === 2, { what: 'both events on the unfiltered collector' });
      expect(opened.all().map((e) => e.type)).toEqual([CaseOpenedV1.subject]);
    } finally {
      await opened.stop();
      await everything.stop();
    }
  });
});
