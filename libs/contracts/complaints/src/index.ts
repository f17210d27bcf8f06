export * from './complaint/complaint-opened.v1';
