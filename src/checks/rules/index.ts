// The rules of the policy pack, in id order.
import { Rule } from "../model";
import { GP001 } from "./gp001-jwt-verification";
import { GP002 } from "./gp002-issuer-audience";
import { GP003 } from "./gp003-asymmetric-algorithms";
import { GP004 } from "./gp004-token-lifetime";
import { GP005 } from "./gp005-no-service-account-keys";
import { GP006 } from "./gp006-no-broad-roles";
import { GP007 } from "./gp007-no-impersonation-at-project";
import { GP008 } from "./gp008-secrets-write-only";
import { GP009 } from "./gp009-secret-version-rotation";
import { GP010 } from "./gp010-no-credential-outputs";
import { GP011 } from "./gp011-audit-logging";
import { GP012 } from "./gp012-rate-limits";
import { GP013 } from "./gp013-target-tls-timeouts";
import { GP014 } from "./gp014-idempotency-key";
import { GP015 } from "./gp015-prefect-least-privilege";
import { GP016 } from "./gp016-rotation-invariant";
import { GP017 } from "./gp017-distributed-quota";
import { GP018 } from "./gp018-consumer-key-bound-to-issuer";
import { GP019 } from "./gp019-keyed-spike-arrests";
import { GP020 } from "./gp020-deployer-can-manage";
import { GP021 } from "./gp021-references-not-literals";
import { GP022 } from "./gp022-environment-attached";
import { GP023 } from "./gp023-audit-log-retention";
import { GP024 } from "./gp024-product-quota";

export const RULES: readonly Rule[] = [
  GP001, GP002, GP003, GP004, GP005, GP006, GP007, GP008, GP009, GP010, GP011, GP012, GP013, GP014, GP015, GP016, GP017, GP018, GP019, GP020, GP021, GP022, GP023, GP024,
];
