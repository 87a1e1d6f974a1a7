// Preloaded into a measured child process (node -r bench/peakRss.cjs …): when the process exits, however it exits,
// writes its peak resident set size in kilobytes (process.resourceUsage().maxRSS) to the file named by
// WB_PEAK_RSS_FILE, so the bench reads the child's own figure instead of sampling it from outside.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.WB_PEAK_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
