/**
 * The console's frame: providers (Ant Design in the chosen language, react-i18next, TanStack Query), the routes of
 * each area loaded on demand (each area is its own chunk, so the first page loads only what it shows), and the
 * sign-in gate.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from '../api/clients';
import { ConsoleConfig, loadConfig } from '../auth/config';
import { homeArea } from '../auth/token';
import { Frame } from './Frame';
import { SessionProvider, useSession } from './session-context';
import { SignInPage } from './SignInPage';

const AgentArea = lazy(() => import('../areas/agent/AgentArea'));
const EngineerArea = lazy(() => import('../areas/engineer/EngineerArea'));
const PortalArea = lazy(() => import('../areas/portal/PortalArea'));
const ManagerArea = lazy(() => import('../areas/manager/ManagerArea'));
const OidcCallback = lazy(() => import('./OidcCallback'));

/**
 * Ant Design's default greys for secondary text, placeholders and descriptions are below WCAG AA's 4.5:1 on white;
 * these meet it (axe's color-contrast rule in the browser tests).
 */
const THEME = {
  token: {
    colorPrimary: '#0b5cad',
    colorLink: '#0b5cad',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  },
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

function Home() {
  const session = useSession();
  if (!session) return <Navigate to="/signin" replace />;
  return <Navigate to={`/${homeArea(session.user.roles)}`} replace />;
}

const loading = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);

export function App() {
  const { i18n } = useTranslation();
  const [config, setConfig] = useState<ConsoleConfig | undefined>();
  useEffect(() => {
    void loadConfig().then(setConfig);
  }, []);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          {!config ? (
            loading
          ) : (
            <SessionProvider config={config}>
              <BrowserRouter>
                <Suspense fallback={loading}>
                  <Routes>
                    <Route path="/signin" element={<SignInPage />} />
                    <Route path="/auth/callback" element={<OidcCallback />} />
                    <Route
                      path="/*"
                      element={
                        <RequireSession>
                          <Frame>
                            <Suspense fallback={loading}>
                              <Routes>
                                <Route path="/" element={<Home />} />
                                <Route path="/agent/*" element={<AgentArea />} />
                                <Route path="/engineer/*" element={<EngineerArea />} />
                                <Route path="/portal/*" element={<PortalArea />} />
                                <Route path="/manager/*" element={<ManagerArea />} />
                                <Route path="*" element={<Home />} />
                              </Routes>
                            </Suspense>
                          </Frame>
                        </RequireSession>
                      }
                    />
                  </Routes>
                </Suspense>
              </BrowserRouter>
            </SessionProvider>
          )}
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
