import { checkRule, HOSTNAME, IAM_MEMBER, notAllowed } from "../core/rules";
import { Token } from "../internal/cdk";

/** Whom a role is granted to: an IAM principal (`grantRead(principal)`, `tokenCreators: [principal]`). */
export interface IPrincipal {
  /**
   * The IAM member string, e.g. `serviceAccount:ci@acme.iam.gserviceaccount.com`: a Terraform reference for a principal
   * defined in the same stack.
   */
  readonly member: string;
}

/** An email as IAM principal identifiers carry it (`user:`, `group:`, `serviceAccount:`). */
const EMAIL = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/;

/**
 * An IAM principal (IAM, "Principal identifiers"). The factories check literal values; a Terraform reference (e.g. a
 * service account's `email` or `member` defined in the same stack) passes unchecked, Terraform and IAM check it. There
 * is deliberately no factory for `allUsers` or `allAuthenticatedUsers`: the roles this library grants are never public.
 */
export class Principal implements IPrincipal {
  /** A service account, by email, e.g. `Principal.serviceAccount("ci@acme.iam.gserviceaccount.com")`. */
  public static serviceAccount(email: string): Principal {
    return new Principal(`serviceAccount:${checkEmail("Principal.serviceAccount", email)}`);
  }

  /** A Google account, by email. */
  public static user(email: string): Principal {
    return new Principal(`user:${checkEmail("Principal.user", email)}`);
  }

  /** A Google group, by email. */
  public static group(email: string): Principal {
    return new Principal(`group:${checkEmail("Principal.group", email)}`);
  }

  /** Every account of a Google Workspace or Cloud Identity domain, e.g. `acme.example`. */
  public static domain(domain: string): Principal {
    if (!Token.isUnresolved(domain)) checkRule("Principal.domain", "domain", domain, HOSTNAME);
    return new Principal(`domain:${domain}`);
  }

  /**
   * A principal in the IAM member form, e.g. a workload identity pool's `principalSet://iam.googleapis.com/...`, or a
   * reference such as a service account's `member` attribute.
   */
  public static fromMember(member: string): Principal {
    if (!Token.isUnresolved(member)) checkRule("Principal.fromMember", "member", member, IAM_MEMBER);
    return new Principal(member);
  }

  private constructor(public readonly member: string) {}

  public toString(): string {
    return this.member;
  }
}

/**
 * The IAM member of `principal`, checked: a caller's own `IPrincipal` implementation cannot hand in `allUsers` or a
 * malformed member either. References pass.
 */
export function memberOf(where: string, field: string, principal: IPrincipal): string {
  const member = principal.member;
  if (!Token.isUnresolved(member)) checkRule(where, field, member, IAM_MEMBER);
  return member;
}

function checkEmail(where: string, email: string): string {
  if (!Token.isUnresolved(email) && !EMAIL.test(email)) throw new Error(notAllowed(where, "email", email, "an email address, e.g. ci@acme.iam.gserviceaccount.com"));
  return email;
}
