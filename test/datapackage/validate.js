// Checks the datapackage.json of each folder given with Frictionless's JavaScript library (npm "datapackage"): the
// descriptor against the tabular-data-package profile, then every row of every resource read and cast with its
// Table Schema (types, missing values, required constraints). Prints a line per resource; exits 1 on any error.
// Usage: (cd test/datapackage && npm install) && node test/datapackage/validate.js FOLDER...
const path = require('path');
const { Package } = require('datapackage');

async function check(folder) {
  const descriptor = path.resolve(folder, 'datapackage.json');
  const dataPackage = await Package.load(descriptor, { basePath: path.resolve(folder) });
  if (!dataPackage.valid) {
    for (const error of dataPackage.errors) console.log(`${descriptor}: ${error.message}`);
    return false;
  }
  let ok = true;
  for (const resource of dataPackage.resources) {
    const file = path.join(folder, resource.descriptor.path);
    if (!resource.tabular) {
      console.log(`${file}: not a tabular resource`);
      ok = false;
      continue;
    }
    try {
      const rows = await resource.read({ cast: true, forceCast: true });
      const errors = rows.filter(row => row instanceof Error);
      const fields = resource.schema.fields.length;
      const nulls = rows.filter(row => !(row instanceof Error)).reduce((n, row) => n + row.filter(v => v === null).length, 0);
      if (errors.length > 0) {
        ok = false;
        for (const e of errors.slice(0, 5)) {
          for (const inner of e.errors || [e]) console.log(`${file}: row ${e.rowNumber}: ${inner.message}`);
        }
        console.log(`${file}: ${errors.length} rows do not match the schema`);
      } else {
        console.log(`${file}: ${rows.length} rows, ${fields} columns, ${nulls} nulls: valid`);
      }
    } catch (e) {
      ok = false;
      console.log(`${file}: ${e.message}`);
    }
  }
  return ok;
}

(async () => {
  const folders = process.argv.slice(2);
  if (folders.length === 0) {
    console.error('usage: node validate.js FOLDER...');
    process.exit(2);
  }
  let ok = true;
  for (const folder of folders) ok = (await check(folder)) && ok;
  process.exit(ok ? 0 : 1);
})();
