/** The 通报 and 设置 tabs' views: loaded on demand (lazyViews.ts). */
export { BulletinSection } from './BulletinSection';
export { SettingsForm } from './SettingsForm';
export { LedgerSection } from './LedgerSection';
