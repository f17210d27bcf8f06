export * from './entitlement/entitlement-determined.v1';
export * from './entitlement/entitlement-changed.v1';
export * from './requests/entitlement-check.v1';
export * from './claim/claim-decided.v1';
export * from './contract/contract-expiring.v1';
