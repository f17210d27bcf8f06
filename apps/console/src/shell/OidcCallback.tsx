import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { completeProviderSignIn } from '../auth/oidc';
import { startSession } from '../auth/session';
import { homeArea } from '../auth/token';
import { useConsoleConfig } from './session-context';

/** /auth/callback: the provider sends the browser back here with the code; PKCE's verifier is still in sessionStorage. */
export default function OidcCallback() {
  const { t } = useTranslation();
  const config = useConsoleConfig();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!config.oidc) return;
    completeProviderSignIn(config.oidc)
      .then((token) => navigate(`/${homeArea(startSession(token, 'oidc').user.roles)}`, { replace: true }))
      .catch((error: Error) => setProblem(error.message));
  }, [config.oidc, navigate]);
  if (!config.oidc) return <Alert type="error" message={t('signIn.noProvider')} />;
  return problem ? <Alert type="error" showIcon message={t('signIn.failed')} description={problem} /> : <Spin />;
}
