// What the offline provider writes where a real provider would return values only the cloud knows: deterministic
// placeholders of the shape the attribute has (UUIDs for Prefect ids, digits for unique ids, RFC 3339 timestamps,
// resource ids built as the provider builds them), derived from the type, the attribute path and the configuration,
// so the same configuration applies to the same state on every machine and a re-plan shows no changes.
"use strict";
const crypto = require("crypto");
const { Dynamic, isUnknown } = require("./cty");

/** Every timestamp placeholder is this instant (or derived from it): no wall clock. */
const BASE_TIME = "2026-01-01T00:00:00Z";

function digest(...parts) {
  return crypto.createHash("sha256").update(parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join("\u0000")).digest();
}
function uuid(...seed) {
  const b = digest(...seed);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function digits(n, ...seed) {
  const b = digest(...seed);
  let s = String(1 + (b[0] % 9));
  for (let i = 1; s.length < n; i++) s += String(b[i % b.length] % 10);
  return s;
}
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function alnum(n, ...seed) {
  let out = "";
  for (let round = 0; out.length < n; round++) {
    for (const byte of digest(...seed, round)) if (out.length < n) out += ALNUM[byte % ALNUM.length];
  }
  return out;
}

/** Fills `{{attr}}` from the object (and the provider's project for `{{project}}` when unset). */
function template(t, obj, ctx) {
  return t.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    const v = obj[k] ?? (k === "project" ? ctx.providerConfig?.project : undefined);
    return v === null || v === undefined || isUnknown(v) ? `${k}-unknown` : String(v);
  });
}

/**
 * Resource ids as each resource's Create builds them (`d.SetId` after `ReplaceVars(d, config, "...")` in
 * hashicorp/terraform-provider-google v6.50.0, v7.45.0 for the extras), so ids passed on to other resources look real.
 */
const GOOGLE_IDS = {
  google_apigee_environment: "{{org_id}}/environments/{{name}}",
  google_apigee_envgroup: "{{org_id}}/envgroups/{{name}}",
  google_apigee_envgroup_attachment: "{{envgroup_id}}/attachments/{{name}}",
  google_apigee_instance_attachment: "{{instance_id}}/attachments/{{name}}",
  google_apigee_api: "organizations/{{org_id}}/apis/{{name}}",
  google_apigee_api_product: "{{org_id}}/apiproducts/{{name}}",
  google_apigee_developer: "{{org_id}}/developers/{{email}}",
  google_apigee_environment_keyvaluemaps: "{{env_id}}/keyvaluemaps/{{name}}",
  google_apigee_environment_keyvaluemaps_entries: "{{env_keyvaluemap_id}}/entries/{{name}}",
  google_apigee_target_server: "{{env_id}}/targetservers/{{name}}",
  google_apigee_environment_api_revision_deployment: "organizations/{{org_id}}/environments/{{environment}}/apis/{{api}}/revisions/{{revision}}",
  google_apigee_developer_app: "{{org_id}}/developers/{{developer_email}}/apps/{{name}}",
  google_secret_manager_secret: "projects/{{project}}/secrets/{{secret_id}}",
  google_secret_manager_secret_version: "{{name}}",
  google_pubsub_topic: "projects/{{project}}/topics/{{name}}",
  google_service_account: "projects/{{project}}/serviceAccounts/{{email}}",
  google_project_service: "{{project}}/{{service}}",
  google_iam_workload_identity_pool: "projects/{{project}}/locations/global/workloadIdentityPools/{{workload_identity_pool_id}}",
  google_iam_workload_identity_pool_provider:
    "projects/{{project}}/locations/global/workloadIdentityPools/{{workload_identity_pool_id}}/providers/{{workload_identity_pool_provider_id}}",
  google_project_iam_member: "{{project}}/{{role}}/{{member}}",
  google_service_account_iam_member: "{{service_account_id}}/{{role}}/{{member}}",
  google_secret_manager_secret_iam_member: "projects/{{project}}/secrets/{{secret_id}}/{{role}}/{{member}}",
  google_pubsub_topic_iam_member: "projects/{{project}}/topics/{{topic}}/{{role}}/{{member}}",
};

/** Okta ids: 20 characters with the prefix Okta gives each object kind. */
const OKTA_ID_PREFIX = { okta_auth_server: "aus", okta_app_oauth: "0oa", okta_auth_server_policy: "00p", okta_auth_server_policy_rule: "0pr", okta_auth_server_scope: "scp" };

function addPeriod(rfc3339, obj) {
  const d = new Date(rfc3339);
  d.setUTCFullYear(d.getUTCFullYear() + (obj.rotation_years ?? 0));
  d.setUTCMonth(d.getUTCMonth() + (obj.rotation_months ?? 0));
  d.setUTCDate(d.getUTCDate() + (obj.rotation_days ?? 0));
  d.setUTCHours(d.getUTCHours() + (obj.rotation_hours ?? 0));
  d.setUTCMinutes(d.getUTCMinutes() + (obj.rotation_minutes ?? 0));
  return d.toISOString().replace(/\.000Z$/, "Z");
}
function timeParts(rfc3339) {
  const d = new Date(rfc3339);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    unix: Math.floor(d.getTime() / 1000),
  };
}

/**
 * Values that depend on other attributes of the same object, per type: `fn(obj, ctx)` returns an object of derived
 * attributes; each is used only where the planned value is unknown.
 */
const DERIVED = {
  google_service_account(o, ctx) {
    const email = `${o.account_id}@${o.project ?? ctx.providerConfig?.project}.iam.gserviceaccount.com`;
    return { email, member: `serviceAccount:${email}`, name: `projects/${o.project ?? ctx.providerConfig?.project}/serviceAccounts/${email}`, unique_id: digits(21, "unique_id", o.account_id, o.project) };
  },
  google_apigee_api(o, ctx) {
    const prior = ctx.prior?.latest_revision_id;
    const latest = prior && /^\d+$/.test(prior) ? String(Number(prior) + 1) : "1";
    const revisions = Array.isArray(ctx.prior?.revision) ? ctx.prior.revision : [];
    return { latest_revision_id: latest, revision: [...revisions, latest], md5hash: o.detect_md5hash, meta_data: [{ created_at: "1767225600000", last_modified_at: "1767225600000", sub_type: "Proxy" }] };
  },
  google_apigee_environment_api_revision_deployment: () => ({ state: "READY", basepaths: [], deploy_start_time: "1767225600000" }),
  google_apigee_developer_app(o) {
    return { app_id: uuid("app_id", o.org_id, o.name), developer_id: uuid("developer_id", o.developer_email), created_at: "1767225600000", last_modified_at: "1767225600000", status: "approved" };
  },
  google_secret_manager_secret_version(o, ctx) {
    const secret = isUnknown(o.secret) || !o.secret ? "projects/p/secrets/s" : String(o.secret);
    const project = digits(12, "project_number", ctx.providerConfig?.project);
    const version = String(o.secret_data_wo_version ?? 1);
    const name = `${secret.replace(/^projects\/[^/]+/, `projects/${project}`)}/versions/${version}`;
    return { name, version, create_time: BASE_TIME, destroy_time: null };
  },
  google_apigee_envgroup_attachment: (o) => ({ name: uuid("attachment", o.envgroup_id, o.environment) }),
  google_apigee_instance_attachment: (o) => ({ name: uuid("attachment", o.instance_id, o.environment) }),
  okta_auth_server(o, ctx) {
    const id = `aus${alnum(17, "okta", o.name)}`;
    const org = ctx.providerConfig ?? {};
    const host = org.org_name ? `${org.org_name}.${org.base_url ?? "okta.com"}` : "example.okta.com";
    return { id, issuer: `https://${host}/oauth2/${id}`, kid: alnum(43, "kid", id) };
  },
  okta_app_oauth(o) {
    const id = `0oa${alnum(17, "okta", o.label)}`;
    return { id, client_id: id, client_secret: alnum(40, "secret", id) };
  },
  random_password(o) {
    const n = typeof o.length === "number" ? o.length : 16;
    const result = alnum(n, "random_password", o.keepers ?? null, n);
    return { result, bcrypt_hash: `$2a$10$${alnum(53, "bcrypt", result)}`, id: "none" };
  },
  time_rotating(o) {
    const rfc3339 = typeof o.rfc3339 === "string" ? o.rfc3339 : BASE_TIME;
    return { rfc3339, rotation_rfc3339: addPeriod(rfc3339, o), id: rfc3339, ...timeParts(rfc3339) };
  },
  time_static(o) {
    const rfc3339 = typeof o.rfc3339 === "string" ? o.rfc3339 : BASE_TIME;
    return { rfc3339, id: rfc3339, ...timeParts(rfc3339) };
  },
};

/** A placeholder for one value of type `t` at `path` (attribute names and indexes) of a `typeName` object. */
function placeholder(t, path, ctx) {
  const name = [...path].reverse().find((p) => typeof p === "string") ?? "value";
  const provider = ctx.typeName.split("_")[0];
  switch (t.kind) {
    case "string":
      if (provider === "prefect" && name === "api_key") return `pnb_${alnum(36, ctx.typeName, path, ctx.seed)}`;
      if (["prefect", "azuread"].includes(provider) && (name === "id" || name.endsWith("_id"))) return uuid(ctx.typeName, path, ctx.seed);
      if (provider === "okta" && name === "id") return `${OKTA_ID_PREFIX[ctx.typeName] ?? "0ob"}${alnum(17, ctx.typeName, ctx.seed)}`;
      if (/(^|_)(created|updated|time)$/.test(name) || name.endsWith("_at") || name === "rfc3339") return BASE_TIME;
      return `${name}-${digest(ctx.typeName, path, ctx.seed).toString("hex").slice(0, 12)}`;
    case "number":
      return 1;
    case "bool":
      return false;
    case "list":
    case "set":
      return [];
    case "map":
      return {};
    case "tuple":
      return t.elems.map((e, i) => placeholder(e, [...path, i], ctx));
    case "object":
      return Object.fromEntries(Object.entries(t.attrs).map(([k, a]) => [k, placeholder(a, [...path, k], ctx)]));
    case "dynamic":
      return new Dynamic({ kind: "string" }, "");
    default:
      throw new Error(`no placeholder for ${t.kind}`);
  }
}

/** Replaces every unknown inside `v` (of type `t`) by a placeholder. */
function fillUnknowns(v, t, path, ctx) {
  if (isUnknown(v)) return placeholder(t, path, ctx);
  if (v === null) return null;
  if (v instanceof Dynamic) return new Dynamic(v.type, fillUnknowns(v.value, v.type, path, ctx));
  switch (t.kind) {
    case "list":
    case "set":
      return v.map((e, i) => fillUnknowns(e, t.elem, [...path, i], ctx));
    case "tuple":
      return v.map((e, i) => fillUnknowns(e, t.elems[i], [...path, i], ctx));
    case "map":
      return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fillUnknowns(e, t.elem, [...path, k], ctx)]));
    case "object":
      return Object.fromEntries(Object.entries(t.attrs).map(([k, a]) => [k, fillUnknowns(v[k], a, [...path, k], ctx)]));
    default:
      return v;
  }
}

/**
 * The applied object: unknown top-level attributes get derived values first (type-specific shapes, then the resource
 * id from the others), every other unknown a placeholder. Known values are kept as planned.
 * `ctx`: `{ typeName, prior, providerConfig }`.
 */
function applyPlaceholders(planned, type, ctx) {
  // The seed: what identifies this object in its configuration (its known, non-computed-looking values).
  const seed = Object.fromEntries(Object.entries(planned).filter(([, v]) => v !== null && !isUnknown(v) && typeof v !== "object"));
  const full = { ...ctx, seed };
  const obj = { ...planned };
  // A google resource's unset project is the provider's.
  if (ctx.typeName.startsWith("google_") && isUnknown(obj.project) && ctx.providerConfig?.project) obj.project = ctx.providerConfig.project;
  // Derivations see only known values (an unknown reads as unset).
  const view = Object.fromEntries(Object.entries(obj).filter(([, v]) => !isUnknown(v)));
  const derived = DERIVED[ctx.typeName]?.(view, full) ?? {};
  for (const [k, v] of Object.entries(derived)) if (k in obj && isUnknown(obj[k])) obj[k] = v;
  const idTemplate = GOOGLE_IDS[ctx.typeName];
  if (idTemplate && isUnknown(obj.id)) {
    const known = Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, isUnknown(v) ? fillUnknowns(v, type.attrs[k], [k], full) : v]));
    obj.id = template(idTemplate, known, full);
  }
  return fillUnknowns(obj, type, [], full);
}

module.exports = { applyPlaceholders, fillUnknowns, uuid, digits, BASE_TIME };
