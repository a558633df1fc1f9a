// Generates the typed API client's schema types (src/api/<service>.ts) from each service's OpenAPI document, which
// the service's build stores in <service>/target/openapi/openapi.json (quarkus.smallrye-openapi.store-schema-directory).
// The generated files are committed, so the app builds and runs in dev mode before the services were built; when a
// document is present it is the source and the file is written again (a changed contract then fails `tsc`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const services = ['user', 'resume', 'ai', 'matching'];
for (const service of services) {
  const document = path.join(web, '..', `${service}-service`, 'target', 'openapi', 'openapi.json');
  const target = path.join(web, 'src', 'api', `${service}.ts`);
  if (!fs.existsSync(document)) {
    if (!fs.existsSync(target)) throw new Error(`${document} is missing: build ${service}-service first`);
    console.log(`api: ${service}: no document (service not built), keeping ${path.relative(web, target)}`);
    continue;
  }
  const ast = await openapiTS(new URL(`file://${document}`));
  const text = `// Generated from ${service}-service's OpenAPI document by scripts/gen-api.mjs: do not edit.\n` + astToString(ast);
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    fs.writeFileSync(target, text);
    console.log(`api: ${service}: ${path.relative(web, target)} generated`);
  }
}
