/**
 * What the footer shows only once a run starts or a ranking exists — the progress bar, the option to replace an
 * earlier ranking — one chunk loaded on demand (lazyViews.ts), fetched once the first screen is up. Fluent's
 * ProgressBar, Checkbox and their motion code are then not part of what the pane loads before it is usable (bench
 * paneLoad, budget 120 KB gz).
 */
export { Checkbox, ProgressBar } from '@fluentui/react-components';
