/** Where a flow hook runs its shared flow in every proxy of an environment. */
export class FlowHookPoint {
  /** Before the proxy endpoint's PreFlow. */
  public static readonly PRE_PROXY = new FlowHookPoint("PreProxyFlowHook");
  /** After the proxy endpoint's PostFlow (before the response is sent). */
  public static readonly POST_PROXY = new FlowHookPoint("PostProxyFlowHook");
  /** Before the target endpoint's PreFlow. */
  public static readonly PRE_TARGET = new FlowHookPoint("PreTargetFlowHook");
  /** After the target endpoint's PostFlow. */
  public static readonly POST_TARGET = new FlowHookPoint("PostTargetFlowHook");

  private constructor(
    /** The Apigee name of the hook point, e.g. `PreProxyFlowHook`. */
    public readonly value: string,
  ) {}
}
