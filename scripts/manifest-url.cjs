/**
 * The production manifest: every URL of manifest.xml is written against the development server
 * (https://localhost:3000/); a production build points them at the add-in's real https address instead.
 * Used by webpack.config.js when it copies manifest.xml into dist/, and by the manifest test.
 */
const DEV_BASE_URL = 'https://localhost:3000/';

/** manifest.xml text with the dev base URL replaced by `baseUrl` (https, ending in "/"). */
function rewriteManifestBaseUrl(xml, baseUrl) {
  if (!/^https:\/\/[^/\s"'<>&]+\/([^\s"'<>&]*\/)?$/.test(baseUrl)) {
    throw new Error(`ADDIN_BASE_URL 必须是以 https:// 开头、以 / 结尾的地址，且不含引号、空格、< > &：${baseUrl}`);
  }
  const out = xml.split(DEV_BASE_URL).join(baseUrl);
  // A URL that was not written against the dev base would silently keep pointing at localhost in production.
  if (baseUrl !== DEV_BASE_URL && out.includes('localhost')) {
    throw new Error('manifest.xml 中仍有未改写的 localhost 地址：所有地址都应以 https://localhost:3000/ 开头。');
  }
  return out;
}

module.exports = { DEV_BASE_URL, rewriteManifestBaseUrl };
