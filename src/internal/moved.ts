/**
 * Terraform `moved` blocks, for refactors that rename a resource's address: Terraform then carries the state object
 * over to the new address (and, if an argument that forces replacement changed too, replaces it there as one
 * resource, destroy before create) instead of planning an unrelated delete and create that may run in either order.
 *
 * cdktf's own `moveFromId` is not used: it makes every synthesis run `terraform version` (a subprocess, and an error
 * where Terraform is not installed), which `npm run synth` must not need. Stacks of this library require
 * Terraform >= 1.11, which reads `moved` blocks.
 */
import { Construct, IConstruct, Node } from "constructs";
import { TerraformElement, TerraformResource, TerraformStack } from "cdktf";

/**
 * The address (`<type>.<logical id>`) the stack of `scope` gives a resource of `type` defined at `scope`/`...ids`,
 * by the stack's own naming scheme, whether or not such a resource exists. For the old address of a resource
 * whose construct path changed.
 */
export function addressAt(scope: IConstruct, type: string, ...ids: readonly string[]): string {
  const stack = TerraformStack.of(scope);
  // getLogicalId reads only `scopes` (each scope's node.id) of the node it is given.
  const scopes = [...scope.node.scopes, ...ids.map((id) => ({ node: { id } }))];
  return `${type}.${stack.getLogicalId({ scopes } as unknown as Node)}`;
}

/** The address of a resource in its stack, `<type>.<logical id>`. */
function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/** Declares that `resource` is what Terraform state knew as `from` (a `moved` block in the resource's stack). */
export function movedFrom(resource: TerraformResource, from: string): void {
  if (from === addressOf(resource)) return;
  new MovedBlock(resource, `MovedFrom-${from}`, from, resource);
}

class MovedBlock extends TerraformElement {
  public constructor(
    scope: Construct,
    id: string,
    private readonly from: string,
    private readonly to: TerraformResource,
  ) {
    super(scope, id);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  public toTerraform(): any {
    return { moved: [{ from: this.from, to: addressOf(this.to) }] };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  public toHclTerraform(): any {
    const reference = (value: string) => ({ value, isBlock: false, type: "simple", storageClassType: "reference" });
    return { moved: [{ from: reference(this.from), to: reference(addressOf(this.to)) }] };
  }
}
