// Only this field of package.json reaches the bundle (Vite's named JSON import).
import { version } from '../../../package.json';

/** The app's version, written into every backup's manifest. */
export const appVersion: string = version;
