/**
 * The settings the add-in saved in a workbook (Excel's workbook.settings), read from the file: Office keeps them
 * in the package's web extension parts, each setting a <we:property name="WindowBulletin.history" value="…"/>
 * whose value is the setting serialised as JSON (a string setting, as ours are, is a JSON string holding our
 * JSON). The parts are found by their content type in [Content_Types].xml, wherever the package put them
 * (Excel writes xl/webextensions/webextension1.xml). A workbook the add-in never saved settings in has none.
 */
import { openPackage, parsePart, type OpenPackage } from './packageParts';

const CONTENT_TYPES = '[Content_Types].xml';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WEB_EXTENSION_TYPE = 'application/vnd.ms-office.webextension+xml';
const WEB_EXTENSION_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';

async function webExtensionParts(pkg: OpenPackage): Promise<string[]> {
  if (!pkg.file(CONTENT_TYPES)) return [];
  const parts: string[] = [];
  await parsePart(pkg, CONTENT_TYPES, {
    open(name, attributes, ns) {
      if (name === 'Override' && ns === CONTENT_TYPES_NS && attributes.get('ContentType') === WEB_EXTENSION_TYPE) {
        const part = attributes.get('PartName');
        if (part) parts.push(decodeURI(part).replace(/^\//u, ''));
      }
    },
  });
  return parts.filter((p) => pkg.file(p) !== null);
}

/** Setting name → its value as Office serialised it, parsed (a value that is not JSON is kept as its text). */
export async function readAddinSettings(bytes: Buffer): Promise<Map<string, unknown>> {
  const pkg = await openPackage(bytes);
  const settings = new Map<string, unknown>();
  for (const part of await webExtensionParts(pkg)) {
    await parsePart(pkg, part, {
      open(name, attributes, ns) {
        if (name !== 'property' || ns !== WEB_EXTENSION_NS) return;
        const key = attributes.get('name');
        const value = attributes.get('value');
        if (key === undefined || value === undefined || settings.has(key)) return;
        let parsed: unknown = value;
        try {
          parsed = JSON.parse(value);
        } catch {
          // Kept as text: the setting's own decoder says it is invalid and falls back to its defaults.
        }
        settings.set(key, parsed);
      },
    });
  }
  return settings;
}
