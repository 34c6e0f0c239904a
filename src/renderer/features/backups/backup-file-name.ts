/**
 * A backup's file name from its time, in the student's local time, so files sort by date in a folder:
 * `deepdrill-2026-12-02-0930.deepdrill`.
 */
export function backupFileName(createdAt: number): string {
  const date = new Date(createdAt);
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `deepdrill-${day}-${two(date.getHours())}${two(date.getMinutes())}.deepdrill`;
}
