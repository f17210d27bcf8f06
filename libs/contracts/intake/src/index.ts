export * from './case/case-opened.v1';
export * from './case/case-dispatch-requested.v1';
export * from './case/case-resolved.v1';
export * from './case/case-closed.v1';
