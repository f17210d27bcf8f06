/**
 * A new case from a phone call (R-IN-1..5), in under a minute: find the customer as you type, pick the caller,
 * look the serial up and see warranty's decision and why before saving, describe the fault, save.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { idempotencyKey, intake, ok, warranty } from '../../api/clients';
import type { components as IntakeSchemas } from '../../api/generated/intake';
import { EntitlementCard } from '../../widgets/EntitlementCard';
import { ProblemAlert } from '../../widgets/ProblemAlert';

type Customer = IntakeSchemas['schemas']['CustomerResponse_Output'];
type OpenCase = IntakeSchemas['schemas']['OpenCaseRequest'];

const CATEGORIES: OpenCase['category'][] = ['fault-hardware', 'fault-software', 'fault-network', 'installation', 'upgrade', 'consultation', 'return-exchange', 'complaint'];
const PRIORITIES: OpenCase['priority'][] = ['P1', 'P2', 'P3', 'P4'];

interface FormValues {
  customerId: string;
  contactId?: string;
  contactName: string;
  contactPhone?: string;
  serialNumber: string;
  productModel: string;
  category: OpenCase['category'];
  priority: OpenCase['priority'];
  symptoms: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function NewCaseFromCall() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const [customer, setCustomer] = useState<Customer>();
  const [serial, setSerial] = useState<string>();
  // One key per form: a double click or a retry after a timeout opens the case once.
  const key = useRef(idempotencyKey());

  const customers = useQuery({
    queryKey: ['customers', q],
    queryFn: async () => ok(await intake.GET('/v1/customers', { params: { query: { q, limit: 10 } } })),
    enabled: q.length >= 1,
  });
  const entitlement = useQuery({
    queryKey: ['entitlement', serial],
    queryFn: async () => ok(await warranty.GET('/v1/entitlements', { params: { query: { serial: serial as string } } })),
    enabled: Boolean(serial),
    retry: false,
  });
  const open = useMutation({
    mutationFn: async (v: FormValues) =>
      ok(
        await intake.POST('/v1/cases', {
          params: { header: { 'Idempotency-Key': key.current } },
          body: {
            channel: 'hotline',
            customerId: v.customerId,
            contact: { name: v.contactName, ...(v.contactPhone ? { phone: v.contactPhone } : {}) },
            productModel: v.productModel,
            serialNumber: v.serialNumber,
            category: v.category,
            priority: v.priority,
            symptoms: v.symptoms,
          },
        }),
      ),
    onSuccess: (created) => navigate(`/agent/cases/${created.id}`),
  });

  const pickCustomer = (id: string) => {
    const c = customers.data?.items.find((x) => x.id === id);
    setCustomer(c);
    const contact = c?.contacts[0];
    form.setFieldsValue({ contactId: contact?.id, contactName: contact?.name ?? c?.name ?? '', contactPhone: contact?.phone ?? undefined });
  };
  const lookUp = (value: string) => {
    const s = value.trim();
    if (!s) return;
    setSerial(s);
  };
  useEffect(() => {
    if (entitlement.data?.productModel && !form.getFieldValue('productModel')) form.setFieldValue('productModel', entitlement.data.productModel);
  }, [entitlement.data, form]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('newCase.title')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card>
            <Form<FormValues> form={form} layout="vertical" initialValues={{ priority: 'P3', category: 'fault-hardware' }} onFinish={(v) => open.mutate(v)}>
              <Form.Item name="customerId" label={t('newCase.customer')} rules={[{ required: true, message: t('form.required') }]}>
                <Select
                  showSearch
                  filterOption={false}
                  placeholder={t('newCase.customerSearch')}
                  onSearch={setSearch}
                  onChange={pickCustomer}
                  loading={customers.isFetching}
                  notFoundContent={q ? t('newCase.noCustomer') : t('newCase.typeToSearch')}
                  options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
                />
              </Form.Item>
              {customer && customer.contacts.length > 0 && (
                <Form.Item name="contactId" label={t('newCase.caller')}>
                  <Select
                    options={customer.contacts.map((c) => ({ value: c.id, label: `${c.name}${c.phone ? ` · ${c.phone}` : ''}` }))}
                    onChange={(id: string) => {
                      const c = customer.contacts.find((x) => x.id === id);
                      form.setFieldsValue({ contactName: c?.name, contactPhone: c?.phone ?? undefined });
                    }}
                  />
                </Form.Item>
              )}
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="contactName" label={t('newCase.contactName')} rules={[{ required: true, message: t('form.required') }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="contactPhone" label={t('newCase.contactPhone')}>
                    <Input inputMode="tel" />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="serialNumber" label={t('newCase.serial')} rules={[{ required: true, message: t('form.required') }]}>
                    <Input.Search enterButton={t('newCase.lookUp')} onSearch={lookUp} onBlur={(e) => lookUp(e.target.value)} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="productModel" label={t('newCase.model')} rules={[{ required: true, message: t('form.required') }]}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="category" label={t('case.category')}>
                    <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="priority" label={t('case.priority')}>
                    <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="symptoms" label={t('newCase.symptoms')} rules={[{ required: true, message: t('form.required') }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <ProblemAlert error={open.error} />
              <Button type="primary" htmlType="submit" loading={open.isPending} style={{ marginTop: 12 }}>
                {t('newCase.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {entitlement.data && <EntitlementCard decision={entitlement.data} title={t('newCase.entitlementFor', { serial })} />}
          <ProblemAlert error={entitlement.error} />
          {!serial && (
            <Card size="small">
              <Typography.Text type="secondary">{t('newCase.lookUpHint')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
