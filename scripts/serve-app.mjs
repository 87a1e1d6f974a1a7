// npm run app: serves the web page (dist/app.html, built by `npm run build:app` or `npm run build`) on this
// computer only (127.0.0.1) and prints its address. The page needs no server at all — it opens from file:// as
// well — this is for those who prefer an http:// address, or a browser that restricts file:// pages.
//   node scripts/serve-app.mjs [--port N]   (default 8080; 0 picks a free port)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = path.join(root, 'dist', 'app.html');
const args = process.argv.slice(2);
const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 8080;

if (!existsSync(page)) {
  console.error('找不到 dist/app.html。请先运行 npm run build:app（或 npm run build）。');
  process.exit(1);
}

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (pathname !== '/' && pathname !== '/app.html') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('只有 /app.html');
    return;
  }
  // Read on each request, so a rebuilt page is served without restarting.
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(readFileSync(page));
});
server.on('error', (e) => {
  console.error(e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 --port 指定其他端口。` : `无法启动：${e.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`网页版已启动：http://127.0.0.1:${server.address().port}/app.html （按 Ctrl+C 停止）`);
});
