/**
 * Saves text as a file through the browser's download: a Blob URL and an `<a download>` click. Electron turns
 * the same click into its save dialog, so the app and a plain browser share this one path.
 */
export function downloadText(name: string, text: string, mime: string): void {
  downloadBlob(name, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Saves bytes as a file (a backup), the same way as downloadText. */
export function downloadBytes(name: string, bytes: Uint8Array, mime = 'application/octet-stream'): void {
  // A copy backed by a plain ArrayBuffer, which is what a Blob accepts (the input may view a shared one).
  downloadBlob(name, new Blob([new Uint8Array(bytes)], { type: mime }));
}

/** Saves a Blob (a chart's PNG, a backup) as a file, as downloadText does. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has read the URL by the next task; revoking it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
