import { Duration } from "../core/duration";
import { checkRule, PUBSUB_NAME, SERVICE_ACCOUNT_EMAIL } from "../core/rules";
import { Token } from "../internal/cdk";

/** Options every status-events subscription takes. */
export interface StatusEventsSubscriptionOptions {
  /**
   * The subscription name: 3-255 letters, digits, `-`, `_`, `.`, `~`, `+`, `%`, starting with a letter, not with `goog`.
   * @default - `<topic name>-sub`
   */
  readonly name?: string;
  /**
   * How long a reader has to acknowledge an event before Pub/Sub delivers it again (10 seconds to 10 minutes).
   * @default Duration.seconds(60)
   */
  readonly ackDeadline?: Duration;
  /**
   * How long unacknowledged events are kept (10 minutes to 7 days).
   * @default Duration.days(7)
   */
  readonly messageRetention?: Duration;
}

/** Options of {@link StatusEventsSubscription.push}. */
export interface PushStatusEventsSubscriptionOptions extends StatusEventsSubscriptionOptions {
  /** The HTTPS endpoint Pub/Sub POSTs each event to, e.g. a Cloud Run service. */
  readonly endpoint: string;
  /**
   * A service account whose OIDC token Pub/Sub attaches to each push, so the endpoint can verify the caller. The CI
   * deployer needs `iam.serviceAccounts.actAs` on it (its role has it).
   * @default - no token: the endpoint must authenticate pushes another way
   */
  readonly serviceAccountEmail?: string;
  /**
   * The audience of that token.
   * @default - the endpoint URL (Pub/Sub's default)
   */
  readonly audience?: string;
}

/** The arguments of a `google_pubsub_subscription` a subscription kind contributes. @internal */
export interface SubscriptionConfig {
  readonly name?: string;
  readonly ackDeadlineSeconds: number;
  readonly messageRetentionDuration: string;
  readonly pushConfig?: { readonly pushEndpoint: string; readonly oidcToken?: { readonly serviceAccountEmail: string; readonly audience?: string } };
}

const HTTPS_URL = /^https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?(\/[^\s]*)?$/;

/**
 * Who reads the gate's status events: a Pub/Sub subscription on the pipeline's status topic (without one, the events
 * the gate publishes are dropped by Pub/Sub). It never expires for inactivity: a quiet week of flow runs must not
 * delete it.
 */
export abstract class StatusEventsSubscription {
  /** A pull subscription: your worker reads it (a Pub/Sub client library, `gcloud pubsub subscriptions pull`, Dataflow). */
  public static pull(options: StatusEventsSubscriptionOptions = {}): StatusEventsSubscription {
    const common = checkCommon("StatusEventsSubscription.pull", options);
    return new (class extends StatusEventsSubscription {
      public _config(): SubscriptionConfig {
        return common;
      }
    })();
  }

  /** A push subscription: Pub/Sub POSTs each event to `endpoint`, retrying until it answers 2xx. */
  public static push(options: PushStatusEventsSubscriptionOptions): StatusEventsSubscription {
    const where = "StatusEventsSubscription.push";
    const common = checkCommon(where, options);
    if (!Token.isUnresolved(options.endpoint) && !HTTPS_URL.test(options.endpoint)) {
      throw new Error(`${where}: endpoint ${JSON.stringify(options.endpoint)} is not allowed (an https:// URL with a lowercase host)`);
    }
    const email = options.serviceAccountEmail;
    if (email !== undefined && !Token.isUnresolved(email)) checkRule(where, "serviceAccountEmail", email, SERVICE_ACCOUNT_EMAIL);
    if (options.audience !== undefined && email === undefined) {
      throw new Error(`${where}: audience is set without serviceAccountEmail (the audience belongs to the OIDC token of that account)`);
    }
    return new (class extends StatusEventsSubscription {
      public _config(): SubscriptionConfig {
        return {
          ...common,
          pushConfig: {
            pushEndpoint: options.endpoint,
            oidcToken: email === undefined ? undefined : { serviceAccountEmail: email, audience: options.audience },
          },
        };
      }
    })();
  }

  /** @internal */
  public abstract _config(): SubscriptionConfig;
}

function checkCommon(where: string, options: StatusEventsSubscriptionOptions): SubscriptionConfig {
  if (options.name !== undefined) checkRule(where, "name", options.name, PUBSUB_NAME);
  // Read with their fraction, so a duration that is not whole seconds gets this message, not Duration's.
  const ack = (options.ackDeadline ?? Duration.seconds(60)).toMillis() / 1000;
  if (!Number.isInteger(ack) || ack < 10 || ack > 600) {
    throw new Error(`${where}: ackDeadline ${ack} seconds is not allowed (whole seconds from 10 to 600, Pub/Sub's limits)`);
  }
  const retention = (options.messageRetention ?? Duration.days(7)).toMillis() / 1000;
  if (!Number.isInteger(retention) || retention < 600 || retention > 604800) {
    throw new Error(`${where}: messageRetention ${retention} seconds is not allowed (whole seconds from 600 to 604800: 10 minutes to 7 days)`);
  }
  return { name: options.name, ackDeadlineSeconds: ack, messageRetentionDuration: `${retention}s` };
}
