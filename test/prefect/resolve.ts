// Resolves a token the way synthesis writes it, by routing it through a Terraform local of a throwaway stack.
import { TerraformLocal, TerraformStack, Testing } from "cdktf";

let counter = 0;

export function resolveRef(stack: TerraformStack, value: unknown): unknown {
  const id = `probe${counter++}`;
  new TerraformLocal(stack, id, value);
  const json = JSON.parse(Testing.synth(stack));
  stack.node.tryRemoveChild(id);
  return json.locals[id];
}
