// Checks Kubernetes manifests against the API's OpenAPI schemas (npm "kubernetes-models", generated from them), with
// no cluster: every document of every file given must be a known kind that validates. Exits 1 on any error.
// Usage: (cd test/kubernetes && npm install) && node test/kubernetes/validate.js deploy/kubernetes/*.yaml
const fs = require('fs');
const YAML = require('yaml');

const kinds = {
  'v1/PersistentVolumeClaim': () => require('kubernetes-models/v1/PersistentVolumeClaim').PersistentVolumeClaim,
  'v1/ConfigMap': () => require('kubernetes-models/v1/ConfigMap').ConfigMap,
  'batch/v1/Job': () => require('kubernetes-models/batch/v1/Job').Job,
};

let ok = true;
for (const file of process.argv.slice(2)) {
  for (const document of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
    if (document.errors.length > 0) {
      ok = false;
      console.log(`${file}: ${document.errors[0].message}`);
      continue;
    }
    const object = document.toJS();
    const kind = `${object.apiVersion}/${object.kind}`;
    if (!kinds[kind]) {
      ok = false;
      console.log(`${file}: ${kind} is not a kind this check knows`);
      continue;
    }
    try {
      new (kinds[kind]())(object).validate();
      console.log(`${file}: ${kind} ${object.metadata.name}: valid`);
    } catch (e) {
      ok = false;
      console.log(`${file}: ${kind} ${object.metadata && object.metadata.name}: ${e.message}`);
    }
  }
}
process.exit(ok ? 0 : 1);
