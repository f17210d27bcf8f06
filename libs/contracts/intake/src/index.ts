export * from './case/case-opened.v1';
export * from './case/case-dispatch-requested.v1';
export * from './case/case-resolved.v1';
export * from './case/case-closed.v1';
export * from './case/case-status-changed.v1';
export * from './case/case-priority-changed.v1';
export * from './case/case-assigned.v1';
