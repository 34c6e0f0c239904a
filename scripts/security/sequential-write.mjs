// Loaded with `node --import` in front of electronegativity's CLI. The CLI writes its CSV with two concurrent
// fs.writeFile calls (the header, then the rows); when the rows land first, the header overwrites their start
// and findings are lost (seen on this machine). Making fs.writeFile synchronous in that process keeps order.
import fs from 'node:fs';

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (error) {
    process.nextTick(done, error);
    return;
  }
  process.nextTick(done, null);
};
