/**
 * The apply-time values of one gate as Terraform outputs: Prefect deployment ids, the workspace id, discovered JWKS
 * URIs, issuer values and client ids generated in the stack. The gate manifest records each of them as
 * `{"tfRef": "<expression>"}` and, in its `outputs` field, which output holds which expression, so `terraform output
 * -json` gives the simulator (and `gated-pipeline probe --outputs`) every value it needs without `--set`.
 *
 * Only non-secret values that the manifest already names become outputs (the policy pack's GP010 refuses any output
 * that exposes a credential). Literals need no output.
 */
import { Construct } from "constructs";
import { ManifestValue } from "../gate/manifest";
import { GateIdentities } from "../identity/gate-identities";
import { manifestValue, stackTokenResolver, TokenResolver } from "../identity/manifest-entries";
import { TerraformOutput, Token } from "../internal/cdk";
import { PrefectDeployment } from "../prefect/deployment";
import { clientIdExpressionDigest } from "./caller-app-binding";

/** Props of {@link GateOutputs}. */
export interface GateOutputsProps {
  /** The pipeline id: the prefix of every output name (`<pipeline>_...`). */
  readonly pipelineId: string;
  /** The Prefect account id (usually a literal). */
  readonly prefectAccountId: string;
  /** The Prefect workspace id. */
  readonly workspaceId: string;
  /** The gate's Prefect deployments: one output for each id known only after apply. */
  readonly deployments: readonly PrefectDeployment[];
  /** The gate's issuers and callers: outputs for their values known only after apply. */
  readonly identities: GateIdentities;
}

/** One exported value. */
interface GateOutputValue {
  /** The output name without the pipeline prefix, e.g. `deployment_id_orders-etl-nightly`. */
  readonly key: string;
  readonly description: string;
  readonly value: string;
}

/** Characters of a Terraform output name (an identifier: letters, digits, `_`, `-`). */
const NOT_IN_NAME = /[^A-Za-z0-9_-]/g;

/**
 * One `TerraformOutput` per apply-time value of a gate, named `<pipeline>_prefect_workspace_id`,
 * `<pipeline>_deployment_id_<deployment>`, `<pipeline>_jwks_uri_<issuer>`, `<pipeline>_issuer_<issuer>`,
 * `<pipeline>_audience_<issuer>`, `<pipeline>_claim_<issuer>_<claim>` and `<pipeline>_client_id_<issuer>_<digest>` (a
 * digest of the client id's Terraform expression, the one its app's construct id carries). Characters a Terraform name cannot
 * hold become `_`.
 */
export class GateOutputs extends Construct {
  /** The outputs, by name. */
  public readonly outputs: ReadonlyMap<string, TerraformOutput>;
  private readonly values: ReadonlyMap<string, string>;

  public constructor(scope: Construct, id: string, props: GateOutputsProps) {
    super(scope, id);
    const outputs = new Map<string, TerraformOutput>();
    const values = new Map<string, string>();
    for (const v of gateOutputValues(props, stackTokenResolver(this))) {
      if (!Token.isUnresolved(v.value)) continue;
      const base = `${props.pipelineId}_${v.key}`.replace(NOT_IN_NAME, "_");
      let name = base;
      for (let n = 2; outputs.has(name); n++) name = `${base}_${n}`;
      const output = new TerraformOutput(this, name, { value: v.value, description: v.description });
      output.overrideLogicalId(name);
      outputs.set(name, output);
      values.set(name, v.value);
    }
    this.outputs = outputs;
    this.values = values;
  }

  /** The manifest's `outputs`: output name → the Terraform expression it holds, sorted by name. @internal */
  public manifestEntries(resolve: TokenResolver): Record<string, string> {
    const entries: Record<string, string> = {};
    for (const name of [...this.values.keys()].sort()) {
      const value: ManifestValue<string> = manifestValue(this.values.get(name)!, resolve);
      if (typeof value !== "string") entries[name] = value.tfRef;
    }
    return entries;
  }
}

function gateOutputValues(props: GateOutputsProps, resolve: TokenResolver): GateOutputValue[] {
  const values: GateOutputValue[] = [
    { key: "prefect_account_id", description: "Prefect account id of the gate", value: props.prefectAccountId },
    { key: "prefect_workspace_id", description: "Prefect workspace id of the gate", value: props.workspaceId },
    ...props.deployments.map((d) => ({
      key: `deployment_id_${d.routeName}`,
      description: `Prefect deployment id behind the gate's route /deployments/${d.routeName}/runs`,
      value: d.deploymentId,
    })),
  ];
  for (const issuer of props.identities.issuers) {
    values.push({ key: `issuer_${issuer.name}`, description: `The iss value the gate accepts from issuer ${issuer.name}`, value: issuer.issuer });
    issuer.audiences.forEach((audience, i) =>
      values.push({ key: `audience_${issuer.name}${i === 0 ? "" : `_${i}`}`, description: `The audience the gate verifies for issuer ${issuer.name}`, value: audience }),
    );
    values.push({ key: `jwks_uri_${issuer.name}`, description: `The JWKS URI of issuer ${issuer.name}`, value: issuer.jwksUri });
    for (const [claim, value] of Object.entries(issuer.requiredClaims)) {
      values.push({ key: `claim_${issuer.name}_${claim}`, description: `The value claim ${claim} must have in tokens of issuer ${issuer.name}`, value });
    }
  }
  for (const caller of props.identities.callers) {
    if (!Token.isUnresolved(caller.clientId)) continue;
    // The digest its app's construct id carries: stable while the referenced resource keeps its address.
    const digest = clientIdExpressionDigest(String(resolve(caller.clientId)));
    values.push({
      key: `client_id_${caller.issuer}_${digest}`,
      description: `Client id of the gate's caller ${caller.description ?? `of issuer ${caller.issuer}`}`,
      value: caller.clientId,
    });
  }
  return values;
}
