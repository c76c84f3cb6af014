export * from './answers';
export * from './case-file';
export * from './code-findings';
export * from './dates';
export * from './determine';
export * from './required-items';
export * from './fingerprint';
export * from './reasons';
