/**
 * The manager's desk (issue #20): escalations awaiting a reaction (R-SLA-3: reacting stops the next level) and the
 * clocks that breached, across the open cases of the first page of the queue. Intake has no cross-case escalation
 * list yet, so this reads each open case's clocks (see the report of issue #20).
 */
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intake, ok } from '../../api/clients';
import type { CaseClocksView, ClockView, EscalationView } from '../../api/undocumented';
import { COLOUR } from '../../widgets/colours';
import { when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { SlaChip } from '../../widgets/SlaChip';
import { CaseView, useCasePage } from '../agent/case-queries';

type Row<T> = T & { case: CaseView };

export default function ManagerArea() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const page = useCasePage({}, undefined, 50);
  const open = (page.data?.items ?? []).filter((c) => c.status !== 'closed');
  const clocks = useQueries({
    queries: open.map((c) => ({
      queryKey: ['clocks', c.id],
      queryFn: async () => ok(await intake.GET('/v1/cases/{id}/clocks', { params: { path: { id: c.id } } })) as unknown as CaseClocksView,
      refetchInterval: 30_000,
    })),
  });
  const escalations: Row<EscalationView>[] = [];
  const breaches: Row<ClockView>[] = [];
  clocks.forEach((q, i) => {
    if (!q.data) return;
    for (const e of q.data.escalations) if (!e.reactedAt) escalations.push({ ...e, case: open[i] });
    for (const c of q.data.clocks) if (c.state === 'breached') breaches.push({ ...c, case: open[i] });
  });
  const react = useMutation({
    mutationFn: async (e: Row<EscalationView>) =>
      ok(await intake.POST('/v1/cases/{id}/escalations/{escalationId}/reaction', { params: { path: { id: e.case.id, escalationId: e.id } }, body: { note: t('manager.reactionNote') } })),
    onSuccess: (_, e) => queryClient.invalidateQueries({ queryKey: ['clocks', e.case.id] }),
  });
  const caseLink = (c: CaseView) => <Link to={`/agent/cases/${c.id}`}>{c.caseNumber}</Link>;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('manager.title')}
      </Typography.Title>
      <ProblemAlert error={page.error ?? react.error} />
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('manager.escalations')}</h2>} data-testid="escalations">
        <Table<Row<EscalationView>>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 800 }}
          dataSource={escalations}
          locale={{ emptyText: t('manager.noEscalations') }}
          columns={[
            { title: t('case.number'), render: (_, e) => caseLink(e.case) },
            { title: t('manager.clock'), render: (_, e) => t(`clock.${e.clock}`, e.clock) },
            { title: t('manager.level'), render: (_, e) => <Tag color={COLOUR.red}>L{e.level}</Tag> },
            { title: t('manager.reason'), dataIndex: 'reason' },
            { title: t('manager.escalatedAt'), render: (_, e) => when(e.escalatedAt, i18n.language) },
            { title: t('manager.reactBy'), render: (_, e) => when(e.reactBy, i18n.language) },
            {
              title: t('manager.action'),
              render: (_, e) => (
                <Button size="small" type="primary" loading={react.isPending && react.variables?.id === e.id} onClick={() => react.mutate(e)}>
                  {t('manager.react')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('manager.breaches')}</h2>} data-testid="breaches">
        <Table<Row<ClockView>>
          rowKey={(c) => `${c.case.id}:${c.clock}`}
          size="small"
          pagination={false}
          scroll={{ x: 700 }}
          dataSource={breaches}
          locale={{ emptyText: t('manager.noBreaches') }}
          columns={[
            { title: t('case.number'), render: (_, c) => caseLink(c.case) },
            { title: t('manager.clock'), render: (_, c) => <SlaChip clock={c} /> },
            { title: t('manager.breachedAt'), render: (_, c) => when(c.breachedAt, i18n.language) },
            { title: t('clocks.why'), dataIndex: 'why' },
          ]}
        />
      </Card>
    </Space>
  );
}
