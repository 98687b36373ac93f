import { IConstruct } from "constructs";
import { Aspects, IAspect, TerraformDataSource, TerraformOutput, TerraformResource, TerraformStack } from "../internal/cdk";
import { CheckSuppression } from "./model";
import { RULES } from "./rules";
import { METADATA_KEY } from "../core/stack-metadata";
import { suppressionProblem } from "./suppressions";

const METADATA_TYPE = "gated_pipeline:suppressions";

function own(scope: IConstruct): CheckSuppression[] {
  return scope.node.metadata.filter((m) => m.type === METADATA_TYPE).flatMap((m) => m.data as CheckSuppression[]);
}

/**
 * Writes the suppressions of a scope into the `"//"` metadata of every resource, data source and output below it
 * (or, on a stack, into the top-level `"//"` of `cdk.tf.json`), so `gated-pipeline check` honours them too.
 */
class SuppressionWriter implements IAspect {
  public visit(node: IConstruct): void {
    if (TerraformStack.isStack(node)) {
      // The stack's own suppressions apply to the whole file.
      const list = own(node);
      if (list.length > 0) node.addOverride(`//.${METADATA_KEY}.suppressions`, list);
      return;
    }
    if (!TerraformResource.isTerraformResource(node) && !TerraformDataSource.isTerraformDataSource(node) && !TerraformOutput.isTerraformOutput(node)) {
      return;
    }
    // Everything between the element's stack and the element itself.
    const scopes = node.node.scopes;
    const stackIndex = scopes.map((s) => TerraformStack.isStack(s)).lastIndexOf(true);
    const inherited = scopes.slice(stackIndex + 1).flatMap(own);
    if (inherited.length > 0) node.addOverride(`//.${METADATA_KEY}.suppressions`, inherited);
  }
}

const WRITER = new SuppressionWriter();

/**
 * Acknowledges policy-pack findings for a construct and everything below it, each with a reason reviewers can read.
 * Core rules (GP001 JWT verification, GP002 issuer and audience, GP003 asymmetric algorithms, GP005 no service
 * account keys, GP008 write-only secrets) cannot be suppressed.
 */
export class CheckSuppressions {
  /**
   * Suppresses `suppressions` on `scope` (a resource, an L2 construct, or a whole stack). Fails at once on an unknown
   * rule, a core rule or a reason shorter than 10 characters.
   */
  public static add(scope: IConstruct, suppressions: readonly CheckSuppression[]): void {
    if (!scope.node.scopes.some((s) => TerraformStack.isStack(s))) {
      // cdktf runs aspects from each stack down, so nothing above a stack would ever be written into cdk.tf.json.
      throw new Error(`${scope.node.path || "<app>"}: suppressions go on a stack or a construct inside one, not above a stack`);
    }
    for (const s of suppressions) {
      const problem = suppressionProblem(RULES, s);
      if (problem) throw new Error(`${scope.node.path || "<app>"}: cannot suppress ${JSON.stringify(s.id)}: ${problem}`);
    }
    scope.node.addMetadata(
      METADATA_TYPE,
      suppressions.map((s) => ({ id: s.id, reason: s.reason.trim() })),
    );
    if (!Aspects.of(scope).all.includes(WRITER)) Aspects.of(scope).add(WRITER);
  }

  /** The suppressions given directly on `scope` (not inherited). */
  public static of(scope: IConstruct): CheckSuppression[] {
    return own(scope);
  }

  private constructor() {}
}
