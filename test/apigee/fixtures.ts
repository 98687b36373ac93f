// Test fixtures for the Apigee constructs: a fake bundle that packs fixed bytes, and a stack with an organization
// and an environment.
import { createHash } from "crypto";
import { strToU8, zipSync } from "fflate";
import { IBundleSource } from "../../src/apigee/bundle-source";
import { ApigeeEnvironment } from "../../src/apigee/environment";
import { ApigeeOrganization } from "../../src/apigee/organization";
import { PackedBundle } from "../../src/apigee/bundle";
import { newStack } from "../helpers";

/** A bundle whose zip holds its files, stored, with a fixed timestamp (so its MD5 is stable). */
export function fakeBundle(name: string, kind: "apiproxy" | "sharedflowbundle", basePath = `/${name}`): IBundleSource {
  const files =
    kind === "apiproxy"
      ? [
          {
            path: "apiproxy/proxies/default.xml",
            content: `<ProxyEndpoint name="default"><HTTPProxyConnection><BasePath>${basePath}</BasePath></HTTPProxyConnection></ProxyEndpoint>\n`,
          },
        ]
      : [{ path: `sharedflowbundle/sharedflows/default.xml`, content: `<SharedFlow name="default"/>\n` }];
  return {
    name,
    kind,
    pack(): PackedBundle {
      const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
      for (const f of files) entries[f.path] = [strToU8(f.content), { level: 0, mtime: new Date("2000-01-01T00:00:00Z") }];
      const zip = Buffer.from(zipSync(entries));
      return { fileName: `${name}.zip`, zip, md5Base64: createHash("md5").update(zip).digest("base64"), files };
    },
  };
}

export const ORG_NAME = "acme-data-prod";

/** A library stack with the organization `acme-data-prod` and a defined environment `prod`. */
export function apigeeStack(id = "apigee") {
  // L2 constructs in isolation, with minimal bundles: the policy pack (on by default) judges whole gates, not these.
  const { app, stack } = newStack(id, { checks: false });
  const org = ApigeeOrganization.fromName(stack, ORG_NAME);
  const env = new ApigeeEnvironment(stack, "Prod", { organization: org, environmentName: "prod" });
  return { app, stack, org, env };
}

/** The single resource of `type` in a synthesized stack (fails the test if there is not exactly one). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function only(json: any, type: string): any {
  const all = Object.values(json.resource?.[type] ?? {});
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** The logical name of the single resource of `type`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function onlyName(json: any, type: string): string {
  const names = Object.keys(json.resource?.[type] ?? {});
  if (names.length !== 1) throw new Error(`expected exactly one ${type}, found ${names.length}`);
  return names[0];
}
