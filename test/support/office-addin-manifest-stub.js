// Stand-in for office-addin-manifest under jest: office-addin-mock imports it only for its usage-data helpers.
module.exports = { OfficeApp: {}, readManifestFile: async () => ({}) };
