import { Construct } from "constructs";
import { OktaProvider } from "../internal/okta";

/** Which Okta org a stack manages. Credentials are deliberately not props. */
export interface OktaConnectionProps {
  /** The org's name, the first label of its host: `acme` for `acme.okta.com`. */
  readonly orgName: string;
  /**
   * The org's domain.
   * @default "okta.com"
   */
  readonly baseUrl?: string;
}

const ORG_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const BASE_URLS = ["okta.com", "oktapreview.com", "okta-emea.com", "okta-gov.com", "okta.mil"];

/**
 * Declares the okta provider for `scope`'s stack. The API token or private key is never a prop: Terraform reads it from
 * `OKTA_API_TOKEN` (or `OKTA_API_CLIENT_ID` + `OKTA_API_PRIVATE_KEY`) at apply time, so no credential reaches
 * `cdk.tf.json`.
 */
export function defineOktaProvider(scope: Construct, props: OktaConnectionProps, id = "okta"): OktaProvider {
  const path = scope.node.path || "app";
  if (!ORG_NAME.test(props.orgName)) {
    throw new Error(
      `${path}: okta orgName ${JSON.stringify(props.orgName)} is not allowed (the first label of the org's host, e.g. 'acme' for acme.okta.com)`,
    );
  }
  const baseUrl = props.baseUrl ?? "okta.com";
  if (!BASE_URLS.includes(baseUrl)) {
    throw new Error(`${path}: okta baseUrl ${JSON.stringify(baseUrl)} is not allowed (one of ${BASE_URLS.join(", ")})`);
  }
  return new OktaProvider(scope, id, { orgName: props.orgName, baseUrl });
}
