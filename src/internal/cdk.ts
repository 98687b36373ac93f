/**
 * The one door to the CDK for Terraform framework. Everything else in src/ imports framework symbols from here, so a
 * move to CDK Terrain (cdktn) is a change to this file and a regeneration of src/gen/.
 */
export {
  App,
  Aspects,
  Fn,
  GcsBackend,
  Lazy,
  LocalBackend,
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Testing,
  Token,
} from "cdktf";
export type {
  IAspect,
  IResolvable,
  ITerraformDependable,
  TerraformResourceLifecycle,
} from "cdktf";
export { DefaultTokenResolver, StringConcat, Tokenization } from "cdktf";
export { Op } from "cdktf";
// Without stack traces, so cdktf.out/manifest.json is the same on every machine.
export { Annotations } from "./annotations";
