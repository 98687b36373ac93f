/**
 * The `DECISION_ORDER` entries after verification, still in the PreFlow of caller routes: a spike arrest per caller
 * (keyed by its consumer key, 429) → the route and method (404/405; only callers with a valid token learn which routes
 * exist) → the deployment id from the KVM → VerifyAPIKey on the consumer key. Its failures are mapped by the fault
 * rules here: an unknown key is 403 `client_unknown`; a known key whose products have no operation for the path is 404
 * `deployment_not_found` when the deployment does not exist, else 403 `client_not_authorized`. No upstream call is
 * made for any of them.
 */
import { Condition, FaultRuleProps, FlowValue, KeyValueMapOperations, SpikeArrest, Step, StepLike, VerifyApiKey } from "../../apigee/bundle";
import { Duration } from "../../core/duration";
import { KVM_KEY_PREFIXES } from "../../gate/contract";
import { faultIs, GateContext } from "./context";
import { GATE_VARIABLES as V } from "./variables";
import { NOT_EVENTS } from "./verification";

/** The VerifyAPIKey policy; the product quota reads its product's settings through this name. */
export const VERIFY_KEY = "VA-Client";

/** VerifyAPIKey faults meaning the client id is not a usable app key. */
const UNKNOWN_KEY_FAULTS = ["InvalidApiKey", "FailedToResolveAPIKey", "ApiKeyNotApproved", "invalid_client-app_not_approved", "consumer_key_expired", "DeveloperStatusNotActive", "CompanyStatusNotActive"];
/** VerifyAPIKey's fault when the key is valid but none of its products has an operation for this path and verb. */
const NO_PRODUCT_FAULT = "InvalidApiKeyForGivenResource";

export class Authorization {
  public constructor(private readonly ctx: GateContext) {}

  public steps(): StepLike[] {
    const s = this.ctx.spec;
    const refuseWhen = this.ctx.refuseWhen.bind(this.ctx);
    return [
      // GP019: right after verification, a spike arrest per caller, so one caller cannot crowd out the others.
      Step.of(new SpikeArrest({ name: "SA-Caller", rate: s.callerSpikeArrestRate, identifierRef: V.consumerKey }), NOT_EVENTS),
      // Only callers with a valid token learn which routes exist.
      refuseWhen("route_not_found", Condition.equals(V.routeRefusal, "route_not_found")),
      refuseWhen("method_not_allowed", Condition.equals(V.routeRefusal, "method_not_allowed")),
      Step.of(
        new KeyValueMapOperations({
          name: "KVM-Deployment",
          mapIdentifier: s.kvmName,
          expiry: Duration.minutes(5),
          // gateKvmKeys.deployment: stored as deployment__<slug>.
          gets: [{ assignTo: V.deploymentId, key: [KVM_KEY_PREFIXES.deployment, FlowValue.ref(V.deployment)] }],
        }),
        Condition.equals(V.route, "triggerRun"),
      ),
      // GP018: the key VerifyAPIKey looks up is bound to this gate, the verifying issuer and the verified client id.
      Step.of(new VerifyApiKey({ name: VERIFY_KEY, apiKeyRef: V.consumerKey }), NOT_EVENTS),
    ];
  }

  /** VerifyAPIKey's failures, and both spike arrests' (the one per client IP runs before verification). */
  public faultRules(): FaultRuleProps[] {
    const rule = this.ctx.faultRule.bind(this.ctx);
    // The simulator's order: a registered caller learns that a deployment does not exist (404) before it learns it
    // may not call it (403); both before any upstream call.
    const unknownDeployment = Condition.all(Condition.equals(V.route, "triggerRun"), Condition.isNull(V.deploymentId));
    return [
      ...UNKNOWN_KEY_FAULTS.map((n) => rule(`client_unknown.${n}`, "client_unknown", faultIs(n))),
      rule("deployment_not_found", "deployment_not_found", Condition.all(faultIs(NO_PRODUCT_FAULT), unknownDeployment)),
      rule("client_not_authorized", "client_not_authorized", Condition.all(faultIs(NO_PRODUCT_FAULT), unknownDeployment.not())),
      rule("spike_arrest", "spike_arrest", faultIs("SpikeArrestViolation")),
    ];
  }
}
