/**
 * Time buckets for series over a range: bucket i covers days [first + i·width, first + (i+1)·width - 1], the
 * last one cut at `last`. Returns the index of a day's bucket, or -1 outside the range.
 */
export function bucketStarts(first: number, last: number, width: number): number[] {
  const starts: number[] = [];
  for (let day = first; day <= last; day += width) starts.push(day);
  return starts;
}

export function bucketIndex(day: number, first: number, last: number, width: number): number {
  if (day < first || day > last) return -1;
  return Math.floor((day - first) / width);
}
