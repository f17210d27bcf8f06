export * from './integrator/integrator-registered.v1';
export * from './integrator/integrator-revoked.v1';
export * from './webhook-endpoint/webhook-endpoint-disabled.v1';
