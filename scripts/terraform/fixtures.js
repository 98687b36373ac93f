// What the offline provider's data sources answer. `data.http` serves OIDC discovery documents (a fixture per URL,
// else one derived from the URL the way the issuers publish them), so lifecycle postconditions on status, issuer and
// jwks_uri are evaluated on real-looking documents; other URLs answer 404. Lookups of existing objects (a Prefect
// workspace by handle, a role by name, a Google project) answer deterministic ids derived from what was looked up;
// objects another stack of the same output defines (an audit sink) answer from the world (world.js).
"use strict";
const { uuid, digits, BASE_TIME } = require("./placeholders");

const WELL_KNOWN = "/.well-known/openid-configuration";

/** Discovery documents by URL, as the issuers publish them (only the fields gates and postconditions read). */
const DISCOVERY = {
  "https://accounts.google.com/.well-known/openid-configuration": {
    issuer: "https://accounts.google.com",
    jwks_uri: "https://www.googleapis.com/oauth2/v3/certs",
  },
  "https://sso.acme.example/realms/platform/.well-known/openid-configuration": {
    issuer: "https://sso.acme.example/realms/platform",
    jwks_uri: "https://sso.acme.example/realms/platform/protocol/openid-connect/certs",
  },
};

/** A discovery document for an issuer with no fixture, with the JWKS path its kind of issuer uses. */
function derivedDiscovery(url) {
  const issuer = url.slice(0, -WELL_KNOWN.length);
  let jwks = `${issuer}/.well-known/jwks.json`; // Auth0 and most others
  if (/\/realms\/[^/]+$/.test(issuer)) jwks = `${issuer}/protocol/openid-connect/certs`; // Keycloak
  else if (/^https:\/\/[^/]+\/oauth2\/[^/]+$/.test(issuer)) jwks = `${issuer}/v1/keys`; // Okta custom authorization server
  else {
    const entra = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/.exec(issuer);
    if (entra) jwks = `https://login.microsoftonline.com/${entra[1]}/discovery/v2.0/keys`;
  }
  return { issuer, jwks_uri: jwks };
}

function discoveryDocument(url) {
  const fields = DISCOVERY[url] ?? (url.startsWith("https://") && url.endsWith(WELL_KNOWN) ? derivedDiscovery(url) : undefined);
  if (!fields) return undefined;
  return {
    ...fields,
    authorization_endpoint: `${fields.issuer}/authorize`,
    token_endpoint: `${fields.issuer}/token`,
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
  };
}

/** `data.http`: the response to a GET of `config.url`. */
function http(config) {
  const doc = discoveryDocument(config.url);
  const body = doc ? `${JSON.stringify(doc, null, 2)}\n` : "";
  return {
    ...config,
    id: config.url,
    status_code: doc ? 200 : 404,
    response_body: body,
    body,
    response_body_base64: Buffer.from(body).toString("base64"),
    response_headers: doc ? { "Content-Type": "application/json" } : {},
  };
}

const DATA_SOURCES = {
  http,
  prefect_workspace(c) {
    const key = c.handle ?? c.id ?? c.name;
    return { ...c, id: c.id ?? uuid("prefect_workspace", key), handle: c.handle ?? key, name: c.name ?? key, description: c.description ?? "", created: BASE_TIME, updated: BASE_TIME };
  },
  prefect_workspace_role(c) {
    return { ...c, id: c.id ?? uuid("prefect_workspace_role", c.name), description: "", scopes: [], created: BASE_TIME, updated: BASE_TIME };
  },
  prefect_account_role(c) {
    return { ...c, id: c.id ?? uuid("prefect_account_role", c.name), scopes: [], created: BASE_TIME, updated: BASE_TIME };
  },
  // The sink as the stack that defines it would have created it (world.js); an unknown one is not found, as Google
  // answers for a sink that does not exist.
  google_logging_sink(c, _providerConfig, world) {
    const sink = world.google_logging_sink?.[c.id];
    if (!sink) {
      throw new Error(`data.google_logging_sink: no sink ${c.id} in this synthesized output (offline, a data source reads only what the output's stacks define)`);
    }
    return { ...c, ...sink };
  },
  google_project(c, providerConfig) {
    const projectId = c.project_id ?? providerConfig?.project ?? "offline-project";
    return { ...c, project_id: projectId, name: projectId, number: digits(12, "project_number", projectId), id: `projects/${projectId}` };
  },
};

/**
 * The state of data source `typeName` for its configuration: fixture values for the attributes the answer sets,
 * placeholders (by the caller) for every other computed attribute.
 */
function readDataSource(typeName, config, providerConfig, world = {}) {
  const answer = DATA_SOURCES[typeName];
  return answer ? answer(config, providerConfig, world) : { ...config };
}

module.exports = { readDataSource };
