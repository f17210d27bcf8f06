import { Button, Layout, Select, Space, Typography } from 'antd';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { endSession } from '../auth/session';
import { areasOf } from '../auth/token';
import { Language, LANGUAGES, rememberLanguage } from '../i18n';
import { useUser } from './session-context';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      aria-label={t('shell.language')}
      size="small"
      value={i18n.language as Language}
      style={{ width: 104 }}
      options={LANGUAGES.map((l) => ({ value: l, label: l === 'en' ? 'English' : '简体中文' }))}
      onChange={(language) => {
        rememberLanguage(language);
        void i18n.changeLanguage(language);
      }}
    />
  );
}

export function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16, flexWrap: 'wrap', height: 'auto', minHeight: 56 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
          {t('shell.title')}
        </Typography.Text>
        <nav aria-label={t('shell.areas')} style={{ display: 'flex', gap: 12, flex: 1 }}>
          {areasOf(user.roles).map((area) => (
            <NavLink key={area} to={`/${area}`} style={({ isActive }) => ({ color: '#fff', fontWeight: isActive ? 700 : 400, textDecoration: isActive ? 'underline' : 'none' })}>
              {t(`shell.area.${area}`)}
            </NavLink>
          ))}
        </nav>
        <Space size="small" wrap>
          <LanguageSwitch />
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
            {user.name ?? user.sub}
          </Typography.Text>
          <Button
            size="small"
            onClick={() => {
              endSession();
              navigate('/signin');
            }}
          >
            {t('shell.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
