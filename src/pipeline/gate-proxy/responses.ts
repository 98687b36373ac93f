/**
 * What the proxy answers itself, besides the refusals of `errors.ts`: the 202 of a status event (published now, or a
 * duplicate of one published within the window), and the proxy's default fault rule for faults no FaultRule names.
 */
import { AssignMessage, Condition, DefaultFaultRuleProps, Step } from "../../apigee/bundle";
import { EVENT_OUTCOMES } from "../../gate/contract";
import { GateContext } from "./context";
import { GATE_VARIABLES as V } from "./variables";

/**
 * 202 either way: `accepted` when published now, `duplicate` when the id was published within the window. The audit
 * record's `event_outcome` says which.
 */
export function eventAnswers(): Step[] {
  const answer = (name: string, status: string) =>
    new AssignMessage({
      name,
      set: { payload: { contentType: "application/json", content: `{"status":"${status}","messageid":"{messageid}"}` }, statusCode: 202, reasonPhrase: "Accepted" },
      assignVariables: [{ name: V.eventOutcome, value: status }],
    });
  return [
    Step.of(answer("AM-EventAccepted", EVENT_OUTCOMES.accepted), Condition.isNull(V.eventSeen)),
    Step.of(answer("AM-EventDuplicate", EVENT_OUTCOMES.duplicate), Condition.isSet(V.eventSeen)),
  ];
}

/**
 * Faults no FaultRule names: a JWT failure is the token's (an overlong one if so, as the simulator says, else
 * malformed); a RaiseFault has already answered; anything else is the gate's own failure.
 */
export function proxyDefaultFaultRule(ctx: GateContext): DefaultFaultRuleProps {
  const e = ctx.errors;
  return {
    alwaysEnforce: false,
    steps: [
      Step.of(e.assignment("token_lifetime_exceeded"), Condition.all(Condition.isTrue("JWT.failed"), Condition.isTrue(V.tokenLifetimeExceeded))),
      Step.of(e.assignment("token_malformed"), Condition.all(Condition.isTrue("JWT.failed"), Condition.isNull(V.errorCode))),
      Step.of(e.assignment("internal_error"), Condition.all(Condition.notEquals("fault.name", "RaiseFault"), Condition.isNull(V.errorCode))),
    ],
  };
}
