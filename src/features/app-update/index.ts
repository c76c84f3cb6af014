export { UpdateBanner } from './update-banner';
export { announceUpdate } from './update-store';
