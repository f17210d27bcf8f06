export * from './response/response-received.v1';
export * from './kpi/kpi-snapshot.v1';
