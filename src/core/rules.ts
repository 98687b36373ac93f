/**
 * The naming rules the library enforces on values several modules accept, each stated once: the pattern, the words that
 * tell a user what is allowed, and the platform documentation the rule rests on. Every construct, factory, policy rule
 * and the simulator check these same objects, so two modules can never disagree on what a hostname or a project id is.
 * Pure: no cdktf, no constructs (the CLI and the simulator load it).
 */

/** A validation rule: a pattern and the words that tell a user what is allowed. */
export interface NameRule {
  readonly pattern: RegExp;
  readonly allowed: string;
}

/** `<path>: <field> "<value>" is not allowed (<allowed>[; <note>])`: the one shape of every refusal. */
export function notAllowed(path: string, field: string, value: unknown, allowed: string, note?: string): string {
  return `${path}: ${field} ${JSON.stringify(value) ?? String(value)} is not allowed (${allowed}${note ? `; ${note}` : ""})`;
}

/** The refusal of `value` under `rule`, or undefined when it follows the rule. */
export function ruleProblem(path: string, field: string, value: string, rule: NameRule, note?: string): string | undefined {
  return rule.pattern.test(value) ? undefined : notAllowed(path, field, value, rule.allowed, note);
}

/** Throws the refusal of `value` under `rule` (see {@link ruleProblem}). */
export function checkRule(path: string, field: string, value: string, rule: NameRule, note?: string): void {
  const problem = ruleProblem(path, field, value, rule, note);
  if (problem !== undefined) throw new Error(problem);
}

const HOST_LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

/**
 * A DNS hostname as callers, IdPs and Prefect reach it: lowercase LDH labels of 1-63 characters that neither start nor
 * end with `-` (RFC 1123 §2.1), at least two labels, at most 253 characters, and a top-level label that is not all
 * digits (RFC 3696 §2: so a dotted IPv4 address is never taken for a name). No scheme, port, path or wildcard.
 */
export const HOSTNAME: NameRule = {
  pattern: new RegExp(`^(?=.{1,253}$)(?:${HOST_LABEL}\\.)+(?![0-9]+$)${HOST_LABEL}$`),
  allowed:
    "a DNS hostname: lowercase labels of letters, digits and '-' joined by '.', at least two labels, the last not all digits; " +
    "no scheme, port, path or wildcard, e.g. api.acme.example",
};

/**
 * A UUID in the form Prefect and Entra ID show it: 8-4-4-4-12 lowercase hex digits (RFC 9562 §4 outputs lowercase).
 * The gate compares these ids as text (Entra's `tid` claim and issuer URL, Prefect ids in routes and run ids), so the
 * canonical lowercase form is the only one accepted.
 */
export const UUID: NameRule = {
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  allowed: "a UUID in lowercase hex, 8-4-4-4-12 digits, e.g. 6f1c2a3b-0000-4000-8000-000000000000",
};

/**
 * A Google Cloud project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not
 * ending with a hyphen (Resource Manager, "Creating and managing projects": project ID requirements). On Apigee X the
 * organization is named after its project, so this is also the organization name rule.
 */
export const PROJECT_ID: NameRule = {
  pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
  allowed: "a project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen",
};

const ACCOUNT_ID_SOURCE = "[a-z][-a-z0-9]{4,28}[a-z0-9]";

/**
 * A service account id (the part of its email before `@`): 6-30 characters matching `[a-z]([-a-z0-9]*[a-z0-9])`
 * (IAM API, `projects.serviceAccounts.create`, `accountId`).
 */
export const SERVICE_ACCOUNT_ID: NameRule = {
  pattern: new RegExp(`^${ACCOUNT_ID_SOURCE}$`),
  allowed: "6-30 characters: lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit",
};

/** A user-managed service account's email: `<account id>@<project>.iam.gserviceaccount.com` (or another Google domain). */
export const SERVICE_ACCOUNT_EMAIL: NameRule = {
  pattern: new RegExp(`^${ACCOUNT_ID_SOURCE}@[a-z0-9.-]+\\.gserviceaccount\\.com$`),
  allowed: "a service account email, e.g. orders-gate-rt@acme-data-prod.iam.gserviceaccount.com",
};

const REGION_SOURCE = "[a-z]+-[a-z]+[0-9]+";

/**
 * The shape of a Google Cloud region name: `<area>-<direction><number>`, e.g. `europe-west1` (Compute Engine,
 * "Regions and zones"). Whether the region exists is a separate question: see `KNOWN_GOOGLE_CLOUD_REGIONS`.
 */
export const REGION: NameRule = {
  pattern: new RegExp(`^${REGION_SOURCE}$`),
  allowed: "a region name such as europe-west1",
};

/** A Cloud Logging bucket location: `global`, a multi-region such as `eu` or `us`, or a region. */
export const LOG_BUCKET_LOCATION: NameRule = {
  pattern: new RegExp(`^(?:global|[a-z]+|${REGION_SOURCE})$`),
  allowed: "global, a multi-region such as eu or us, or a region such as europe-west1",
};

/**
 * A Cloud KMS crypto key name: `projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>`, ring and key
 * ids of 1-63 letters, digits, `_` and `-` (Cloud KMS, "Object hierarchy"). The location is the first capture group.
 */
export const KMS_KEY_NAME: NameRule = {
  pattern: /^projects\/[^/\s]+\/locations\/([a-z0-9-]+)\/keyRings\/[A-Za-z0-9_-]{1,63}\/cryptoKeys\/[A-Za-z0-9_-]{1,63}$/,
  allowed: "projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>",
};

/**
 * An IAM principal identifier of the kinds this library grants roles to (IAM, "Principal identifiers"): `user:`,
 * `serviceAccount:`, `group:`, `domain:`, or a workload or workforce identity `principal://` / `principalSet://` on
 * `iam.googleapis.com`. `allUsers` and `allAuthenticatedUsers` never match: the roles granted here must never be public.
 */
export const IAM_MEMBER: NameRule = {
  pattern: /^(?:user|serviceAccount|group|domain):[^\s]+$|^(?:principal|principalSet):\/\/iam\.googleapis\.com\/[^\s]+$/,
  allowed:
    "an IAM principal such as 'serviceAccount:ci@acme.iam.gserviceaccount.com', 'user:', 'group:', 'domain:', 'principal://' or " +
    "'principalSet://'; never allUsers or allAuthenticatedUsers",
};

/**
 * A Pub/Sub topic or subscription id: 3-255 characters of letters, digits, `-`, `_`, `.`, `~`, `+` and `%`, starting with
 * a letter and not with `goog` (Pub/Sub, "Resource names").
 */
export const PUBSUB_NAME: NameRule = {
  pattern: /^(?![Gg][Oo][Oo][Gg])[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$/,
  allowed: "3-255 characters: letters, digits, '-', '_', '.', '~', '+', '%', starting with a letter and not with 'goog'",
};

/**
 * The name of an Apigee entity: proxies, shared flows, target servers, policies, endpoints, resources and KVM entries
 * (Apigee API: `A-Za-z0-9._-`, at most 255 characters).
 */
export const APIGEE_NAME: NameRule = {
  pattern: /^[A-Za-z0-9._-]{1,255}$/,
  allowed: "1-255 characters: letters, digits, '.', '_' and '-'",
};

/**
 * An API product name as Apigee accepts it: letters, digits, `.`, `_`, `-`, `$`, space and `%` (Apigee API,
 * `organizations.apiproducts`, `ApiProduct.name`). The google provider accepts it since 7.28.0 (6.50.0 wrongly refused
 * uppercase), and the stacks ask for google >= 7.43.
 */
export const APIGEE_PRODUCT_NAME: NameRule = {
  pattern: /^[A-Za-z0-9._\-$ %]{1,255}$/,
  allowed: "1-255 characters: letters, digits, '.', '_', '-', '$', '%' and spaces",
};

/**
 * The name of a gated pipeline's product, which callers are granted by. It becomes part of the Apigee product name
 * (`<pipeline>-<name>`, within {@link APIGEE_PRODUCT_NAME}), an Okta scope or an Entra app role value (which refuse
 * spaces, `$` and `%`), a construct id and the gate's quota identifier: so letters, digits, `.`, `_` and `-` only, in
 * lowercase like every other name a gate is built from, at most 40 characters.
 */
export const PRODUCT_NAME: NameRule = {
  pattern: /^[a-z][a-z0-9._-]{0,39}$/,
  allowed: "1-40 characters: lowercase letters, digits, '.', '_' and '-', starting with a letter",
};

/**
 * A gated pipeline's id. It names the proxy (`<id>-gate`), its KVM, secrets, topic, runtime service account
 * (`<id>-gate-rt`, which must fit the 30 characters of a service account id) and manifest.
 */
export const PIPELINE_ID: NameRule = {
  pattern: /^[a-z][a-z0-9-]{0,19}[a-z0-9]$/,
  allowed: "2-21 characters: lowercase letters, digits and '-', starting with a letter, not ending with '-'; it names the proxy, secrets and service accounts",
};

/**
 * A deployment's route slug: callers trigger `POST {basePath}/deployments/{slug}/runs`, and the gate, its manifest and
 * the simulator match it. By default the flow and deployment names joined with `-`.
 */
export const DEPLOYMENT_SLUG: NameRule = {
  pattern: /^[a-z0-9][a-z0-9._-]*$/,
  allowed: "a slug: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit",
};

/** An issuer's short name: callers refer to it, and it names the gate's VerifyJWT policy and KVM keys. */
export const ISSUER_NAME: NameRule = {
  pattern: /^[a-z][a-z0-9-]{0,31}$/,
  allowed: "1-32 characters: lowercase letters, digits and '-', starting with a letter",
};

/**
 * A JWT claim name the gate reads: it becomes part of an Apigee flow variable (`jwt.<policy>.decoded.claim.<name>`),
 * where `.` would read as a path and `:` is not allowed, so letters, digits, `_` and `-`, not starting with a digit.
 */
export const CLAIM_NAME: NameRule = {
  pattern: /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/,
  allowed: "1-128 characters: letters, digits, '_' and '-', not starting with a digit or '-'",
};

const PATH_SEGMENT = "[A-Za-z0-9._~-]+";

/** An Apigee proxy base path: `/`, or `/`-separated segments of unreserved URL characters, no trailing `/`. */
export const PROXY_BASE_PATH: NameRule = {
  pattern: new RegExp(`^/(?:${PATH_SEGMENT}(?:/${PATH_SEGMENT})*)?$`),
  allowed: "'/' or '/'-separated segments of letters, digits, '.', '_', '~' and '-', without a trailing '/'",
};

/**
 * A gate's base path: at least one segment (the gate's routes, `/events` among them, are appended to it), e.g. `/orders`.
 * No empty, encoded or trailing segments, so the path callers use and the one Prefect posts to are spelled one way.
 */
export const GATE_BASE_PATH: NameRule = {
  pattern: new RegExp(`^(?:/${PATH_SEGMENT})+$`),
  allowed: "'/' followed by '/'-separated segments of letters, digits, '.', '_', '~' and '-', e.g. /orders; not '/' alone, no trailing '/'",
};
