export * from './benchmark';
export * from './common';
export * from './family';
export * from './figure';
export * from './model';
export * from './pricing';
export * from './provider';
export * from './source';
