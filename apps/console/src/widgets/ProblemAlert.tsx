import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/clients';

/** An API refusal as the service explained it (problem+json detail), or a plain failure. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof ApiError ? `${error.problem.detail ?? error.problem.title ?? ''}${error.problem.code ? ` (${error.problem.code})` : ''}` : (error as Error).message;
  return <Alert type="error" showIcon message={t('problem.title')} description={detail} role="alert" />;
}
