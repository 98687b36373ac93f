import { Token } from "../internal/cdk";

const MEMBER = /^(user:|serviceAccount:|group:|domain:)[^\s]+$|^(principal|principalSet):\/\/iam\.googleapis\.com\/[^\s]+$/;

/**
 * Checks an IAM member string (`serviceAccount:ci@p.iam.gserviceaccount.com`, `principalSet://iam.googleapis.com/...`).
 * `allUsers` and `allAuthenticatedUsers` are refused: the roles this library grants must never be public.
 * Unresolved tokens (e.g. another resource's `member`) pass; Terraform checks them.
 */
export function checkMember(where: string, field: string, member: string): void {
  if (Token.isUnresolved(member)) return;
  if (!MEMBER.test(member)) {
    throw new Error(
      `${where}: ${field} ${JSON.stringify(member)} is not allowed (an IAM member such as 'serviceAccount:ci@acme.iam.gserviceaccount.com', ` +
        "'user:', 'group:', 'domain:', 'principal://' or 'principalSet://'; never allUsers or allAuthenticatedUsers)",
    );
  }
}
