// Internal helpers of the Apigee constructs: synth-time name rules (Apigee's naming rules) and references that give
// Terraform its ordering. Not exported from the package.
import { IConstruct } from "constructs";
import { checkRule, HOSTNAME, NameRule } from "../core/rules";
import { TerraformResource, Token } from "../internal/cdk";

/** Environment names (Apigee X console rule, stricter than the API's): 2-32 lowercase, start with a letter. */
export const ENVIRONMENT_NAME: NameRule = {
  pattern: /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/,
  allowed: "2-32 characters: lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen",
};

/** Environment group names: lowercase alphanumerics and hyphens, at most 63, alphanumeric at both ends. */
export const ENVIRONMENT_GROUP_NAME: NameRule = {
  pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
  allowed: "1-63 characters: lowercase letters, digits and hyphens, starting and ending with a letter or digit",
};

/** Instance names: same shape as environment group names. */
export const INSTANCE_NAME: NameRule = {
  pattern: /^[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
  allowed: "2-63 characters: lowercase letters, digits and hyphens, starting with a letter",
};

/** Developer app names: the API product character set, letter or digit first. */
export const APP_NAME: NameRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9._\-$ %]{0,254}$/,
  allowed: "1-255 characters: letters, digits, '.', '_', '-', '$', ' ' and '%', starting with a letter or digit",
};

/** KVM names: the hybrid console rule (letters, digits, hyphens), plus '_' and '.' which the API accepts. */
export const KVM_NAME: NameRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/,
  allowed: "1-255 characters: letters, digits, '.', '_' and '-', starting with a letter or digit",
};

/** Developer emails: apps name their developer by it, and Apigee refuses uppercase. */
export const DEVELOPER_EMAIL: NameRule = {
  pattern: /^[a-z0-9._%+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
  allowed: "a lowercase email address; Apigee refuses uppercase",
};

/** Throws `${path}: ${field} "value" is not allowed (rule)` unless `value` is a token or matches the rule. */
export function checkName(path: string, field: string, value: string, rule: NameRule): void {
  if (!Token.isUnresolved(value)) checkRule(path, field, value, rule);
}

/** A DNS hostname ({@link HOSTNAME}), unless a token. */
export function checkHostname(path: string, field: string, value: string): void {
  checkName(path, field, value, HOSTNAME);
}

/** A whole number in [min, max], unless a token. */
export function checkInteger(path: string, field: string, value: number, min: number, max: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${path}: ${field} ${value} is not allowed (a whole number from ${min} to ${max})`);
  }
}

/**
 * The primary Terraform resource of a construct defined in this app (its `Resource` child), or nothing for an
 * imported one: what {@link attributeOf} references, so Terraform orders it first.
 */
function definedResources(...constructs: readonly IConstruct[]): TerraformResource[] {
  const out: TerraformResource[] = [];
  for (const c of constructs) {
    const child = c.node.tryFindChild("Resource");
    if (child && TerraformResource.isTerraformResource(child)) out.push(child);
  }
  return out;
}

/**
 * A name, id or email of `construct` as Terraform should see it: a reference to `attribute` of the construct's
 * defined resource (so Terraform creates that resource first, and a reviewer sees what is meant), or `literal` for a
 * construct that only refers to an object defined elsewhere. Never write the literal of an object defined in the same
 * stack: nothing would order the two (policy rule GP021).
 */
export function attributeOf(construct: IConstruct, attribute: string, literal: string): string {
  const [resource] = definedResources(construct);
  return resource ? resource.getStringAttribute(attribute) : literal;
}

/** What {@link environmentNameRef} and {@link environmentIdRef} read of an environment. */
interface EnvironmentLike extends IConstruct {
  readonly environmentName: string;
  readonly organization: { readonly organizationId: string };
}

/** An environment's bare name for a Terraform argument: a reference when the environment is defined in the stack. */
export function environmentNameRef(environment: EnvironmentLike): string {
  return attributeOf(environment, "name", environment.environmentName);
}

/**
 * `organizations/{org}/environments/{env}` for a Terraform argument, built around the environment's name reference, so
 * the value is the same whatever id format the provider stores, and Terraform orders the environment first.
 */
export function environmentIdRef(environment: EnvironmentLike): string {
  return `${environment.organization.organizationId}/environments/${environmentNameRef(environment)}`;
}

/** Keys of a record in a stable order, so the rendered list is the same on every synth. */
export function sortedEntries(record: Readonly<Record<string, string>> | undefined): { name: string; value: string }[] {
  return Object.keys(record ?? {})
    .sort()
    .map((name) => ({ name, value: (record ?? {})[name] }));
}

/** `undefined` for an empty list, so no empty `depends_on` is rendered. */
export function orNone<T>(items: readonly T[]): T[] | undefined {
  return items.length > 0 ? [...items] : undefined;
}
