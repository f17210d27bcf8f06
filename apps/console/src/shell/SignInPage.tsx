/**
 * Sign-in: the identity provider (OIDC, authorization code with PKCE) when the deployment names one, and, in
 * development only, a list of the seeded people (CONSOLE_DEV_SIGN_IN on the console server).
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { devPeople, devToken } from '../auth/config';
import { startSession } from '../auth/session';
import { homeArea } from '../auth/token';
import { LanguageSwitch } from './Frame';
import { useConsoleConfig, useSession } from './session-context';

export function SignInPage() {
  const { t } = useTranslation();
  const config = useConsoleConfig();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [problem, setProblem] = useState<string>();
  const people = useQuery({ queryKey: ['dev-people'], queryFn: devPeople, enabled: config.devSignIn });
  if (session) return <Navigate to={`/${homeArea(session.user.roles)}`} replace />;
  const from = (location.state as { from?: string } | null)?.from;

  const signInAs = async (person: string) => {
    try {
      const s = startSession(await devToken(person), 'dev');
      navigate(from && from !== '/' ? from : `/${homeArea(s.user.roles)}`, { replace: true });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const signInWithProvider = async () => {
    if (!config.oidc) return;
    const { signInWithProvider: redirect } = await import('../auth/oidc');
    await redirect(config.oidc);
  };

  return (
    <main style={{ maxWidth: 480, margin: '48px auto', padding: 16 }}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {t('signIn.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Space>
        {problem && <Alert type="error" showIcon message={problem} />}
        {config.oidc && (
          <Button type="primary" size="large" block onClick={() => void signInWithProvider()}>
            {t('signIn.withProvider')}
          </Button>
        )}
        {config.devSignIn && (
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('signIn.dev.title')}</h2>}>
            <Typography.Paragraph type="secondary">{t('signIn.dev.explain')}</Typography.Paragraph>
            <List
              loading={people.isLoading}
              dataSource={people.data ?? []}
              renderItem={(p) => (
                <List.Item
                  actions={[
                    <Button key="go" type="primary" onClick={() => void signInAs(p.id)} aria-label={t('signIn.dev.as', { name: p.name })}>
                      {t('signIn.dev.go')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={p.name} description={p.roles.map((r) => <Tag key={r}>{t(`role.${r}`, r)}</Tag>)} />
                </List.Item>
              )}
            />
          </Card>
        )}
        {!config.oidc && !config.devSignIn && <Alert type="warning" showIcon message={t('signIn.none')} />}
      </Space>
    </main>
  );
}
