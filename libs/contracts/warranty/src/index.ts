export * from './entitlement/entitlement-determined.v1';
