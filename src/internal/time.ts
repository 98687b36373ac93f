/** Prebuilt hashicorp/time bindings (deep imports): `time_rotating` drives every rotation in the library. */
export { TimeProvider } from "@cdktf/provider-time/lib/provider";
export { Rotating } from "@cdktf/provider-time/lib/rotating";
export { StaticResource as TimeStatic } from "@cdktf/provider-time/lib/static-resource";
