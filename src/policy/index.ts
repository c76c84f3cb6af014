export * from './items';
export * from './codes';
export * from './policy';
