// A shared flow built with the bundle model (the gate generator makes proxies only): request hygiene a gate could call.
// Shared by the apigeelint, determinism and policy-pack tests.
import { AssignMessage, Condition, JsonThreatProtection, SharedFlowBundle, Step } from "../../src/apigee/bundle";

export function commonSharedFlow(): SharedFlowBundle {
  return new SharedFlowBundle({
    name: "gate-common",
    description: "Request hygiene shared by every gate",
    sharedFlows: [
      {
        steps: [
          Step.of(
            new JsonThreatProtection({ name: "JTP-Body", containerDepth: 8, objectEntryCount: 32, arrayElementCount: 64, stringValueLength: 4096 }),
            Condition.all(Condition.isSet("request.content"), Condition.equals("request.header.content-type", "application/json")),
          ),
          new AssignMessage({ name: "AM-Correlation", assignVariables: [{ name: "gate.correlation_id", ref: "messageid" }] }),
        ],
      },
    ],
  });
}
