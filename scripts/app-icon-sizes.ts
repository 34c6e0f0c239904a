/**
 * The app icon's sizes: 16 and 32 for favicons and title bars, 48 and 64 for Windows and Linux desktops, 128
 * and 256 for launchers and the window (src/main/window.ts uses 256), 192 and 512 for a web manifest's
 * installable icons. The .ico holds the sizes Windows picks from.
 */
export const appIconSizes = [16, 32, 48, 64, 128, 192, 256, 512] as const;
export const icoIconSizes = [16, 32, 48, 256] as const;
