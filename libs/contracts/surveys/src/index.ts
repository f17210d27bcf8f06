export * from './response/response-received.v1';
