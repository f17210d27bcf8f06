export * from './stock/stock-issued.v1';
