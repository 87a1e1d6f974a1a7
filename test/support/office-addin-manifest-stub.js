// Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for its OfficeApp enum (to
// tell Outlook, whose mock properties need no load, from the other hosts) and usage-data helpers. The enum must
// carry the real values: with an empty one, `host === OfficeApp.Outlook` is `undefined === undefined` and every
// mock behaves as Outlook's, handing out properties that were never loaded.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
  readManifestFile: async () => ({}),
};
