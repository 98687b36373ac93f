/**
 * The first entries of the contract's `DECISION_ORDER`, in the PreFlow of every route: `gate-route.js` classifies the
 * route (its refusal is answered later, by authorization) → spike arrest per client IP (429) → security headers with
 * more than one value (400 `header_repeated`) → a token in the query (401) → then, except on `POST /events`: a bearer
 * token present and well formed (401) → DecodeJWT → `sha256Hex(iss)` → the KVM entry `iss__<hash>` names the VerifyJWT
 * to run (unknown: 401 `issuer_unknown`) → one fail-closed VerifyJWT per issuer spelling → `typ`, lifetime and
 * required-claim checks (401) → the issuer's name and canonical `iss` → `gate-claims.js`: the JSON types of `sub` and
 * the client id (401) → the verified caller: its run tag and its consumer key. VerifyJWT's own failures are mapped to
 * the contract's codes by the fault rules here.
 */
import {
  AssignMessage,
  Condition,
  DecodeJwt,
  FaultRuleProps,
  FlowValue,
  Javascript,
  JwtAlgorithm,
  JwtClaim,
  JwtKeySource,
  KeyValueMapOperations,
  ResourceFile,
  SpikeArrest,
  Step,
  StepLike,
  VerifyJwt,
} from "../../apigee/bundle";
import { Duration } from "../../core/duration";
import { CALLER_TAG_HASH_LENGTH, CALLER_TAG_PREFIX, callerTagInput, consumerKeyInput, KVM_KEY_PREFIXES, RefusalCode, SECURITY_HEADERS } from "../../gate/contract";
import { GateIssuerSpec, GateValue, issuerSelector } from "../gate-proxy-spec";
import { claimsScript } from "../gate-scripts/claims-script";
import { lifetimeScript } from "../gate-scripts/lifetime-script";
import { routeScript } from "../gate-scripts/route-script";
import { faultIs, flowValue, GateContext } from "./context";
import { GATE_VARIABLES as V, kvmVariable } from "./variables";

/** The DecodeJWT policy: the token's unverified header and claims, read to choose its issuer. */
export const DECODE = "JWT-Decode";

/** VerifyJWT fault names (`fault.name`, VerifyJWT policy reference "Error codes") by the contract code they mean. */
const JWT_FAULTS: ReadonlyArray<readonly [RefusalCode, readonly string[]]> = [
  ["token_malformed", ["FailedToDecode", "InvalidJsonFormat"]],
  ["algorithm_not_allowed", ["AlgorithmMismatch", "AlgorithmInTokenNotPresentInConfiguration", "NoAlgorithmFoundInHeader", "WrongKeyType"]],
  ["key_not_found", ["KeyIdMissing", "NoMatchingPublicKey"]],
  ["signature_invalid", ["InvalidToken"]],
  ["token_expired", ["TokenExpired"]],
  ["token_not_yet_valid", ["TokenNotYetValid"]],
  ["issuer_unknown", ["JwtIssuerMismatch"]],
  ["audience_mismatch", ["JwtAudienceMismatch"]],
  ["claim_mismatch", ["JwtSubjectMismatch"]],
  ["critical_header_unsupported", ["UnhandledCriticalHeader"]],
];

/** One VerifyJWT per accepted `iss` spelling: the value the issuer KVM yields and the policy that verifies it. */
interface IssuerSpelling {
  readonly issuer: GateIssuerSpec;
  readonly value: string;
  readonly iss: GateValue;
  readonly policy: VerifyJwt;
}

/** `(?i)(application/)?` + the type with regex metacharacters in classes: no backslashes inside Apigee's quotes. */
function typRegex(expected: string): string {
  const bare = expected.toLowerCase().replace(/^application\//, "");
  return `(?i)(application/)?${bare.replace(/[.+*?^$()[\]{}|/-]/g, (c) => `[${c}]`)}`;
}

/** The condition of every step that only caller routes run: all but `POST /events`. */
export const NOT_EVENTS = Condition.notEquals(V.route, "statusEvents");

export class Verification {
  private readonly spellings: readonly IssuerSpelling[];

  public constructor(private readonly ctx: GateContext) {
    this.spellings = ctx.spec.issuers.flatMap((issuer) =>
      issuer.issuers.map((iss, j) => {
        const value = issuerSelector(issuer.name, j);
        return { issuer, value, iss, policy: verifyJwt(issuer, iss, value) };
      }),
    );
  }

  /** The PreFlow steps up to the verified caller. */
  public steps(): StepLike[] {
    const { spec: s } = this.ctx;
    const refuseWhen = this.ctx.refuseWhen.bind(this.ctx);
    const notEvents = NOT_EVENTS;
    const decodedClaim = (claim: string) => `jwt.${DECODE}.decoded.claim.${claim}`;
    const values = this.spellings.map((x) => x.value);
    const config = this.configKvm();
    return [
      new Javascript({ name: "JS-Route", script: ResourceFile.javascript("gate-route.js", routeScript(s.basePath)) }),
      // GP019: before anything is read, a spike arrest per client address (client.ip is the caller's address once the
      // environment's client IP resolution is configured; never the leftmost X-Forwarded-For entry).
      new SpikeArrest({ name: "SA-ClientIp", rate: s.spikeArrestRate, identifierRef: "client.ip" }),
      // request.header.X yields only the first value: a repeated security header is refused before anything reads it.
      ...SECURITY_HEADERS.map((h) => refuseWhen("header_repeated", Condition.of(`request.header.${h}.values.count > 1`))),
      refuseWhen("token_in_query", Condition.isTrue(V.tokenInQuery)),
      refuseWhen("token_missing", Condition.equals(V.tokenProblem, "token_missing")),
      refuseWhen("token_malformed", Condition.equals(V.tokenProblem, "token_malformed")),
      Step.of(new DecodeJwt({ name: DECODE }), notEvents),
      Step.of(
        new AssignMessage({ name: "AM-IssuerHash", assignVariables: [{ name: V.issHash, template: `{sha256Hex(${decodedClaim("iss")})}` }] }),
        Condition.all(notEvents, Condition.isSet(decodedClaim("iss"))),
      ),
      Step.of(
        new KeyValueMapOperations({
          name: "KVM-Issuer",
          mapIdentifier: s.kvmName,
          expiry: Duration.minutes(5),
          // gateKvmKeys.issuerByIss: Apigee joins the parameters with KVM_KEY_SEPARATOR.
          gets: [{ assignTo: V.issuerPolicy, key: [KVM_KEY_PREFIXES.issuerByIss, FlowValue.ref(V.issHash)] }],
        }),
        Condition.isSet(V.issHash),
      ),
      // GP001: each VerifyJWT runs under `gate.issuer_policy = "<value>"`; this refuses every other value.
      refuseWhen(
        "issuer_unknown",
        Condition.all(notEvents, Condition.any(Condition.isNull(V.issuerPolicy), Condition.all(...values.map((v) => Condition.notEquals(V.issuerPolicy, v))))),
      ),
      ...(config ? [Step.of(config, notEvents)] : []),
      Step.of(
        new Javascript({
          name: "JS-TokenLifetime",
          script: ResourceFile.javascript("gate-lifetime.js", lifetimeScript(DECODE, Object.fromEntries(this.spellings.map((x) => [x.value, x.issuer.maxTokenLifetimeSeconds])))),
        }),
        notEvents,
      ),
      ...this.spellings.map((x) => Step.of(x.policy, Condition.equals(V.issuerPolicy, x.value))),
      ...this.spellings
        .filter((x) => x.issuer.expectedType !== undefined)
        .map((x) =>
          refuseWhen(
            "type_mismatch",
            Condition.all(Condition.equals(V.issuerPolicy, x.value), Condition.of(`!(jwt.${x.policy.name}.decoded.header.typ ~~ "${typRegex(x.issuer.expectedType!)}")`)),
          ),
        ),
      refuseWhen("token_lifetime_exceeded", Condition.isTrue(V.tokenLifetimeExceeded)),
      // VerifyJWT checks exp and nbf only when present; the gate also requires exp and iat.
      refuseWhen("claim_missing", Condition.all(notEvents, Condition.any(Condition.isNull(decodedClaim("exp")), Condition.isNull(decodedClaim("iat"))))),
      ...s.issuers.map((issuer) => Step.of(issuerIdentity(issuer), Condition.any(...this.spellings.filter((x) => x.issuer === issuer).map((x) => Condition.equals(V.issuerPolicy, x.value))))),
      // Flow variables show claims as text: the script reads their JSON types (a number is not a subject).
      Step.of(
        new Javascript({
          name: "JS-Claims",
          script: ResourceFile.javascript("gate-claims.js", claimsScript(DECODE, Object.fromEntries(this.spellings.map((x) => [x.value, x.issuer.clientIdClaim])))),
        }),
        notEvents,
      ),
      ...(["token_malformed", "claim_missing", "claim_mismatch"] as const).map((code) => refuseWhen(code, Condition.equals(V.claimProblem, code))),
      Step.of(this.callerClaims(), notEvents),
    ];
  }

  /** VerifyJWT failures by fault name, and a required claim that is missing or wrong (one rule per fault name). */
  public faultRules(): FaultRuleProps[] {
    const rule = this.ctx.faultRule.bind(this.ctx);
    const rules = JWT_FAULTS.flatMap(([code, names]) => names.map((n) => rule(`${code}.${n}`, code, faultIs(n))));
    const claimNames = [...new Set(this.ctx.spec.issuers.flatMap((i) => Object.keys(i.requiredClaims)))].sort();
    if (claimNames.length > 0) {
      const missing = Condition.any(...claimNames.map((c) => Condition.isNull(`jwt.${DECODE}.decoded.claim.${c}`)));
      rules.push(
        rule("claim_missing.InvalidClaim", "claim_missing", Condition.all(faultIs("InvalidClaim"), missing)),
        rule("claim_mismatch.InvalidClaim", "claim_mismatch", Condition.all(faultIs("InvalidClaim"), missing.not())),
      );
    }
    return rules;
  }

  /** Values only known after apply, read once from the KVM (issuer settings and Prefect ids). */
  private configKvm(): KeyValueMapOperations | undefined {
    const s = this.ctx.spec;
    const values: GateValue[] = [
      ...s.issuers.flatMap((i) => [...i.issuers, i.audience, i.jwksUri, ...Object.values(i.requiredClaims)]),
      s.prefect.accountId,
      s.prefect.workspaceId,
    ];
    const keys = [...new Set(values.flatMap((v) => ("kvmKey" in v ? [v.kvmKey] : [])))].sort();
    if (keys.length === 0) return undefined;
    return new KeyValueMapOperations({
      name: "KVM-Config",
      mapIdentifier: s.kvmName,
      expiry: Duration.minutes(5),
      gets: keys.map((k) => ({ assignTo: kvmVariable(k), key: [k] })),
    });
  }

  /**
   * The verified caller: sub and client id from the one VerifyJWT that ran, its run tag (from the canonical `iss`) and
   * its consumer key.
   */
  private callerClaims(): AssignMessage {
    const claim = (name: (x: IssuerSpelling) => string) => {
      const refs = this.spellings.map((x) => `jwt.${x.policy.name}.decoded.claim.${name(x)}`);
      return refs.length === 1 ? `{${refs[0]}}` : `{firstnonnull(${refs.join(",")})}`;
    };
    return new AssignMessage({
      name: "AM-Caller",
      assignVariables: [
        { name: V.sub, template: claim(() => "sub") },
        { name: V.clientId, template: claim((x) => x.issuer.clientIdClaim) },
        // callerTag(iss, sub) = CALLER_TAG_PREFIX + the first hex digits of sha256(callerTagInput(iss, sub)) (parity test in gate-proxy.test).
        { name: V.callerTagInput, template: callerTagInput(`{${V.iss}}`, `{${V.sub}}`) },
        { name: V.callerTagHash, template: `{sha256Hex(${V.callerTagInput})}` },
        { name: V.callerTag, template: `${CALLER_TAG_PREFIX}{substring(${V.callerTagHash},0,${CALLER_TAG_HASH_LENGTH})}` },
        // consumerKey(pipeline, issuer, client id) = sha256 hex of consumerKeyInput(...) (parity test).
        { name: V.consumerKeyInput, template: consumerKeyInput(this.ctx.spec.pipeline, `{${V.issuerName}}`, `{${V.clientId}}`) },
        { name: V.consumerKey, template: `{sha256Hex(${V.consumerKeyInput})}` },
      ],
      // gate-claims.js has refused missing claims already.
      ignoreUnresolvedVariables: true,
    });
  }
}

/** The name and canonical `iss` of the issuer whose VerifyJWT passed, whichever of its spellings the token used. */
function issuerIdentity(issuer: GateIssuerSpec): AssignMessage {
  const canonical = issuer.issuers[0];
  return new AssignMessage({
    name: `AM-Issuer-${issuer.name}`,
    assignVariables: [
      { name: V.issuerName, value: issuer.name },
      "literal" in canonical ? { name: V.iss, value: canonical.literal } : { name: V.iss, ref: kvmVariable(canonical.kvmKey) },
    ],
  });
}

function verifyJwt(issuer: GateIssuerSpec, iss: GateValue, value: string): VerifyJwt {
  const key = "literal" in issuer.jwksUri ? JwtKeySource.jwksUri(issuer.jwksUri.literal) : JwtKeySource.jwksUriRef(kvmVariable(issuer.jwksUri.kvmKey));
  const claims: JwtClaim[] = Object.entries(issuer.requiredClaims).map(([name, v]) => ({ name, value: flowValue(v) }));
  return new VerifyJwt({
    name: `VJWT-${value}`,
    algorithms: issuer.algorithms.map((a) => JwtAlgorithm.of(a)),
    key,
    issuer: flowValue(iss),
    audience: flowValue(issuer.audience),
    additionalClaims: claims,
    timeAllowance: Duration.seconds(issuer.clockSkewSeconds),
    maxLifespan: Duration.seconds(issuer.maxTokenLifetimeSeconds),
  });
}
