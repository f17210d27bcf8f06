/**
 * One work order's visit on the engineer's phone, step by step as dispatch enforces them (R-DS-4, R-DS-8): call the
 * customer (the acknowledgement, R-SLA-4), arrive, diagnose, test, inspect, the customer signs, complete.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Result, Space, Steps, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { dispatch, ok } from '../../api/clients';
import type { VisitView, WorkOrderDetailView } from '../../api/undocumented';
import { useUser } from '../../shell/session-context';
import { PriorityTag } from '../../widgets/labels';
import { ProblemAlert } from '../../widgets/ProblemAlert';
import { SignaturePad } from '../../widgets/SignaturePad';

const STEPS = ['contact', 'arrive', 'diagnose', 'test', 'inspect', 'sign', 'complete'] as const;
type Step = (typeof STEPS)[number] | 'done';

/** Where the visit stands, from what dispatch recorded. */
export function currentStep(order: Pick<WorkOrderDetailView, 'status' | 'customerContactedAt'>, visit: VisitView | undefined): Step {
  if (order.status === 'completed') return 'done';
  if (!order.customerContactedAt) return 'contact';
  if (!visit || visit.status !== 'on-site') return 'arrive';
  if (!visit.diagnosis) return 'diagnose';
  if (visit.testResults.length === 0) return 'test';
  if (!visit.qualityCheck?.passed) return 'inspect';
  if (!visit.signOff) return 'sign';
  return 'complete';
}

export function VisitSteps() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const order = useQuery({
    queryKey: ['work-order', id],
    queryFn: async () => ok(await dispatch.GET('/v1/work-orders/{id}', { params: { path: { id } } })) as unknown as WorkOrderDetailView,
  });
  const visits = useQuery({
    queryKey: ['visits', id],
    queryFn: async () => ok(await dispatch.GET('/v1/work-orders/{id}/visits', { params: { path: { id } } })) as unknown as { items: VisitView[] },
  });
  const visit = visits.data?.items[visits.data.items.length - 1];
  const [signature, setSignature] = useState<string>();
  const onSignature = useCallback((png: string | undefined) => setSignature(png), []);
  const step = useMutation({
    mutationFn: async (run: () => Promise<unknown>) => run(),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['work-order', id] }), queryClient.invalidateQueries({ queryKey: ['visits', id] })]),
  });
  if (order.error) return <ProblemAlert error={order.error} />;
  if (!order.data || !visits.data) return <Card loading />;
  const wo = order.data;
  const now = currentStep(wo, visit);
  const visitId = visit?.id ?? '';

  const forms: Record<Exclude<Step, 'done'>, React.ReactNode> = {
    contact: (
      <Button type="primary" block size="large" onClick={() => step.mutate(async () => ok(await dispatch.POST('/v1/work-orders/{id}/customer-contacted', { params: { path: { id } }, body: { channel: 'phone' } })))}>
        {t('visit.contacted')}
      </Button>
    ),
    arrive: (
      <Button type="primary" block size="large" onClick={() => step.mutate(async () => ok(await dispatch.POST('/v1/work-orders/{id}/visits', { params: { path: { id } }, body: {} })))}>
        {t('visit.arrived')}
      </Button>
    ),
    diagnose: (
      <Form layout="vertical" onFinish={(v: { diagnosis: string }) => step.mutate(async () => ok(await dispatch.POST('/v1/visits/{visitId}/diagnosis', { params: { path: { visitId } }, body: { diagnosis: v.diagnosis, defectiveOnArrival: false } })))}>
        <Form.Item name="diagnosis" label={t('visit.diagnosis')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('visit.save')}
        </Button>
      </Form>
    ),
    test: (
      <Form
        layout="vertical"
        initialValues={{ name: t('visit.defaultTest'), passed: true }}
        onFinish={(v: { name: string; passed: boolean }) =>
          step.mutate(async () => ok(await dispatch.POST('/v1/visits/{visitId}/tests', { params: { path: { visitId } }, body: { results: [{ name: v.name, passed: v.passed }] } })))
        }
      >
        <Form.Item name="name" label={t('visit.testName')} rules={[{ required: true, message: t('form.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="passed" valuePropName="checked">
          <Checkbox>{t('visit.testPassed')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('visit.save')}
        </Button>
      </Form>
    ),
    inspect: (
      <Form
        layout="vertical"
        initialValues={{ inspector: user.name ?? user.sub }}
        onFinish={(v: { inspector: string }) =>
          step.mutate(async () => ok(await dispatch.POST('/v1/visits/{visitId}/quality-check', { params: { path: { visitId } }, body: { passed: true, inspector: v.inspector } })))
        }
      >
        <Form.Item name="inspector" label={t('visit.inspector')} rules={[{ required: true, message: t('form.required') }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('visit.inspectionPassed')}
        </Button>
      </Form>
    ),
    sign: (
      <Form
        layout="vertical"
        onFinish={(v: { customerName: string }) =>
          signature &&
          step.mutate(async () => ok(await dispatch.POST('/v1/visits/{visitId}/sign-off', { params: { path: { visitId } }, body: { customerName: v.customerName, signaturePng: signature } })))
        }
      >
        <Form.Item name="customerName" label={t('visit.customerName')} rules={[{ required: true, message: t('form.required') }]}>
          <Input />
        </Form.Item>
        <SignaturePad onChange={onSignature} label={t('visit.signatureLabel')} />
        <Button type="primary" htmlType="submit" block size="large" disabled={!signature} style={{ marginTop: 12 }}>
          {t('visit.signOff')}
        </Button>
      </Form>
    ),
    complete: (
      <Form layout="vertical" onFinish={(v: { resolution: string }) => step.mutate(async () => ok(await dispatch.POST('/v1/visits/{visitId}/complete', { params: { path: { visitId } }, body: { resolution: v.resolution } })))}>
        <Form.Item name="resolution" label={t('visit.resolution')} rules={[{ required: true, message: t('form.required') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('visit.complete')}
        </Button>
      </Form>
    ),
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {wo.workOrderNumber}
      </Typography.Title>
      <Space wrap>
        <PriorityTag priority={wo.priority} />
        <Typography.Text>
          {wo.caseNumber} · {wo.productModel} · {wo.serialNumber}
        </Typography.Text>
      </Space>
      {wo.siteAddress && <Typography.Text type="secondary">{wo.siteAddress}</Typography.Text>}
      <Steps
        direction="vertical"
        size="small"
        current={now === 'done' ? STEPS.length : STEPS.indexOf(now)}
        items={STEPS.map((s) => ({ title: t(`visit.step.${s}`) }))}
      />
      <ProblemAlert error={step.error} />
      {now === 'done' ? (
        <Result status="success" title={t('visit.done')} subTitle={wo.resolution ?? ''} />
      ) : (
        // Keyed by the step: each step's form mounts afresh, with its own initial values.
        <Card key={now} size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(`visit.step.${now}`)}</h2>} data-testid="visit-step">
          {forms[now]}
        </Card>
      )}
    </Space>
  );
}
