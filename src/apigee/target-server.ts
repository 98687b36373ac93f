import { Construct, IConstruct } from "constructs";
import { APIGEE_NAME } from "../core/rules";
import { ApigeeTargetServer } from "../internal/google";
import { IApigeeEnvironment } from "./environment";
import { checkHostname, checkInteger, checkName, environmentIdRef } from "./validation";

/** An Apigee target server: a named upstream host a TargetEndpoint's `<LoadBalancer>` refers to. */
export interface ITargetServer extends IConstruct {
  /** The environment the target server belongs to. */
  readonly environment: IApigeeEnvironment;
  /**
   * The target server name, e.g. `prefect-cloud`.
   * @attribute
   */
  readonly targetServerName: string;
}

/** Props of {@link TargetServer}. */
export interface TargetServerProps {
  /** The environment to define the target server in. */
  readonly environment: IApigeeEnvironment;
  /** Name: 1-255 letters, digits, '.', '_' and '-'. */
  readonly targetServerName: string;
  /**
   * Upstream hostname, without scheme or port.
   * @default "api.prefect.cloud"
   */
  readonly host?: string;
  /**
   * Upstream port.
   * @default 443
   */
  readonly port?: number;
  /**
   * Description.
   * @default - none
   */
  readonly description?: string;
}

/**
 * Defines a target server (`google_apigee_target_server`) that only speaks TLS: TLS enabled and enforced, certificate
 * validation on (no `ignoreValidationErrors`), protocol HTTP (immutable). Made for the Prefect API host.
 */
export class TargetServer extends Construct implements ITargetServer {
  /** An existing target server, by name. Defines nothing. */
  public static fromTargetServerName(scope: Construct, id: string, environment: IApigeeEnvironment, targetServerName: string): ITargetServer {
    checkName(`${scope.node.path}/${id}`, "targetServerName", targetServerName, APIGEE_NAME);
    return new TargetServerReference(scope, id, environment, targetServerName);
  }

  public readonly environment: IApigeeEnvironment;
  public readonly targetServerName: string;
  /** The upstream host. */
  public readonly host: string;
  /** The upstream port. */
  public readonly port: number;
  /** The underlying `google_apigee_target_server`. */
  public readonly resource: ApigeeTargetServer;

  public constructor(scope: Construct, id: string, props: TargetServerProps) {
    super(scope, id);
    const path = this.node.path;
    // The provider allows `[\w\s-.]+`; whitespace is refused here because it makes references fragile.
    checkName(path, "targetServerName", props.targetServerName, APIGEE_NAME);
    const host = props.host ?? "api.prefect.cloud";
    checkHostname(path, "host", host);
    const port = props.port ?? 443;
    checkInteger(path, "port", port, 1, 65535);
    this.environment = props.environment;
    this.targetServerName = props.targetServerName;
    this.host = host;
    this.port = port;
    this.resource = new ApigeeTargetServer(this, "Resource", {
      envId: environmentIdRef(props.environment),
      name: props.targetServerName,
      host,
      port,
      protocol: "HTTP",
      isEnabled: true,
      description: props.description,
      sSlInfo: { enabled: true, enforce: true, ignoreValidationErrors: false },
      timeouts: { create: "5m", update: "5m", delete: "5m" },
    });
  }
}

class TargetServerReference extends Construct implements ITargetServer {
  public constructor(
    scope: Construct,
    id: string,
    public readonly environment: IApigeeEnvironment,
    public readonly targetServerName: string,
  ) {
    super(scope, id);
  }
}
