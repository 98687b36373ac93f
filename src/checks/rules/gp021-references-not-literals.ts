// A literal id of an object defined in the same stack gives Terraform nothing to order by: it may create the user
// before the object exists (first apply fails) and never knows the two belong together. Names are written as
// references instead, e.g. `${google_apigee_environment.prod.name}`.
import { Rule, RuleResult } from "../model";
import { dataSources, outputs, references, resources, TfBlock, TfBody } from "../terraform-model";
import { fail, pass } from "./helpers";

/** One way a defined object is named elsewhere. */
interface Identifier {
  readonly value: string;
  /** The attribute a reference should read instead, e.g. `name`. */
  readonly attribute: string;
  /** Only these argument names carry this form (a bare name such as `prod` is an id only where an id is expected). */
  readonly arguments?: readonly string[];
  /** Also matches as the start of a longer path (`<id>/...`). */
  readonly prefix?: boolean;
}

type Forms = (body: TfBody, literal: (value: unknown) => string | undefined, project: string | undefined) => (Identifier | undefined)[];

const all = (...parts: (string | undefined)[]): boolean => parts.every((p) => p !== undefined && p !== "");

/** How each identifiable type is named, from its own arguments (made literal where they reference other objects). */
const FORMS: Readonly<Record<string, Forms>> = {
  google_apigee_environment: (b, lit) => {
    const [org, name] = [lit(b.org_id), lit(b.name)];
    return all(org, name)
      ? [
          { value: `${org}/environments/${name}`, attribute: "name", prefix: true },
          { value: name!, attribute: "name", arguments: ["environment", "environments"] },
        ]
      : [];
  },
  google_apigee_envgroup: (b, lit) => {
    const [org, name] = [lit(b.org_id), lit(b.name)];
    return all(org, name) ? [{ value: `${org}/envgroups/${name}`, attribute: "name", prefix: true }] : [];
  },
  google_apigee_environment_keyvaluemaps: (b, lit) => {
    const [env, name] = [lit(b.env_id), lit(b.name)];
    return all(env, name) ? [{ value: `${env}/keyvaluemaps/${name}`, attribute: "id", prefix: true }] : [];
  },
  google_apigee_api: (b, lit) => {
    const name = lit(b.name);
    return all(name) ? [{ value: name!, attribute: "name", arguments: ["api", "api_source", "proxy_id"] }] : [];
  },
  google_apigee_sharedflow: (b, lit) => {
    const name = lit(b.name);
    return all(name) ? [{ value: name!, attribute: "name", arguments: ["sharedflow_id", "sharedflow"] }] : [];
  },
  google_apigee_api_product: (b, lit) => {
    const name = lit(b.name);
    return all(name) ? [{ value: name!, attribute: "name", arguments: ["api_products"] }] : [];
  },
  google_apigee_developer: (b, lit) => {
    const [org, email] = [lit(b.org_id), lit(b.email)];
    return [
      all(email) ? { value: email!, attribute: "email" } : undefined,
      all(org, email) ? { value: `${org}/developers/${email}`, attribute: "email", prefix: true } : undefined,
    ];
  },
  google_apigee_target_server: (b, lit) => {
    const name = lit(b.name);
    return all(name) ? [{ value: name!, attribute: "name", arguments: ["target_server"] }] : [];
  },
  google_service_account: (b, lit, project) => {
    const [account, p] = [lit(b.account_id), lit(b.project) ?? project];
    if (!all(account, p)) return [];
    const email = `${account}@${p}.iam.gserviceaccount.com`;
    return [
      { value: email, attribute: "email" },
      { value: `serviceAccount:${email}`, attribute: "member" },
      { value: `projects/${p}/serviceAccounts/${email}`, attribute: "name" },
      { value: `projects/-/serviceAccounts/${email}`, attribute: "name" },
    ];
  },
  google_secret_manager_secret: (b, lit, project) => {
    const [id, p] = [lit(b.secret_id), lit(b.project) ?? project];
    return [
      all(id, p) ? { value: `projects/${p}/secrets/${id}`, attribute: "id", prefix: true } : undefined,
      all(id) ? { value: id!, attribute: "id", arguments: ["secret_id", "secret"] } : undefined,
    ];
  },
  google_pubsub_topic: (b, lit, project) => {
    const [name, p] = [lit(b.name), lit(b.project) ?? project];
    return [
      all(name, p) ? { value: `projects/${p}/topics/${name}`, attribute: "id" } : undefined,
      all(name) ? { value: name!, attribute: "name", arguments: ["topic"] } : undefined,
    ];
  },
  google_pubsub_subscription: (b, lit, project) => {
    const [name, p] = [lit(b.name), lit(b.project) ?? project];
    return [
      all(name, p) ? { value: `projects/${p}/subscriptions/${name}`, attribute: "id" } : undefined,
      all(name) ? { value: name!, attribute: "name", arguments: ["subscription"] } : undefined,
    ];
  },
  google_project_iam_custom_role: (b, lit, project) => {
    const [id, p] = [lit(b.role_id), lit(b.project) ?? project];
    return all(id, p) ? [{ value: `projects/${p}/roles/${id}`, attribute: "name", arguments: ["role"] }] : [];
  },
};

/** Arguments that are Terraform meta-arguments or settings, never ids of other objects. */
const IGNORED = new Set(["//", "depends_on", "lifecycle", "provider", "timeouts", "count", "for_each"]);

interface Defined {
  readonly block: TfBlock;
  readonly identifier: Identifier;
}

/**
 * The literal of a value whose interpolations are plain references to literal arguments of defined resources
 * (`organizations/acme/environments/${google_apigee_environment.prod.name}` → `organizations/acme/environments/prod`);
 * undefined when anything else is interpolated.
 */
function literalResolver(config: TfBody): (value: unknown) => string | undefined {
  return (value) => {
    if (typeof value !== "string") return undefined;
    let failed = false;
    const text = value.replace(/\$\{([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)\.([a-z_][a-z0-9_]*)\}/g, (whole, type, name, attribute) => {
      const argument = config?.resource?.[type]?.[name]?.[attribute];
      if (typeof argument === "string" && !argument.includes("${")) return argument;
      failed = true;
      return whole;
    });
    return failed || text.includes("${") ? undefined : text;
  };
}

/** Every string argument of a body with the name of the argument that holds it (array items keep the array's name). */
function stringArguments(value: unknown, name: string, path: string, out: { name: string; path: string; value: string }[]): void {
  if (typeof value === "string") out.push({ name, path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringArguments(v, name, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (!IGNORED.has(key)) stringArguments(v, key, path === "" ? key : `${path}.${key}`, out);
    }
  }
}

function matches(identifier: Identifier, argument: { name: string; value: string }): boolean {
  if (identifier.arguments && !identifier.arguments.includes(argument.name)) return false;
  return argument.value === identifier.value || (identifier.prefix === true && argument.value.startsWith(`${identifier.value}/`));
}

export const GP021: Rule = {
  id: "GP021",
  level: "error",
  core: false,
  title: "ids, names and emails of objects defined in the same stack are written as references, not literals",
  fix: "pass the construct (or its resource's attribute, e.g. `${google_apigee_environment.prod.name}`) instead of its name as a string, so Terraform orders the two",
  check(input) {
    const config = input.config;
    const literal = literalResolver(config);
    const project = literal(config?.provider?.google?.[0]?.project);
    const defined: Defined[] = [];
    for (const block of resources(config)) {
      const forms = FORMS[block.type];
      if (!forms) continue;
      for (const identifier of forms(block.body, literal, project)) if (identifier) defined.push({ block, identifier });
    }
    const identifiable = new Set(defined.map((d) => d.block.id));
    const results: RuleResult[] = [];
    for (const user of [...resources(config), ...dataSources(config), ...outputs(config)]) {
      const args: { name: string; path: string; value: string }[] = [];
      stringArguments(user.body, "", "", args);
      const problems: string[] = [];
      for (const argument of args) {
        // The most specific identifier wins (a map id over the environment id it starts with).
        const hit = defined
          .filter((d) => d.block.id !== user.id && matches(d.identifier, argument))
          .sort((a, b) => b.identifier.value.length - a.identifier.value.length)[0];
        if (hit) {
          problems.push(
            `${argument.path} names ${hit.block.id} by the literal ${JSON.stringify(argument.value)} ` +
              `(write \${${hit.block.id}.${hit.identifier.attribute}} so Terraform creates it first)`,
          );
        }
      }
      const referenced = references(user.body).filter((r) => !r.data && identifiable.has(`${r.type}.${r.name}`));
      if (problems.length > 0) results.push(fail(user.id, problems.join("; ")));
      else if (referenced.length > 0) {
        const names = [...new Set(referenced.map((r) => `${r.type}.${r.name}`))].sort();
        results.push(pass(user.id, `names ${names.join(", ")} by reference`));
      }
    }
    return results.length > 0 ? results : [pass("cdk.tf.json", "no resource names another object of the stack")];
  },
};
