import { Construct, IConstruct } from "constructs";
import { APIGEE_NAME } from "../core/rules";
import { ApigeeEnvironmentKeyvaluemaps, ApigeeEnvironmentKeyvaluemapsEntries } from "../internal/google";
import { Token } from "../internal/cdk";
import { IApigeeEnvironment } from "./environment";
import { checkName, environmentIdRef, KVM_NAME } from "./validation";

/** An environment-scoped Apigee key value map. */
export interface IKeyValueMap extends IConstruct {
  /** The environment the map belongs to. */
  readonly environment: IApigeeEnvironment;
  /**
   * The map name, e.g. `gate-config` (what a KeyValueMapOperations policy's `mapIdentifier` names).
   * @attribute
   */
  readonly mapName: string;
  /**
   * `organizations/{org}/environments/{env}/keyvaluemaps/{map}` (a Terraform reference for a map defined here).
   * @attribute
   */
  readonly keyValueMapId: string;
}

/** One entry of a {@link KeyValueMap}. */
export interface KeyValueMapEntry {
  /** The entry key, e.g. `jwks-uri-okta`: 1-255 letters, digits, '.', '_' and '-'. */
  readonly key: string;
  /**
   * The value: a literal or a Terraform reference known only at apply time (e.g. a Prefect deployment id). Stored in
   * clear text in Terraform state, and ForceNew: a changed value destroys and re-creates the entry, so readers see no
   * value for a moment.
   */
  readonly value: string;
  /**
   * Declares the value secret. Secret values are refused: they belong in a `Secret` (Secret Manager), read by the
   * proxy's runtime service account.
   * @default false
   */
  readonly secret?: boolean;
}

/** Props of {@link KeyValueMap}. */
export interface KeyValueMapProps {
  /** The environment to define the map in. */
  readonly environment: IApigeeEnvironment;
  /** Map name: 1-255 letters, digits, '.', '_' and '-'. ForceNew. */
  readonly mapName: string;
  /**
   * Entries; same as calling `addEntry` for each.
   * @default - none
   */
  readonly entries?: readonly KeyValueMapEntry[];
}

const KEY = APIGEE_NAME.pattern;
/** Names that say "secret". */
const SECRET_NAME = /secret|passw(?:or)?d|credential|token|private|api[-_.]?key|(?:^|[-_.])key(?:$|[-_.])/i;
/** …unless they name something public about the secret-ish thing: an id, a location, an issuer. */
const PUBLIC_SUFFIX = /[-_.](?:id|ids|uri|url|endpoint|name|issuer|iss|audience|aud|alg|algorithm|header|claim|ttl)$/i;
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/**
 * Defines an encrypted, environment-scoped key value map (`google_apigee_environment_keyvaluemaps`; Apigee X only has
 * encrypted maps) with entries for **non-secret** values: the home of the apply-time values the gate reads at runtime
 * (deployment ids, JWKS URIs, generated issuers and client ids: values known only at apply time).
 *
 * Secrets are refused, because an entry value sits in clear text in Terraform state and cannot be rotated without a
 * gap (entries are ForceNew). The rule: an entry is refused when it is declared `secret: true`, when its key contains
 * `secret`, `password`/`passwd`, `credential`, `token`, `private`, `apikey`/`api-key` or a `key` word, unless the key
 * ends in a public suffix (`-id`, `-uri`, `-url`, `-endpoint`, `-name`, `-issuer`, `-audience`, `-alg`, `-header`,
 * `-claim`, `-ttl`; e.g. `token-issuer`, `key-id`), or when a literal value holds a PEM private key.
 */
export class KeyValueMap extends Construct implements IKeyValueMap {
  /** An existing map, by name. Defines nothing. */
  public static fromMapName(scope: Construct, id: string, environment: IApigeeEnvironment, mapName: string): IKeyValueMap {
    checkName(`${scope.node.path}/${id}`, "mapName", mapName, KVM_NAME);
    return new KeyValueMapReference(scope, id, environment, mapName);
  }

  public readonly environment: IApigeeEnvironment;
  public readonly mapName: string;
  public readonly keyValueMapId: string;
  /** The underlying `google_apigee_environment_keyvaluemaps`. */
  public readonly resource: ApigeeEnvironmentKeyvaluemaps;
  private readonly keys = new Set<string>();

  public constructor(scope: Construct, id: string, props: KeyValueMapProps) {
    super(scope, id);
    checkName(this.node.path, "mapName", props.mapName, KVM_NAME);
    this.environment = props.environment;
    this.mapName = props.mapName;
    this.resource = new ApigeeEnvironmentKeyvaluemaps(this, "Resource", {
      envId: environmentIdRef(props.environment),
      name: props.mapName,
      timeouts: { create: "5m", delete: "5m" },
    });
    // A reference, so whatever names the map (entries, your own resources) is created after it.
    this.keyValueMapId = this.resource.id;
    for (const entry of props.entries ?? []) this.addEntry(entry);
  }

  /** Adds a non-secret entry (see the class docs for what counts as secret). */
  public addEntry(entry: KeyValueMapEntry): IConstruct {
    const path = this.node.path;
    if (Token.isUnresolved(entry.key) || !KEY.test(entry.key)) {
      throw new Error(`${path}: entry key ${JSON.stringify(entry.key)} is not allowed (a literal of 1-255 letters, digits, '.', '_' and '-')`);
    }
    if (this.keys.has(entry.key)) {
      throw new Error(`${path}: entry key ${JSON.stringify(entry.key)} is added twice`);
    }
    const why = entry.secret
      ? "it is declared secret"
      : SECRET_NAME.test(entry.key) && !PUBLIC_SUFFIX.test(entry.key)
        ? "its key names a secret"
        : !Token.isUnresolved(entry.value) && PRIVATE_KEY_PEM.test(entry.value)
          ? "its value is a PEM private key"
          : undefined;
    if (why) {
      throw new Error(
        `${path}: entry ${JSON.stringify(entry.key)} is refused because ${why} (key value map entries are clear text in ` +
          "Terraform state and ForceNew; store secrets in a Secret from src/secrets and grant the proxy's runtime service account read on it)",
      );
    }
    this.keys.add(entry.key);
    return new ApigeeEnvironmentKeyvaluemapsEntries(this, `Entry-${entry.key}`, {
      envKeyvaluemapId: this.keyValueMapId,
      name: entry.key,
      value: entry.value,
      // The provider's default is 1 minute, which a busy organization can exceed.
      timeouts: { create: "5m", delete: "5m" },
    });
  }
}

class KeyValueMapReference extends Construct implements IKeyValueMap {
  public readonly keyValueMapId: string;

  public constructor(
    scope: Construct,
    id: string,
    public readonly environment: IApigeeEnvironment,
    public readonly mapName: string,
  ) {
    super(scope, id);
    this.keyValueMapId = `${environment.environmentId}/keyvaluemaps/${mapName}`;
  }
}
