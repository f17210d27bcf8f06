/**
 * One case on one screen: who and what, each clock with why it is due then (issue #3), warranty's decision and why
 * (R-WA-7), the work orders with why that engineer (R-DS-3), the activity with internal notes set apart, and the
 * changes an agent makes. A change made on a stale version is refused by intake (409): the agent reloads, and what
 * they typed stays in the form to apply again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, List, Radio, Row, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, dispatch, idempotencyKey, intake, ok } from '../../api/clients';
import type { ClockView, EngineerView, Page, WorkOrderDetailView } from '../../api/undocumented';
import { COLOUR } from '../../widgets/colours';
import { EntitlementCard } from '../../widgets/EntitlementCard';
import { PriorityTag, StatusTag, when } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { SlaChip } from '../../widgets/SlaChip';
import { CaseView, useActivity, useCase, useClocks, useDecision, useWorkOrders } from './case-queries';

const STATUSES: CaseView['status'][] = ['acknowledged', 'in-progress', 'waiting-on-customer', 'waiting-on-parts', 'resolved'];
const PRIORITIES: CaseView['priority'][] = ['P1', 'P2', 'P3', 'P4'];

export function ClockCard({ clock }: { clock: ClockView }) {
  const { t, i18n } = useTranslation();
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Space wrap>
          <SlaChip clock={clock} />
          <Typography.Text type="secondary">
            {t('clocks.target', { minutes: clock.targetMinutes })} · {t('clocks.due', { due: when(clock.dueAt, i18n.language) })}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text strong>{t('clocks.why')}</Typography.Text> {clock.why}
        </Typography.Paragraph>
        {clock.nextSteps.length > 0 && (
          <Typography.Text type="secondary">
            {t('clocks.nextStep', { at: when(clock.nextSteps[0].at, i18n.language), action: clock.nextSteps[0].action, reason: clock.nextSteps[0].reason })}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

function WorkOrderCard({ order }: { order: WorkOrderDetailView }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{order.workOrderNumber}</h3>} extra={<Tag>{t(`woStatus.${order.status}`, order.status)}</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('wo.engineer')}>{order.engineerId ?? t('wo.queued', { reason: order.queueReason ?? '' })}</Descriptions.Item>
        <Descriptions.Item label={t('wo.mode')}>{t(`mode.${order.serviceMode}`, order.serviceMode)}</Descriptions.Item>
        <Descriptions.Item label={t('wo.respondBy')}>{when(order.respondBy, i18n.language)}</Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('wo.whyThisEngineer')}</Typography.Text>
      <List
        size="small"
        dataSource={order.assignments}
        renderItem={(a) => (
          <List.Item data-testid="assignment">
            <Space direction="vertical" size={0}>
              <span>
                <Tag>{a.kind}</Tag> {a.engineerId} · {when(a.assignedAt, i18n.language)}
                {a.endedAt ? ` → ${when(a.endedAt, i18n.language)} (${a.endReason ?? ''})` : ''}
              </span>
              {a.note && <Typography.Text>{a.note}</Typography.Text>}
              {a.score && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {Object.entries(a.score)
                    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
                    .join(' · ')}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ActivityTimeline({ caseId, audience = 'staff' }: { caseId: string; audience?: 'staff' | 'customer' }) {
  const { t, i18n } = useTranslation();
  const activity = useActivity(caseId);
  if (activity.error) return <ProblemAlert error={activity.error} />;
  return (
    <Timeline
      items={(activity.data?.items ?? []).map((a) => ({
        color: a.visibility === 'internal' ? 'gray' : 'blue',
        children: (
          <div style={a.visibility === 'internal' ? { border: '1px dashed #d46b08', padding: 6, borderRadius: 4 } : undefined}>
            <Space wrap size={4}>
              <Typography.Text strong>{t(`activity.${a.kind}`, a.kind)}</Typography.Text>
              {a.visibility === 'internal' && audience === 'staff' && <Tag color={COLOUR.orange}>{t('activity.internal')}</Tag>}
              <Typography.Text type="secondary">
                {when(a.at, i18n.language)} · {a.actor}
              </Typography.Text>
            </Space>
            {typeof a.detail.text === 'string' && <div>{a.detail.text}</div>}
            {typeof a.detail.to === 'string' && <div>{t('activity.to', { to: t(`status.${a.detail.to}`, a.detail.to) })}</div>}
          </div>
        ),
      }))}
    />
  );
}
export { ActivityTimeline };

/** Offers the reload when intake refused a change made on an older version of the case. */
function useConflictHandler(caseId: string) {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (error instanceof ApiError && error.status === 409 && error.problem.code === 'INTAKE.VERSION_CONFLICT') {
      modal.confirm({
        title: t('conflict.title'),
        content: t('conflict.explain'),
        okText: t('conflict.reload'),
        cancelText: t('conflict.keep'),
        onOk: () => queryClient.invalidateQueries({ queryKey: ['case', caseId] }),
      });
    }
  };
}

function CaseActions({ c }: { c: CaseView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const onConflict = useConflictHandler(c.id);
  const [statusForm] = Form.useForm<{ status: CaseView['status']; resolution?: string }>();
  const [priorityForm] = Form.useForm<{ priority: CaseView['priority']; reason: string }>();
  const [assignForm] = Form.useForm<{ assigneeId: string }>();
  const refresh = () => Promise.all(['case', 'activity', 'clocks'].map((k) => queryClient.invalidateQueries({ queryKey: [k, c.id] })));
  const engineers = useQuery({
    queryKey: ['engineers'],
    queryFn: async () => ok(await dispatch.GET('/v1/engineers', { params: { query: { active: 'true' } } })) as unknown as Page<EngineerView>,
  });
  const status = useMutation({
    mutationFn: async (v: { status: CaseView['status']; resolution?: string }) =>
      ok(await intake.POST('/v1/cases/{id}/status', { params: { path: { id: c.id } }, body: { status: v.status, version: c.version, ...(v.resolution ? { resolution: v.resolution } : {}) } })),
    onSuccess: refresh,
    onError: onConflict,
  });
  const priority = useMutation({
    mutationFn: async (v: { priority: CaseView['priority']; reason: string }) =>
      ok(await intake.POST('/v1/cases/{id}/priority', { params: { path: { id: c.id } }, body: { priority: v.priority, reason: v.reason, version: c.version } })),
    onSuccess: refresh,
    onError: onConflict,
  });
  const assign = useMutation({
    mutationFn: async (v: { assigneeId: string }) =>
      ok(await intake.POST('/v1/cases/{id}/assignment', { params: { path: { id: c.id } }, body: { assigneeId: v.assigneeId, version: c.version } })),
    onSuccess: refresh,
    onError: onConflict,
  });
  const wanted = Form.useWatch('status', statusForm);
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('case.actions')}</h2>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Form form={statusForm} layout="inline" onFinish={(v) => status.mutate(v)} aria-label={t('case.changeStatus')}>
          <Form.Item name="status" label={t('case.status')} rules={[{ required: true, message: t('form.required') }]}>
            <Select style={{ width: 190 }} options={STATUSES.filter((s) => s !== c.status).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          </Form.Item>
          {wanted === 'resolved' && (
            <Form.Item name="resolution" label={t('case.resolution')} rules={[{ required: true, message: t('form.required') }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
          )}
          <Button htmlType="submit" loading={status.isPending}>
            {t('case.changeStatus')}
          </Button>
        </Form>
        <ProblemAlert error={status.error} />
        <Form form={priorityForm} layout="inline" onFinish={(v) => priority.mutate(v)} aria-label={t('case.changePriority')}>
          <Form.Item name="priority" label={t('case.priority')} rules={[{ required: true, message: t('form.required') }]}>
            <Select style={{ width: 110 }} options={PRIORITIES.filter((p) => p !== c.priority).map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('case.reason')} rules={[{ required: true, message: t('form.required') }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Button htmlType="submit" loading={priority.isPending}>
            {t('case.changePriority')}
          </Button>
        </Form>
        <ProblemAlert error={priority.error} />
        <Form form={assignForm} layout="inline" onFinish={(v) => assign.mutate(v)} aria-label={t('case.assign')}>
          <Form.Item name="assigneeId" label={t('case.engineer')} rules={[{ required: true, message: t('form.required') }]}>
            <Select
              style={{ width: 220 }}
              loading={engineers.isLoading}
              options={(engineers.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} · ${e.homeBranch}` }))}
            />
          </Form.Item>
          <Button htmlType="submit" loading={assign.isPending}>
            {t('case.assign')}
          </Button>
        </Form>
        <ProblemAlert error={assign.error} />
      </Space>
    </Card>
  );
}

export function NoteForm({ caseId, allowInternal }: { caseId: string; allowInternal: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ text: string; visibility: 'public' | 'internal' }>();
  const key = useRef(idempotencyKey());
  const add = useMutation({
    mutationFn: async (v: { text: string; visibility: 'public' | 'internal' }) =>
      ok(await intake.POST('/v1/cases/{id}/notes', { params: { path: { id: caseId }, header: { 'Idempotency-Key': key.current } }, body: v })),
    onSuccess: async () => {
      key.current = idempotencyKey();
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['activity', caseId] });
    },
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ visibility: allowInternal ? 'internal' : 'public' }} onFinish={(v) => add.mutate(v)}>
      <Form.Item name="text" label={t('note.text')} rules={[{ required: true, message: t('form.required') }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {allowInternal && (
        <Form.Item name="visibility" label={t('note.visibility')}>
          <Radio.Group
            options={[
              { value: 'internal', label: t('note.internal') },
              { value: 'public', label: t('note.public') },
            ]}
          />
        </Form.Item>
      )}
      <ProblemAlert error={add.error} />
      <Button htmlType="submit" loading={add.isPending}>
        {t('note.add')}
      </Button>
    </Form>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const kase = useCase(id);
  const clocks = useClocks(id);
  const decision = useDecision(kase.data?.entitlement?.decisionId);
  const orders = useWorkOrders(id);
  if (kase.error) return <ProblemAlert error={kase.error} />;
  const c = kase.data;
  if (!c) return <Card loading />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="case-number">
          {c.caseNumber}
        </Typography.Title>
        <StatusTag status={c.status} />
        <PriorityTag priority={c.priority} />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('case.contact')}>
                  {c.contact.name} {c.contact.phone ?? ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('case.product')}>
                  {c.productModel} · {c.serialNumber}
                </Descriptions.Item>
                <Descriptions.Item label={t('case.category')}>{t(`category.${c.category}`)}</Descriptions.Item>
                <Descriptions.Item label={t('case.channel')}>{t(`channel.${c.channel}`, c.channel)}</Descriptions.Item>
                <Descriptions.Item label={t('case.created')}>{when(c.createdAt, i18n.language)}</Descriptions.Item>
                <Descriptions.Item label={t('case.engineer')}>
                  <span data-testid="case-engineer">{c.assigneeId ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('newCase.symptoms')} span={2}>
                  {c.symptoms}
                </Descriptions.Item>
                {c.resolution && (
                  <Descriptions.Item label={t('case.resolution')} span={2}>
                    {c.resolution}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('clocks.title')}</h2>} data-testid="clocks">
              <ProblemAlert error={clocks.error} />
              <List loading={clocks.isLoading} dataSource={clocks.data?.clocks ?? []} renderItem={(clock) => <ClockCard clock={clock} />} locale={{ emptyText: t('sla.none') }} />
            </Card>
            <CaseActions c={c} />
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('activity.title')}</h2>}>
              <ActivityTimeline caseId={c.id} />
              <NoteForm caseId={c.id} allowInternal />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {decision.data ? (
              <EntitlementCard decision={decision.data} />
            ) : (
              <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('warranty.title')}</h2>}>
                {decision.error ? <ProblemAlert error={decision.error} /> : <Typography.Text type="secondary">{t('warranty.pending')}</Typography.Text>}
              </Card>
            )}
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('wo.title')}</h2>} data-testid="work-orders">
              <ProblemAlert error={orders.error} />
              {(orders.data ?? []).length === 0 ? <Empty description={t('wo.none')} /> : orders.data?.map((o) => <WorkOrderCard key={o.id} order={o} />)}
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
