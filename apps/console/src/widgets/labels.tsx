import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { COLOUR } from './colours';

const STATUS_COLOUR: Record<string, string> = {
  new: COLOUR.blue,
  acknowledged: COLOUR.cyan,
  'in-progress': COLOUR.geekblue,
  'waiting-on-customer': COLOUR.purple,
  'waiting-on-parts': COLOUR.purple,
  resolved: COLOUR.green,
  closed: COLOUR.grey,
  reopened: COLOUR.volcano,
};

/** A case status; the customer sees the customer's wording of some statuses (FH's separate labels). */
export function StatusTag({ status, audience = 'staff' }: { status: string; audience?: 'staff' | 'customer' }) {
  const { t } = useTranslation();
  const key = audience === 'customer' ? `customerStatus.${status}` : `status.${status}`;
  return <Tag color={STATUS_COLOUR[status] ?? COLOUR.grey}>{t(key, { defaultValue: t(`status.${status}`, status) })}</Tag>;
}

const PRIORITY_COLOUR: Record<string, string> = { P1: COLOUR.red, P2: COLOUR.orange, P3: COLOUR.blue, P4: COLOUR.grey };
export function PriorityTag({ priority }: { priority: string }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLOUR[priority]}>{t(`priority.${priority}`, priority)}</Tag>;
}

export function when(at: string | null | undefined, language: string): string {
  return at ? new Date(at).toLocaleString(language) : '—';
}
