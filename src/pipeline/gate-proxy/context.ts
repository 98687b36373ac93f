/**
 * What every part of the gate generator shares while it builds one proxy: the spec, the error responses (one policy
 * per code, whichever part refuses with it), the Secret Manager reads, and the helpers that turn a `GateValue` into a
 * literal or a KVM-read flow variable.
 */
import { Condition, FaultRuleProps, FlowValue, Step, StepLike } from "../../apigee/bundle";
import { GateProxySpec, GateValue } from "../gate-proxy-spec";
import { ErrorPolicies, GateErrorCode } from "./errors";
import { SecretReads } from "./secret-reads";
import { kvmVariable } from "./variables";

export class GateContext {
  public readonly errors: ErrorPolicies;
  public readonly secrets: SecretReads;

  public constructor(public readonly spec: GateProxySpec) {
    // One Retry-After for both spike arrests: the longer interval, so a refused client never retries too early.
    this.errors = new ErrorPolicies({ spikeArrestSeconds: Math.max(spec.spikeArrestRate.retryAfterSeconds(), spec.callerSpikeArrestRate.retryAfterSeconds()) });
    this.secrets = new SecretReads(spec);
  }

  /** A step answering `code` (a RaiseFault) when `condition` holds. */
  public refuseWhen(code: GateErrorCode, condition: Condition): Step {
    return Step.of(this.errors.fault(code), condition);
  }

  /** A FaultRule answering `code` (its AssignMessage, unless `steps` say otherwise) when `condition` holds. */
  public faultRule(name: string, code: GateErrorCode, condition: Condition, steps: StepLike[] = [this.errors.assignment(code)]): FaultRuleProps {
    return { name, condition, steps };
  }
}

/** `fault.name = "<name>"`: the fault a policy raised. */
export function faultIs(name: string): Condition {
  return Condition.equals("fault.name", name);
}

export function flowValue(v: GateValue): FlowValue {
  return "literal" in v ? FlowValue.literal(v.literal) : FlowValue.ref(kvmVariable(v.kvmKey));
}

/** A message-template piece: the literal, or `{variable}`. */
export function templatePart(v: GateValue): string {
  return "literal" in v ? v.literal : `{${kvmVariable(v.kvmKey)}}`;
}
